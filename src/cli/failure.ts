/**
 * Any error about one input, as a failed outcome: a code for `--error-log`
 * and the one line the user reads.
 */
import {describeError, InputError} from '../errors.js'
import type {Failure, Outcome} from './task.js'

export function failureOf(error: unknown): Failure {
  const code = error instanceof InputError ? error.code : ((error as NodeJS.ErrnoException | undefined)?.code ?? 'error')
  return {code, message: describeError(error)}
}

export function failedOutcome(source: string | null, error: unknown): Outcome {
  return {status: 'failed', source, error: failureOf(error)}
}
