/** Scratch trees of pages and process-like streams for the batch tests. */
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, relative} from 'node:path'
import {Readable, Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import type {IO} from '../../src/cli/io.js'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const BIN = join(ROOT, 'bin/article-parse.js')

/** A short wire story of our own, told apart by `n` in its headline and dateline. */
export function newsPage(n: number, date = '2024-03-04'): string {
  return [
    ` date ${date} World`,
    '',
    `Harbour board approves plan ${n} for the old ferry terminal`,
    '',
    'By Imke Vos, Reuters',
    '',
    `PORT ELLAND, March 4 (Reuters) - The harbour board of Port Elland approved plan number ${n} for the disused ferry terminal on Monday, ending a dispute that had delayed the project for two years.`,
    '',
    '"This gives the waterfront back to the people who live here," board chair Oskar Lind told reporters after the vote.',
    '',
    'Work on the site is expected to begin in the autumn and to take about three years, the board said in a statement.',
    ''
  ].join('\n')
}

const scratchRoots: string[] = []
// Each test file gets its own copy of this module, so this removes that file's trees when it ends.
afterAll(() => {
  for (const root of scratchRoots.splice(0)) rmSync(root, {recursive: true, force: true})
})

/** A fresh temporary directory holding `files` (path → contents), removed when the test file ends. */
export function scratchTree(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'article-parse-batch-'))
  scratchRoots.push(root)
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true})
    writeFileSync(join(root, path), contents)
  }
  return root
}

/** Every file under `dir`, hidden ones included, as sorted relative paths. */
export function listTree(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

export interface StreamIO extends IO {
  out(): string
  err(): string
}

/**
 * Streams that behave like the process's: standard output is a real Writable
 * (backpressure, error events), so a test can close it the way `| head` does.
 */
export function streamIO(
  options: {stdin?: string | Readable; signal?: AbortSignal; closeAfterWrites?: number; writeErrorCode?: string; stderrTTY?: boolean} = {}
): StreamIO {
  const out: string[] = []
  const err: string[] = []
  const stdout = new Writable({
    highWaterMark: 64,
    write(chunk: Buffer, _encoding, callback) {
      if (options.closeAfterWrites !== undefined && out.length >= options.closeAfterWrites) {
        const code = options.writeErrorCode ?? 'EPIPE'
        callback(Object.assign(new Error(`${code}: write`), {code}))
        return
      }
      out.push(chunk.toString())
      setImmediate(callback)
    }
  })
  const stderr = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        err.push(chunk.toString())
        callback()
      }
    }),
    {isTTY: options.stderrTTY ?? false, columns: 100}
  )
  const stdin = typeof options.stdin === 'string' || options.stdin === undefined ? Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) : options.stdin
  return {
    stdin,
    stdout: Object.assign(stdout, {isTTY: false}),
    stderr,
    env: {},
    signal: options.signal,
    out: () => out.join(''),
    err: () => err.join('')
  }
}

/** The NDJSON lines of an output, parsed. */
export function ndjson(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}
