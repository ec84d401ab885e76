/**
 * From the command line's arguments to a stream of tasks, produced as they
 * are needed: files, directories (walked in name order), glob patterns,
 * `--files-from` lists, standard input, JSONL dumps one record per line, and
 * `--split` files one page per date prefix. Nothing here reads more than the
 * next task needs, so memory does not grow with the dump.
 */
import {createReadStream} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import {join, relative, resolve, sep} from 'node:path'
import {pipeline, type Readable} from 'node:stream'
import {createGunzip} from 'node:zlib'
import picomatch from 'picomatch'
import {InputError} from '../errors.js'
import {DATE_PREFIX} from '../text/normalise.js'
import {failureOf} from './failure.js'
import {splitLines} from './lines.js'
import type {FailedTask, OutputStem, Task} from './task.js'

export const INPUT_FORMATS = ['text', 'jsonl'] as const
export type InputFormat = (typeof INPUT_FORMATS)[number]

export interface InputOptions {
  /** Extensions a directory walk picks up, with the dot (`.txt`); each also matches with `.gz` after it. */
  extensions: string[]
  /** How files are read; by default by name (`.jsonl`, `.ndjson` are dumps) and standard input is text. */
  inputFormat?: InputFormat
  /** Cut text inputs into pages at each line starting with a ` date YYYY-MM-DD ` prefix. */
  split: boolean
  /** A list of paths, one per line; `-` for standard input. */
  filesFrom?: string
}

/** What an input is read as. */
type Reading = 'text' | 'records' | 'pages'

/** An input named on the command line or found under a directory; `path` null is standard input. */
interface Input {
  path: string | null
  stem: OutputStem
  reading: Reading
}
type Found = Input | {failed: FailedTask}

/** File names of JSONL dumps (before any `.gz`). */
const DUMP_EXTENSIONS = ['.jsonl', '.ndjson']
/** A JSONL record or a `--split` line longer than this is refused without being held in memory. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024
/** Read dumps in large chunks: fewer, cheaper reads. */
const READ_CHUNK_BYTES = 1024 * 1024
/** The stem of standard input's output file under `--out-dir`. */
const STDIN_STEM = 'stdin'
/** `source` of standard input's records and pages (`<stdin>#12`); a whole page from standard input has source null. */
const STDIN_NAME = '<stdin>'

/** Every task of the run, in order. */
export async function* expandInputs(args: readonly string[], options: InputOptions, stdin: NodeJS.ReadableStream, signal?: AbortSignal): AsyncGenerator<Task> {
  for await (const found of discoverInputs(args, options, stdin)) {
    if ('failed' in found) yield found.failed
    else yield* tasksOf(found, stdin, signal)
  }
}

/**
 * How many pages the run has, when that is known without reading them: only
 * files read whole, no dumps, no split files, no standard input. Walks the
 * directories a second time, which is cheap next to parsing.
 */
export async function countInputs(args: readonly string[], options: InputOptions): Promise<number | null> {
  if (options.split || options.inputFormat === 'jsonl' || options.filesFrom === '-') return null
  let count = 0
  for await (const found of discoverInputs(args, options, null)) {
    if (!('failed' in found) && (found.reading !== 'text' || found.path === null)) return null
    count++
  }
  return count
}

/** Is the run one page (one file, or standard input), so that it needs no workers and prints one document? */
export async function isSingleInput(args: readonly string[], options: InputOptions): Promise<boolean> {
  if (args.length > 1 || options.filesFrom !== undefined || options.split) return false
  const arg = args[0] ?? '-'
  if (arg === '-') return options.inputFormat !== 'jsonl'
  if (readingOf(arg, options) !== 'text') return false
  const stats = await stat(arg).catch(() => null)
  return stats ? !stats.isDirectory() : !isGlob(arg)
}

async function* discoverInputs(args: readonly string[], options: InputOptions, stdin: NodeJS.ReadableStream | null): AsyncGenerator<Found> {
  const named = args.length === 0 && options.filesFrom === undefined ? ['-'] : args
  for (const arg of named) {
    if (arg === '-') yield {path: null, stem: STDIN_STEM, reading: stdinReading(options)}
    else yield* discoverArgument(arg, options, true)
  }
  if (options.filesFrom !== undefined) {
    try {
      for await (const path of listedPaths(options.filesFrom, stdin)) yield* discoverArgument(path, options, false)
    } catch (error) {
      yield failedInput(options.filesFrom, error)
    }
  }
}

