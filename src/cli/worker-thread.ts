/**
 * The entry the worker pool loads for `--jobs N`: the bundled CLI, compiled
 * from its code cache like the main thread's, rather than the few hundred
 * modules of dist/ one by one (measured, importing the entry: 150 ms and
 * 210 ms of CPU, against 300 ms and 410 ms that way).
 */
import {loadCli} from './load.js'
import type {convertInWorker as ConvertInWorker} from './worker.js'

let convertInWorker: typeof ConvertInWorker | undefined

// Loaded on the first batch rather than on import, so importing this module has no effect.
export default function convertBatch(request: Parameters<typeof ConvertInWorker>[0]): ReturnType<typeof ConvertInWorker> {
  convertInWorker ??= loadCli().convertInWorker
  return convertInWorker(request)
}
