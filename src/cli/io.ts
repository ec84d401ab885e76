/**
 * The streams and environment the CLI runs against. bin/ passes the
 * process's own; tests pass fakes.
 */

export interface OutputStream {
  write(chunk: string): boolean
  isTTY?: boolean
  columns?: number
  /** Node streams: `drain` after write() returned false, `error` when the reader went away (EPIPE). */
  on?(event: 'drain' | 'error', listener: (error?: Error) => void): unknown
  off?(event: 'drain' | 'error', listener: (error?: Error) => void): unknown
}

export interface IO {
  /** `isTTY` when it is a terminal: with no inputs named, nothing would come but what the user types. */
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  stdout: OutputStream
  stderr: OutputStream
  env: Record<string, string | undefined>
  /** Aborted on Ctrl-C (reason `SIGINT`) or `SIGTERM`: the run stops taking inputs and winds down. */
  signal?: AbortSignal
}

/**
 * Colour level for chalk: `--color`/`--no-color` first, then NO_COLOR and
 * FORCE_COLOR (https://no-color.org, https://force-color.org), then whether
 * standard output is a terminal.
 */
export function colorLevel(io: IO, flag: boolean | undefined): 0 | 1 | 2 | 3 {
  if (flag === false) return 0
  if (flag === true) return Math.max(1, terminalLevel(io)) as 1 | 2 | 3
  if (io.env.NO_COLOR) return 0
  const forced = io.env.FORCE_COLOR
  if (forced !== undefined) return forced === 'false' || forced === '0' ? 0 : (Math.min(Number(forced) || 1, 3) as 1 | 2 | 3)
  return io.stdout.isTTY ? terminalLevel(io) : 0
}

function terminalLevel(io: IO): 0 | 1 | 2 | 3 {
  if (io.env.COLORTERM === 'truecolor' || io.env.COLORTERM === '24bit') return 3
  if (io.env.TERM === 'dumb') return 0
  return /256/.test(io.env.TERM ?? '') ? 2 : 1
}
