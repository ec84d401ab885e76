/**
 * Who converts the tasks: the main thread, helped with `--jobs N` by N - 1
 * worker threads (piscina). The main thread parses too, whenever the workers
 * already have enough queued: N jobs are N parsers, and one pipeline fewer
 * is loaded than with N workers (less memory, one start-up less). Either way
 * `run` never rejects: whatever goes wrong becomes a failed outcome for that
 * input.
 */
import {setImmediate as nextTurn} from 'node:timers/promises'
import {convert} from './convert.js'
import {failedOutcome} from './failure.js'
import type {ConvertSettings, InputTask, Outcome, Task} from './task.js'
import type {WorkerRequest} from './worker.js'

export interface Runner {
  run(task: Task): Promise<Outcome>
  /** Stop the worker threads, if any. */
  close(): Promise<void>
}

/**
 * The workers run the built code. From dist/ (bundled or not) that is the
 * worker-thread.js beside this module; from the TypeScript sources (tests) it
 * is the dist/ that `npm install` / `npm ci` builds through `prepare`.
 */
export const WORKER_SCRIPT = new URL(import.meta.url.endsWith('.ts') ? '../../dist/cli/worker-thread.js' : './worker-thread.js', import.meta.url)

export async function createRunner(jobs: number, settings: ConvertSettings): Promise<Runner> {
  const here = guarded(oneAtATime((task) => convert(task, settings)))
  if (jobs <= 1) return {run: here, close: async () => {}}
  const workers = jobs - 1
  const {Piscina} = await import('piscina')
  const pool = new Piscina<WorkerRequest, Outcome[]>({
    filename: WORKER_SCRIPT.href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Infinity,
    // Batches wait in each worker, so a worker never idles while the main thread parses.
    concurrentTasksPerWorker: BATCHES_PER_WORKER,
    resourceLimits: {maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB}
  })
  const there = guarded(batching((tasks) => pool.run({tasks, settings}), BATCH_SIZE))
  return {
    run: shareWork(there, here, workers * BATCHES_PER_WORKER * BATCH_SIZE),
    close: () => pool.destroy()
  }
}

/**
 * V8 lets each thread's young generation grow to 48 MB; a page's garbage
 * needs far less. Measured on a 20,000-page JSONL run with two jobs: peak RSS
 * ~215 MB by default, ~170 MB with 16 MB; with the old generation kept flat
 * (see load.ts), 197 MB with 16 MB and 192 MB with 8 MB at the same CPU time,
 * while 4 MB cost a fifth more CPU.
 */
const WORKER_YOUNG_GENERATION_MB = 8

/** Tasks per message to a worker. */
const BATCH_SIZE = 4
/**
 * Batches queued for each worker before the main thread parses a page itself:
 * enough that the worker never runs dry while the main thread is busy with a
 * page. Measured with --jobs 2 on 5,000 pages, the worker and the main thread
 * parsed 2,592 and 2,408 with four, 2,421 and 2,579 with two.
 */
const BATCHES_PER_WORKER = 4

/**
 * Shares tasks between the worker threads and the main thread. Tasks wait in
 * input order; the workers take them while fewer than `capacity` are queued
 * there, and the main thread takes one at a time when the workers are full.
 * Who converts a task is decided when it can start, not when it arrives:
 * decided on arrival, every task that found the workers full was the main
 * thread's, and it built up a backlog of pages while the worker ran dry
 * (measured, 5,000 pages with --jobs 2: 8.5 s of parsing on the main thread
 * against about 2 s in the worker, and no faster than --jobs 1).
 */
export function shareWork<T, R>(toWorkers: (task: T) => Promise<R>, here: (task: T) => Promise<R>, capacity: number): (task: T) => Promise<R> {
  const waiting: Array<{task: T; resolve: (result: R) => void; reject: (error: unknown) => void}> = []
  let queued = 0
  let mainThreadBusy = false
  const dispatch = () => {
    while (waiting.length > 0 && (queued < capacity || !mainThreadBusy)) {
      const {task, resolve, reject} = waiting.shift()!
      if (queued < capacity) {
        queued++
        void toWorkers(task)
          .then(resolve, reject)
          .finally(() => {
            queued--
            dispatch()
          })
      } else {
        mainThreadBusy = true
        // Let the event loop deliver the workers' results and hand them more work before parsing here.
        setImmediate(() =>
          void here(task)
            .then(resolve, reject)
            .finally(() => {
              mainThreadBusy = false
              dispatch()
            })
        )
      }
    }
  }
  return (task) =>
    new Promise((resolve, reject) => {
      waiting.push({task, resolve, reject})
      dispatch()
    })
}

/**
 * Tasks go to the workers in small batches, one message per batch rather than
 * per page, which keeps the main thread's share of the work small. A batch
 * leaves when it is full or at the end of the current turn of the event loop,
 * so a record arriving alone on standard input does not wait for others.
 */
function batching(send: (tasks: InputTask[]) => Promise<Outcome[]>, size: number): (task: InputTask) => Promise<Outcome> {
  let batch: Array<{task: InputTask; resolve: (outcome: Outcome) => void; reject: (error: unknown) => void}> = []
  const flush = () => {
    const sending = batch
    batch = []
    send(sending.map(({task}) => task)).then(
      (outcomes) => sending.forEach(({resolve}, index) => resolve(outcomes[index] as Outcome)),
      (error: unknown) => sending.forEach(({reject}) => reject(error))
    )
  }
  return (task) =>
    new Promise((resolve, reject) => {
      if (batch.length === 0) setImmediate(() => batch.length > 0 && flush())
      batch.push({task, resolve, reject})
      if (batch.length >= size) flush()
    })
}

/**
 * Calls `run` for one task at a time, each after a turn of the event loop.
 * A file is read synchronously and a page parses in one go: with the tasks in
 * flight started together, a run on this thread let nothing in (Ctrl-C, the
 * progress bar's timer, a closed pipe) until its last page (measured: Ctrl-C
 * on 3,000 files took effect after all of them).
 */
export function oneAtATime<T, R>(run: (task: T) => Promise<R>): (task: T) => Promise<R> {
  let previous: Promise<unknown> = Promise.resolve()
  return (task) => {
    const result = previous.then(() => nextTurn()).then(() => run(task))
    previous = result.catch(() => {})
    return result
  }
}

/** Failed tasks answer at once; a crash while converting fails that input only. */
function guarded(convert: (task: InputTask) => Promise<Outcome>): (task: Task) => Promise<Outcome> {
  return async (task) => {
    if (task.kind === 'failed') return {status: 'failed', source: task.source, error: task.error}
    try {
      return await convert(task)
    } catch (error) {
      return failedOutcome(task.source, error)
    }
  }
}