/** A path names a file or a directory; failing that, an argument may be a glob pattern. */
async function* discoverArgument(arg: string, options: InputOptions, globs: boolean): AsyncGenerator<Found> {
  let stats
  try {
    stats = await stat(arg)
  } catch (error) {
    if (globs && isGlob(arg)) yield* discoverGlob(arg, options)
    else yield failedInput(arg, error)
    return
  }
  if (!stats.isDirectory()) {
    yield {path: arg, stem: stemOf(portableRelative(process.cwd(), resolve(arg))), reading: readingOf(arg, options)}
    return
  }
  const accepts = (name: string) => options.extensions.some((extension) => name.endsWith(extension) || name.endsWith(`${extension}.gz`))
  let found = false
  for await (const entry of walk(arg, Infinity)) {
    if ('failed' in entry) yield entry
    else if (accepts(entry.path)) {
      found = true
      yield {path: entry.path, stem: stemOf(entry.relative), reading: readingOf(entry.path, options)}
    }
  }
  // Most often a wrong --ext: say so rather than convert nothing in silence.
  if (!found) yield failedInput(arg, new InputError(`is a directory without ${options.extensions.join(' or ')} files (see --ext)`, 'no-match'))
}

/** A glob pattern: walk its fixed leading directories, no deeper than the pattern reaches, keeping what it matches. */
async function* discoverGlob(pattern: string, options: InputOptions): AsyncGenerator<Found> {
  const {base, glob} = picomatch.scan(pattern)
  const matches = picomatch(glob)
  const depth = glob.includes('**') ? Infinity : glob.split('/').length
  let matched = false
  for await (const entry of walk(base === '' ? '.' : base, depth)) {
    if ('failed' in entry) yield entry
    else if (matches(entry.relative)) {
      matched = true
      yield {path: entry.path, stem: stemOf(entry.relative), reading: readingOf(entry.path, options)}
    }
  }
  if (!matched) yield failedInput(pattern, new InputError('no file matches this pattern', 'no-match'))
}

/** A file found by a walk: its path, and its path below the walk's root with `/` separators. */
interface WalkedFile {
  path: string
  relative: string
}

/**
 * Files under a directory, depth first, in name order so that runs are
 * reproducible. Hidden entries are skipped, as globs skip them; symbolic
 * links to directories are not followed (no cycles), other links are taken
 * as files (a dangling one then fails when it is read).
 */
async function* walk(dir: string, depth: number, prefix = ''): AsyncGenerator<WalkedFile | {failed: FailedTask}> {
  let entries
  try {
    entries = await readdir(dir, {withFileTypes: true})
  } catch (error) {
    yield failedInput(dir, error)
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const [path, relative] = [join(dir, entry.name), `${prefix}${entry.name}`]
    if (entry.isDirectory()) {
      if (depth > 1) yield* walk(path, depth - 1, `${relative}/`)
    } else if (entry.isFile() || (entry.isSymbolicLink() && !(await stat(path).catch(() => null))?.isDirectory())) yield {path, relative}
  }
}

/** Paths listed one per line; blank lines are skipped. */
async function* listedPaths(list: string, stdin: NodeJS.ReadableStream | null): AsyncGenerator<string> {
  const stream = list === '-' ? stdin : createReadStream(list)
  if (!stream) return
  for await (const line of splitLines(stream as AsyncIterable<Buffer>, MAX_LINE_BYTES)) {
    const path = line.bytes.toString('utf8').replace(/\r$/, '')
    if (path.trim() !== '') yield path
  }
}

async function* tasksOf(found: Input, stdin: NodeJS.ReadableStream, signal?: AbortSignal): AsyncGenerator<Task> {
  const source = found.path ?? STDIN_NAME
  if (found.reading === 'text') {
    if (found.path !== null) yield {kind: 'file', source, path: found.path, stem: found.stem}
    else {
      try {
        yield {kind: 'bytes', source: null, bytes: await readAll(stdin), stem: found.stem}
      } catch (error) {
        yield failedTask(source, error)
      }
    }
    return
  }
  const stream = found.path === null ? stdin : createReadStream(found.path, {highWaterMark: READ_CHUNK_BYTES})
  // pipeline() passes a read error on to the gunzip stream, where the loop below sees it.
  const bytes = found.path?.endsWith('.gz') ? pipeline(stream as Readable, createGunzip(), () => {}) : stream
  // On Ctrl-C a dump on standard input may be waiting for more: stop reading it.
  const stop = () => (stream as Partial<{destroy(): void}>).destroy?.()
  signal?.addEventListener('abort', stop, {once: true})
  try {
    yield* found.reading === 'records' ? recordsOf(bytes, source, found.stem) : pagesOf(bytes, source, found.stem)
  } catch (error) {
    if (!signal?.aborted) yield failedTask(source, error)
  } finally {
    signal?.removeEventListener('abort', stop)
    stop()
  }
}

