/**
 * What a worker thread does for `--jobs N`: the pool calls it with each batch
 * of tasks. The threads load it from the bundled CLI (see worker-thread.ts).
 */
import {convert} from './convert.js'
import type {ConvertSettings, InputTask, Outcome} from './task.js'

/** A batch of tasks: one message each way per batch. */
export interface WorkerRequest {
  tasks: InputTask[]
  settings: ConvertSettings
}

export function convertInWorker({tasks, settings}: WorkerRequest): Promise<Outcome[]> {
  // The batch's files are read side by side; the pages are then parsed one after another.
  return Promise.all(tasks.map((task) => convert(task, settings)))
}
