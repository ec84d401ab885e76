/**
 * The progress bar (cli-progress) on standard error while it is a terminal:
 * done/total, rate and ETA, or done and rate while the total is unknown
 * (dumps, streamed input). Other messages for standard error go through
 * `log` so they print above the bar instead of through it.
 */
import type {OutputStream} from './io.js'
import {formatRate} from './summary.js'

export interface Progress {
  tick(): void
  setTotal(total: number): void
  /** Print text (whole lines) on standard error. */
  log(text: string): void
  stop(): void
}

/** Without a bar: messages go straight to the stream. */
export function plainProgress(stream: OutputStream): Progress {
  return {tick() {}, setTotal() {}, log: (text) => void stream.write(text), stop() {}}
}

const WITH_TOTAL = '{bar} {value}/{total} articles · {rate}/s · ETA {eta_formatted}'
const WITHOUT_TOTAL = '{value} articles · {rate}/s · {duration_formatted}'

export async function progressBar(stream: OutputStream, now: () => number = Date.now): Promise<Progress> {
  const {MultiBar, Format} = (await import('cli-progress')).default
  const bars = new MultiBar({
    stream: stream as NodeJS.WritableStream,
    format: (options, params, payload) => Format.Formatter({...options, format: params.total > 0 ? WITH_TOTAL : WITHOUT_TOTAL}, params, payload),
    barCompleteChar: '█',
    barIncompleteChar: '░',
    barsize: 30,
    hideCursor: true,
    // cli-progress turns the terminal's line wrapping off while it runs by default, which cut every
    // warning printed above the bar at the right edge; with it on, only the bar is cut to the width.
    linewrap: true,
    clearOnComplete: true,
    // Ctrl-C is handled by the run, which stops the bar before printing the summary.
    gracefulExit: false,
    etaBuffer: 200
  })
  const started = now()
  const bar = bars.create(0, 0, {rate: '0'})
  let done = 0
  return {
    tick() {
      done++
      bar.update(done, {rate: formatRate(done, (now() - started) / 1000)})
    },
    setTotal: (total) => bar.setTotal(total),
    log: (text) => bars.log(text),
    stop() {
      // Messages logged since the last frame wait in the bar's buffer: draw once more to print them.
      bars.update()
      bars.stop()
    }
  }
}
