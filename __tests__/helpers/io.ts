/** Fake process streams for running the CLI in-process. */
import {Readable} from 'node:stream'
import type {IO} from '../../src/cli/io.js'

export interface FakeIO extends IO {
  out(): string
  err(): string
}

export function fakeIO(options: {stdin?: string | Uint8Array; stdinTTY?: boolean; stdoutTTY?: boolean; env?: Record<string, string>; columns?: number} = {}): FakeIO {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    stdin: Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), {isTTY: options.stdinTTY ?? false}),
    stdout: {write: (chunk) => (stdout.push(chunk), true), isTTY: options.stdoutTTY ?? false, columns: options.columns},
    stderr: {write: (chunk) => (stderr.push(chunk), true), isTTY: false},
    env: options.env ?? {},
    out: () => stdout.join(''),
    err: () => stderr.join('')
  }
}