/** One task per non-blank line of a JSONL dump. */
async function* recordsOf(stream: NodeJS.ReadableStream, source: string, stem: OutputStem): AsyncGenerator<Task> {
  for await (const line of splitLines(stream as AsyncIterable<Buffer>, MAX_LINE_BYTES)) {
    const lineSource = `${source}#${line.number}`
    const lineStem = `${stem}/${line.number}`
    if (line.overlong) {
      yield failedTask(lineSource, new InputError(`the line is longer than ${MAX_LINE_BYTES / 2 ** 20} MiB`, 'too-large'))
      continue
    }
    const text = line.bytes.toString('utf8', line.number === 1 && hasUtf8Bom(line.bytes) ? 3 : 0)
    if (text.trim() !== '') yield {kind: 'record', source: lineSource, line: text, stem: lineStem}
  }
}

/** One task per page of a `--split` file: a page starts at each line with a date prefix. */
async function* pagesOf(stream: NodeJS.ReadableStream, source: string, stem: OutputStem): AsyncGenerator<Task> {
  let page: Buffer[] = []
  let firstLine = 1
  let hasText = false
  let overlong = false
  const pageTask = (): Task => {
    const [pageSource, pageStem] = [`${source}#${firstLine}`, `${stem}/${firstLine}`]
    if (!overlong) return {kind: 'bytes', source: pageSource, bytes: Buffer.concat(page), stem: pageStem}
    return failedTask(pageSource, new InputError(`the page has a line longer than ${MAX_LINE_BYTES / 2 ** 20} MiB`, 'too-large'))
  }
  for await (const line of splitLines(stream as AsyncIterable<Buffer>, MAX_LINE_BYTES)) {
    // The prefix is plain ASCII: reading the line's first bytes as latin1 is enough to recognise it.
    if (line.number > 1 && DATE_PREFIX.test(line.bytes.toString('latin1', 0, 24))) {
      if (hasText || overlong) yield pageTask()
      ;[page, firstLine, hasText, overlong] = [[], line.number, false, false]
    }
    page.push(line.bytes, NEWLINE)
    hasText ||= line.bytes.some((byte) => byte > SPACE)
    overlong ||= line.overlong
  }
  if (hasText || overlong) yield pageTask()
}

const NEWLINE = Buffer.from('\n')
const SPACE = 0x20

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

function readingOf(path: string, options: InputOptions): Reading {
  const isDump = options.inputFormat === 'jsonl' || (options.inputFormat === undefined && DUMP_EXTENSIONS.some((extension) => path.replace(/\.gz$/, '').endsWith(extension)))
  return isDump ? 'records' : options.split ? 'pages' : 'text'
}

function stdinReading(options: InputOptions): Reading {
  return options.inputFormat === 'jsonl' ? 'records' : options.split ? 'pages' : 'text'
}

function isGlob(arg: string): boolean {
  return picomatch.scan(arg).isGlob
}

function failedTask(source: string, error: unknown): FailedTask {
  return {kind: 'failed', source, error: failureOf(error)}
}

function failedInput(source: string, error: unknown): {failed: FailedTask} {
  return {failed: failedTask(source, error)}
}

function hasUtf8Bom(bytes: Buffer): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
}

/** `to` relative to `from`, with `/` separators and without leading `..` or root: it must stay inside `--out-dir`. */
function portableRelative(from: string, to: string): string {
  return relative(from, to)
    .split(sep)
    .filter((segment) => segment !== '..' && segment !== '')
    .join('/')
}

/** A path without its extension(s): `a/b/x.txt.gz` → `a/b/x`. */
function stemOf(path: string): OutputStem {
  return path.replace(/\.gz$/, '').replace(/(?<=[^/])\.[^./]*$/, '')
}
