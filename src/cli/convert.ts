/**
 * Reading and parsing one input, then formatting its article: the work a
 * worker thread does for each task (and the main thread with `--jobs 1`).
 */
import {readFileSync, statSync} from 'node:fs'
import {promisify} from 'node:util'
import {Chalk} from 'chalk'
import type {Article} from '../article.js'
import {InputError, unreadableGzip} from '../errors.js'
import {explainBytes, explainText} from '../explain.js'
import {formatArticle, formatExplain, type View} from '../format/index.js'
import {DEFAULT_MAX_BYTES, isGzip, readInputFile, refuseTooLarge} from '../input/read.js'
import {parseArticle, parseArticleBytes, type ParseOptions} from '../parse.js'
import {failedOutcome} from './failure.js'
import type {ConvertSettings, Coverage, InputTask, Outcome} from './task.js'

/** JSONL: where the page text is looked for when `--text-field` is not given, in this order. */
export const TEXT_FIELDS = ['text', 'content', 'body'] as const

/** A page ready to parse: bytes still to decode, or text (a JSONL record's). */
type Page = {source: string | null} & ({bytes: Uint8Array} | {text: string})

export async function convert(task: InputTask, settings: ConvertSettings): Promise<Outcome> {
  try {
    const page = await pageOf(task, settings)
    const options: ParseOptions = {...settings.parse, source: page.source}
    const view: View = {chalk: new Chalk({level: settings.colorLevel}), columns: settings.columns}
    if (settings.explain) {
      const explanation = 'bytes' in page ? explainBytes(page.bytes, options) : explainText(page.text, options)
      // The view lists the warnings itself.
      return {status: 'parsed', source: page.source, output: formatExplain(explanation, view), warnings: [], coverage: NOTHING_COVERED}
    }
    const article = 'bytes' in page ? parseArticleBytes(page.bytes, options) : parseArticle(page.text, options)
    return {status: 'parsed', source: page.source, output: formatArticle(article, settings.format, view), warnings: article.warnings, coverage: coverageOf(article)}
  } catch (error) {
    return failedOutcome(task.source, error)
  }
}

async function pageOf(task: InputTask, settings: ConvertSettings): Promise<Page> {
  const maxBytes = settings.parse.maxBytes ?? DEFAULT_MAX_BYTES
  switch (task.kind) {
    case 'file': {
      const bytes = await readPageFile(task.path, maxBytes)
      return {source: task.source, bytes: task.path.endsWith('.gz') || isGzip(bytes) ? await gunzipPage(bytes, maxBytes) : bytes}
    }
    case 'bytes':
      return {source: task.source, bytes: isGzip(task.bytes) ? await gunzipPage(task.bytes, maxBytes) : task.bytes}
    case 'record':
      return recordPage(task.line, task.source, settings)
  }
}

/**
 * A page file, refused over the limit before it is read. A regular file is
 * read synchronously: about 15 µs a page against 300–600 µs for a streamed
 * read on the machine this was measured on, and the thread would only wait.
 * Anything else (a directory, a pipe, a device) goes through the library's
 * reader.
 */
async function readPageFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = statSync(path)
  if (info.isFile()) refuseTooLarge(info.size, maxBytes)
  return info.isFile() ? readFileSync(path) : await readInputFile(path, maxBytes)
}

/** Inflate a gzipped page, refused once it inflates beyond `maxBytes`. */
async function gunzipPage(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  // Loaded on the first gzipped page only: node:zlib adds to the start-up of every run.
  const {gunzip} = await import('node:zlib')
  try {
    return await promisify(gunzip)(bytes, {maxOutputLength: maxBytes})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError(`too large: inflates to more than ${maxBytes.toLocaleString('en-US')} bytes, the limit (--max-bytes)`, 'too-large')
    }
    throw unreadableGzip(error)
  }
}

function recordPage(line: string, lineSource: string, settings: ConvertSettings): Page {
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch (error) {
    throw new InputError(`malformed JSON line: ${(error as Error).message}`, 'json')
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new InputError('the line is not a JSON object', 'json')
  const fields = record as Record<string, unknown>
  const textField = settings.textField ?? TEXT_FIELDS.find((field) => typeof fields[field] === 'string')
  const text = textField === undefined ? undefined : fields[textField]
  if (typeof text !== 'string') {
    const wanted = settings.textField ? `"${settings.textField}"` : TEXT_FIELDS.map((field) => `"${field}"`).join(', ')
    throw new InputError(`no text: the record has no string field ${wanted}`, 'no-text')
  }
  refuseTooLarge(Buffer.byteLength(text), settings.parse.maxBytes)
  const id = settings.idField === undefined ? undefined : fields[settings.idField]
  return {source: typeof id === 'string' || typeof id === 'number' ? String(id) : lineSource, text}
}

const NOTHING_COVERED: Coverage = {date: false, headline: false, byline: false, body: false, quotes: false, teasers: false}

function coverageOf(article: Article): Coverage {
  return {
    date: article.date !== null,
    headline: article.headline !== null,
    byline: article.byline !== null,
    body: article.body.length > 0,
    quotes: article.quotes.length > 0,
    teasers: article.related.length > 0
  }
}
