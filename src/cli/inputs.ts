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
import {pipeline, Readable} from 'node:stream'
import {InputError, isZlibError, unreadableGzip} from '../errors.js'
import {isGzip, readStreamBytes, refuseTooLarge} from '../input/read.js'
import {onFirstUse} from '../on-first-use.js'
import {DATE_PREFIX} from '../text/normalise.js'
import {failureOf} from './failure.js'
import {type ENTRY_END, splitLines} from './lines.js'
import type {FailedTask, OutputStem, Task} from './task.js'

// Only arguments with glob characters need it.
const picomatch = onFirstUse<typeof import('picomatch')>('picomatch')
/** Characters without which an argument is no glob: plain paths never load picomatch. */
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/

export const INPUT_FORMATS = ['text', 'jsonl'] as const
export type InputFormat = (typeof INPUT_FORMATS)[number]

/**
 * A list of paths (`-`: standard input): one per line, or each ended by a
 * NUL byte as `find -print0` writes them, for names that hold a newline.
 */
export interface PathList {
  path: string
  endedBy: keyof typeof ENTRY_END
}

export interface InputOptions {
  /** Extensions a directory walk picks up, with the dot (`.txt`); each also matches with `.gz` after it. */
  extensions: string[]
  /** How files are read; by default by name (`.jsonl`, `.ndjson` are dumps) and standard input is text. */
  inputFormat?: InputFormat
  /** Cut text inputs into pages at each line starting with a ` date YYYY-MM-DD ` prefix. */
  split: boolean
  /** A list of paths to read as well (`--files-from`, `--files0-from`). */
  filesFrom?: PathList
  /** Refuse pages of more bytes than this (`--max-bytes`). */
  maxBytes: number
  /**
   * Where each input writes its own file (`--out-dir`): walks do not go into
   * it, and an input whose output an earlier one already has fails.
   */
  outDir?: string
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
/** A JSONL line may be this many times `--max-bytes`: JSON escapes (`\u00e9`) make a line longer than its text. */
const RECORD_LINE_FACTOR = 6
/** Read dumps in large chunks: fewer, cheaper reads. */
const READ_CHUNK_BYTES = 1024 * 1024
/** The stem of standard input's output file under `--out-dir`. */
const STDIN_STEM = 'stdin'
/** `source` of standard input's records and pages (`<stdin>#12`); a whole page from standard input has source null. */
const STDIN_NAME = '<stdin>'

/** Every task of the run, in order. */
export async function* expandInputs(args: readonly string[], options: InputOptions, stdin: NodeJS.ReadableStream, signal?: AbortSignal): AsyncGenerator<Task> {
  const inputs = options.outDir !== undefined ? withOwnOutputs(discoverInputs(args, options, stdin)) : discoverInputs(args, options, stdin)
  for await (const found of inputs) {
    if ('failed' in found) yield found.failed
    else yield* tasksOf(found, options.maxBytes, stdin, signal)
  }
}

/**
 * Fails an input whose output under `--out-dir` an earlier input of the run
 * already has (`x.txt` and `x.txt.gz`, or two directories holding `x.txt`),
 * as `cp` refuses to overwrite a file it has just created. Remembers one
 * entry per input file, not per record or page: those are told apart by line.
 */
async function* withOwnOutputs(inputs: AsyncIterable<Found>): AsyncGenerator<Found> {
  const firstSources = new Map<string, string>()
  for await (const found of inputs) {
    if ('failed' in found) {
      yield found
      continue
    }
    const source = found.path ?? STDIN_NAME
    // A dump or a split file writes below its stem (DIR/d/12.json), a page beside it (DIR/d.json).
    const output = found.reading === 'text' ? found.stem : `${found.stem}/`
    const first = firstSources.get(output)
    if (first === undefined) {
      firstSources.set(output, source)
      yield found
    } else yield failedInput(source, new InputError(`would overwrite the output of ${first}, converted earlier in this run`, 'same-output'))
  }
}

/**
 * How many pages the run has, when that is known without reading them: only
 * files read whole, no dumps, no split files, no standard input. Walks the
 * directories a second time, which is cheap next to parsing.
 */
export async function countInputs(args: readonly string[], options: InputOptions): Promise<number | null> {
  if (options.split || options.inputFormat === 'jsonl' || options.filesFrom?.path === '-') return null
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
      yield failedInput(options.filesFrom.path, error)
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
  for await (const entry of walk(arg, Infinity, walkedPast(options))) {
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
  const {base, glob} = picomatch().scan(pattern)
  const matches = picomatch()(glob)
  const depth = glob.includes('**') ? Infinity : glob.split('/').length
  const root = base === '' ? '.' : base
  let matched = false
  for await (const entry of walk(root, depth, walkedPast(options))) {
    if ('failed' in entry) {
      // A leading directory that is not there matches nothing, which is said once, below.
      const missing = entry.failed.source === root && (entry.failed.error.code === 'ENOENT' || entry.failed.error.code === 'ENOTDIR')
      if (!missing) yield entry
    } else if (matches(entry.relative)) {
      matched = true
      yield {path: entry.path, stem: stemOf(entry.relative), reading: readingOf(entry.path, options)}
    }
  }
  if (!matched) yield failedInput(pattern, new InputError('no file matches this pattern', 'no-match'))
}

/**
 * The directory walks leave out: the output directory, when it lies inside
 * an input tree, so that a rerun does not read its outputs back as pages.
 */
function walkedPast(options: InputOptions): string | null {
  return options.outDir === undefined ? null : resolve(options.outDir)
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
 * as files (a dangling one then fails when it is read). The `skipped`
 * directory is not entered.
 */
async function* walk(dir: string, depth: number, skipped: string | null, prefix = ''): AsyncGenerator<WalkedFile | {failed: FailedTask}> {
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
      if (depth > 1 && resolve(path) !== skipped) yield* walk(path, depth - 1, skipped, `${relative}/`)
    } else if (entry.isFile() || (entry.isSymbolicLink() && !(await stat(path).catch(() => null))?.isDirectory())) yield {path, relative}
  }
}

/** Longer than any path a file system takes. */
const MAX_PATH_BYTES = 64 * 1024

/**
 * The paths of a list. One per line, a line's final `\r` is dropped and blank
 * lines are skipped; ended by NUL bytes, each is taken as it is, and only
 * empty ones are skipped. Entries too long to be a path are skipped.
 */
async function* listedPaths({path: list, endedBy}: PathList, stdin: NodeJS.ReadableStream | null): AsyncGenerator<string> {
  const stream = list === '-' ? stdin : createReadStream(list)
  if (!stream) return
  for await (const entry of splitLines(stream as AsyncIterable<Buffer>, MAX_PATH_BYTES, endedBy)) {
    const path = entry.bytes.toString('utf8')
    if (endedBy === 'nul') {
      if (path !== '') yield path
    } else if (path.trim() !== '') yield path.replace(/\r$/, '')
  }
}

async function* tasksOf(found: Input, maxBytes: number, stdin: NodeJS.ReadableStream, signal?: AbortSignal): AsyncGenerator<Task> {
  const source = found.path ?? STDIN_NAME
  if (found.reading === 'text') {
    if (found.path !== null) yield {kind: 'file', source, path: found.path, stem: found.stem}
    else {
      try {
        yield {kind: 'bytes', source: null, bytes: await readStreamBytes(stdin as AsyncIterable<Buffer>, maxBytes), stem: found.stem}
      } catch (error) {
        yield failedTask(source, error)
      }
    }
    return
  }
  const stream = found.path === null ? stdin : createReadStream(found.path, {highWaterMark: READ_CHUNK_BYTES})
  const bytes = found.path?.endsWith('.gz') ? await gunzipped(stream as Readable) : inflatedIfGzip(stream as Readable)
  // On Ctrl-C a dump on standard input may be waiting for more: stop reading it.
  const stop = () => (stream as Partial<{destroy(): void}>).destroy?.()
  signal?.addEventListener('abort', stop, {once: true})
  try {
    yield* found.reading === 'records' ? recordsOf(bytes, source, found.stem, maxBytes) : pagesOf(bytes, source, found.stem, maxBytes)
  } catch (error) {
    // A dump cut off inside its gzip stream: the records before the cut are converted already.
    if (!signal?.aborted) yield failedTask(source, isZlibError(error) ? unreadableGzip(error) : error)
  } finally {
    signal?.removeEventListener('abort', stop)
    stop()
  }
}

/**
 * A gzipped stream's inflated bytes. pipeline() passes a read error on to the
 * gunzip stream, where the reader sees it. node:zlib is loaded for gzip input
 * only: it would add to the start-up of every run.
 */
async function gunzipped(stream: Readable): Promise<AsyncIterable<Buffer>> {
  return pipeline(stream, (await import('node:zlib')).createGunzip(), () => {})
}

/** A dump's bytes, inflated when they start with gzip's magic number (see isGzip). */
async function* inflatedIfGzip(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const chunks = stream[Symbol.asyncIterator]()
  const first = await chunks.next()
  if (first.done) return
  async function* all(): AsyncGenerator<Buffer> {
    yield first.value
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value
  }
  yield* isGzip(first.value) ? await gunzipped(Readable.from(all())) : all()
}

/** One task per non-blank line of a JSONL dump. */
async function* recordsOf(stream: AsyncIterable<Buffer>, source: string, stem: OutputStem, maxBytes: number): AsyncGenerator<Task> {
  const maxLineBytes = RECORD_LINE_FACTOR * maxBytes
  for await (const line of splitLines(stream, maxLineBytes)) {
    const lineSource = `${source}#${line.number}`
    if (line.overlong) {
      yield failedTask(lineSource, new InputError(`too large: the line is longer than ${maxLineBytes.toLocaleString('en-US')} bytes (${RECORD_LINE_FACTOR} × --max-bytes)`, 'too-large'))
      continue
    }
    const text = line.bytes.toString('utf8', line.number === 1 && hasUtf8Bom(line.bytes) ? 3 : 0)
    if (text.trim() !== '') yield {kind: 'record', source: lineSource, line: text, stem: `${stem}/${line.number}`}
  }
}

/**
 * One task per page of a `--split` file: a page starts at each line with a
 * date prefix. A page over `--max-bytes` is counted, not kept, and fails.
 */
async function* pagesOf(stream: AsyncIterable<Buffer>, source: string, stem: OutputStem, maxBytes: number): AsyncGenerator<Task> {
  let page: Buffer[] = []
  let pageBytes = 0
  let firstLine = 1
  let hasText = false
  const pageTask = (): Task => {
    const [pageSource, pageStem] = [`${source}#${firstLine}`, `${stem}/${firstLine}`]
    try {
      refuseTooLarge(pageBytes, maxBytes)
    } catch (error) {
      return failedTask(pageSource, error)
    }
    return {kind: 'bytes', source: pageSource, bytes: Buffer.concat(page), stem: pageStem}
  }
  for await (const line of splitLines(stream, maxBytes)) {
    // The prefix is plain ASCII: reading the line's first bytes as latin1 is enough to recognise it.
    if (line.number > 1 && DATE_PREFIX.test(line.bytes.toString('latin1', 0, 24))) {
      if (hasText) yield pageTask()
      ;[page, pageBytes, firstLine, hasText] = [[], 0, line.number, false]
    }
    pageBytes += line.length + 1
    if (pageBytes <= maxBytes) page.push(line.bytes, NEWLINE)
    else page = []
    hasText ||= line.overlong || line.bytes.some((byte) => byte > SPACE)
  }
  if (hasText) yield pageTask()
}

const NEWLINE = Buffer.from('\n')
const SPACE = 0x20

function readingOf(path: string, options: InputOptions): Reading {
  const isDump = options.inputFormat === 'jsonl' || (options.inputFormat === undefined && DUMP_EXTENSIONS.some((extension) => path.replace(/\.gz$/, '').endsWith(extension)))
  return isDump ? 'records' : options.split ? 'pages' : 'text'
}

function stdinReading(options: InputOptions): Reading {
  return options.inputFormat === 'jsonl' ? 'records' : options.split ? 'pages' : 'text'
}

function isGlob(arg: string): boolean {
  return GLOB_CHARACTERS.test(arg) && picomatch().scan(arg).isGlob
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
