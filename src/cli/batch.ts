/**
 * The run: inputs are expanded as they are needed, converted by the runner
 * (in-process or worker threads) with a bounded number in flight, and their
 * articles written as they are ready, in input order. Failures are reported
 * and the run carries on; Ctrl-C and a closed standard output end it cleanly.
 */
import {open, type FileHandle} from 'node:fs/promises'
import {constants} from 'node:os'
import {describeError} from '../errors.js'
import {countInputs, expandInputs, type InputOptions} from './inputs.js'
import type {IO} from './io.js'
import {orderedMap} from './ordered.js'
import {plainProgress, progressBar, type Progress} from './progress.js'
import {createRunner} from './runner.js'
import {OutputDirectory, StreamSink} from './sinks.js'
import {formatSummary, Tally} from './summary.js'
import type {ConvertSettings, Outcome, Task} from './task.js'

export const EXIT_OK = 0
export const EXIT_SOME_FAILED = 1
export const EXIT_USAGE = 2

export interface BatchSettings {
  inputs: InputOptions
  convert: ConvertSettings
  /** Pages converted at a time: the main thread and `jobs - 1` worker threads. */
  jobs: number
  /** One file per input under this directory instead of standard output. */
  outDir?: {root: string; extension: string; skipExisting: boolean}
  /** Failed inputs also go to this file, one JSON object per line. */
  errorLog?: string
  /** Print warnings for each article. */
  warnings: boolean
  /** Print the summary at the end. */
  summary: boolean
  /** Show a progress bar (only ever on a terminal). */
  progress: boolean
  /** The clock, in milliseconds; tests inject one. */
  now?: () => number
}

/**
 * Tasks in flight. In-process, a few read ahead while a page is parsed. With
 * workers there must be room for the batches queued in each worker, for the
 * main thread's own pages, and for finished pages waiting on an earlier one
 * still queued in a worker; with too little the main thread waits (measured,
 * 5,000 pages with --jobs 2: main thread idle 2.97 s with 16 per job, 0.48 s
 * with 32, 0.08 s with 64). Tasks not started hold a path or one JSONL record,
 * so memory stays bounded by pages in flight, not by the dump.
 */
const IN_FLIGHT_IN_PROCESS = 16
const IN_FLIGHT_PER_JOB = 64

export async function runBatch(args: readonly string[], settings: BatchSettings, io: IO): Promise<number> {
  const now = settings.now ?? Date.now
  const started = now()
  let errorLog: FileHandle | undefined
  try {
    errorLog = settings.errorLog === undefined ? undefined : await open(settings.errorLog, 'w')
  } catch (error) {
    io.stderr.write(`article-parse: cannot write the error log ${settings.errorLog}: ${describeError(error)}\n`)
    return EXIT_USAGE
  }
  let directory: OutputDirectory | undefined
  try {
    directory = settings.outDir && (await OutputDirectory.create(settings.outDir.root, settings.outDir.extension))
  } catch (error) {
    await errorLog?.close()
    io.stderr.write(`article-parse: cannot write to the output directory ${settings.outDir?.root}: ${describeError(error)}\n`)
    return EXIT_USAGE
  }

  // One stop for everything that ends the run early: Ctrl-C, SIGTERM, a closed standard output.
  const stop = new AbortController()
  const onSignal = () => stop.abort(io.signal?.reason)
  io.signal?.addEventListener('abort', onSignal, {once: true})
  if (io.signal?.aborted) onSignal()
  let outputError: Error | undefined
  const stdout = new StreamSink(io.stdout, (error) => {
    outputError = error
    stop.abort('output closed')
  })

  const progress = settings.progress && io.stderr.isTTY ? await progressBar(io.stderr, now) : plainProgress(io.stderr)
  if (settings.progress && io.stderr.isTTY) void countInputs(args, settings.inputs).then((total) => total !== null && progress.setTotal(total))

  const runner = await createRunner(settings.jobs, settings.convert)
  const convert = async (task: Task): Promise<Outcome> => {
    if (task.kind === 'failed' || !directory) return runner.run(task)
    if (settings.outDir?.skipExisting && (await directory.exists(task.stem))) return {status: 'skipped', source: task.source}
    const outcome = await runner.run(task)
    if (outcome.status !== 'parsed') return outcome
    // Written here, as soon as each is ready: files need no order.
    return directory.write(task.stem, outcome.output).then(
      () => outcome,
      (error: unknown) => ({status: 'failed', source: task.source, error: {code: 'output', message: `cannot write ${directory.pathOf(task.stem)}: ${describeError(error)}`}})
    )
  }

  const tally = new Tally()
  try {
    const tasks = expandInputs(args, settings.inputs, io.stdin, stop.signal)
    for await (const outcome of orderedMap(tasks, convert, {limit: settings.jobs > 1 ? settings.jobs * IN_FLIGHT_PER_JOB : IN_FLIGHT_IN_PROCESS, signal: stop.signal})) {
      tally.add(outcome)
      progress.tick()
      if (outcome.status === 'failed') await reportFailure(outcome, progress, errorLog)
      if (outcome.status !== 'parsed') continue
      if (settings.warnings) reportWarnings(outcome, progress)
      if (!directory) await stdout.write(outcome.output)
    }
  } finally {
    await runner.close()
    progress.stop()
    stdout.dispose()
    io.signal?.removeEventListener('abort', onSignal)
    await errorLog?.close()
  }

  if (outputError !== undefined) {
    // The reader went away (`| head`): not a failure, nothing to add.
    if ((outputError as NodeJS.ErrnoException).code === 'EPIPE') return EXIT_OK
    io.stderr.write(`article-parse: cannot write the output: ${describeError(outputError)}\n`)
    return EXIT_USAGE
  }
  const reason = stop.signal.aborted ? String(stop.signal.reason) : null
  if (settings.summary) io.stderr.write(formatSummary(tally, now() - started, reason))
  if (reason !== null) return 128 + (constants.signals[reason as NodeJS.Signals] ?? constants.signals.SIGINT)
  return tally.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK
}

async function reportFailure(outcome: Outcome & {status: 'failed'}, progress: Progress, errorLog: FileHandle | undefined): Promise<void> {
  const source = outcome.source ?? '<stdin>'
  progress.log(`article-parse: ${onOneLine(source)}: ${outcome.error.message}\n`)
  await errorLog?.write(`${JSON.stringify({source, error: outcome.error.code, message: outcome.error.message})}\n`)
}

function reportWarnings(outcome: Outcome & {status: 'parsed'}, progress: Progress): void {
  for (const warning of outcome.warnings) {
    const place = warning.line === null ? '' : `:${warning.line}:${warning.column ?? 1}`
    progress.log(`${onOneLine(outcome.source ?? '<stdin>')}${place}: warning: ${warning.message} [${warning.rule}]\n`)
  }
}

/**
 * A file name as it is printed in a diagnostic: a newline or another control
 * character in it (names from `--files0-from` may hold one) is written as an
 * escape, so that each diagnostic stays one line.
 */
function onOneLine(name: string): string {
  return name.replace(CONTROL_CHARACTER, (character) => ESCAPES[character] ?? `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/g
const ESCAPES: Readonly<Record<string, string>> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}
