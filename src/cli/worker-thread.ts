/**
 * The entry the worker pool loads for `--jobs N`: the bundled CLI, compiled
 * from its code cache like the main thread's, rather than the few hundred
 * modules of dist/ one by one (measured, importing the entry: 150 ms and
 * 210 ms of CPU, against 300 ms and 410 ms that way).
 */
import {loadCli, type LoadedCli} from './load.js'
import type {Outcome} from './task.js'
import type {WorkerRequest} from './worker.js'

let convertInWorker: LoadedCli['convertInWorker'] | undefined

// Loaded on the first batch rather than on import, so importing this module has no effect.
export default function convertBatch(request: WorkerRequest): Promise<Outcome[]> {
  convertInWorker ??= loadCli().convertInWorker
  return convertInWorker(request)
}
