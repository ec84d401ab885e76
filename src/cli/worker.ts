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

export default function convertInWorker({tasks, settings}: WorkerRequest): Outcome[] {
  return tasks.map((task) => convert(task, settings))
}
