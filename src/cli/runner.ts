/**
 * Who converts the tasks: the main thread itself (`--jobs 1`, or a single
 * input), or a pool of worker threads (piscina). Either way `run` never
 * rejects: whatever goes wrong becomes a failed outcome for that input.
 */
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
 * worker.js beside this module; from the TypeScript sources (tests) it is the
 * dist/ that `npm install` / `npm ci` builds through `prepare`.
 */
export const WORKER_SCRIPT = new URL(import.meta.url.endsWith('.ts') ? '../../dist/cli/worker.js' : './worker.js', import.meta.url)

export async function createRunner(jobs: number, settings: ConvertSettings, workerScript: URL = WORKER_SCRIPT): Promise<Runner> {
  if (jobs <= 1) {
    // Imported here so that runs with workers never load the pipeline on the main thread.
    const {convert} = await import('./convert.js')
    return {run: guarded((task) => convert(task, settings)), close: async () => {}}
  }
  const {Piscina} = await import('piscina')
  const pool = new Piscina<WorkerRequest, Outcome>({filename: workerScript.href, minThreads: jobs, maxThreads: jobs, idleTimeout: Infinity})
  return {run: guarded((task) => pool.run({task, settings})), close: () => pool.destroy()}
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
