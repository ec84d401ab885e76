/**
 * Worker-thread entry for `--jobs N`: the pool calls the default export with
 * each task. Built to dist/cli/worker.js, which is what the pool loads.
 */
import {convert} from './convert.js'
import type {ConvertSettings, InputTask, Outcome} from './task.js'

export interface WorkerRequest {
  task: InputTask
  settings: ConvertSettings
}

export default function convertInWorker({task, settings}: WorkerRequest): Promise<Outcome> {
  return convert(task, settings)
}
