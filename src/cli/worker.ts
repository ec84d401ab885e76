/**
 * Worker-thread entry for `--jobs N`: the pool calls the default export with
 * each batch of tasks. Built to dist/cli/worker.js, which is what the pool loads.
 */
import {convert} from './convert.js'
import type {ConvertSettings, InputTask, Outcome} from './task.js'

/** A batch of tasks: one message each way per batch. */
export interface WorkerRequest {
  tasks: InputTask[]
  settings: ConvertSettings
}

export default function convertInWorker({tasks, settings}: WorkerRequest): Promise<Outcome[]> {
  // The batch's files are read side by side; the pages are then parsed one after another.
  return Promise.all(tasks.map((task) => convert(task, settings)))
}
