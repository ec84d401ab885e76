/**
 * Running the pipeline on one input and assembling its Article.
 */
import {VFile} from 'vfile'
import type {Article, Warning} from './article.js'
import './data.js'
import {refuseTooBigToParse} from './input/memory.js'
import {readInputFile, refuseTooLarge} from './input/read.js'
import {createProcessor} from './processor.js'
import {decodeBytes} from './text/decode.js'
import {normaliseText} from './text/normalise.js'
import {forgetAnswers} from './text/remembered.js'
import {inputPlace, type Wrapping} from './text/unwrap.js'

export interface ParseOptions {
  /** Resolves relative dates such as "2 hours ago"; without it they are ignored. */
  referenceDate?: Date | null
  /** The input's path, reported as `source`. */
  source?: string | null
  /** Read bytes in this encoding instead of detecting it (any WHATWG encoding label). */
  encoding?: string
  /** Refuse inputs of more bytes than this (default 20 MB); checked before a file is read. */
  maxBytes?: number
}

const processor = createProcessor()

/** Parse the text of one scraped page. Throws an InputError when it is too big to parse in the heap left. */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  return articleOf(runStages(text, options), options)
}

/**
 * Parse one page given as bytes, detecting its encoding. Throws an InputError
 * when the bytes are too many, too many to parse in the heap left, or not text.
 */
export function parseArticleBytes(bytes: Uint8Array, options: ParseOptions = {}): Article {
  const {text, warnings} = decodeInput(bytes, options)
  return articleOf(runStages(text, options, warnings), options)
}

/** Bytes → text, as every reader of inputs decodes them; refuses input too large or not text. */
export function decodeInput(bytes: Uint8Array, options: ParseOptions = {}): {text: string; warnings: Warning[]} {
  refuseTooLarge(bytes.length, options.maxBytes)
  return decodeBytes(bytes, options.encoding)
}

/** Read and parse one file. Throws an InputError for a directory, a file too large, or one that is not text. */
export async function parseArticleFile(path: string, options: ParseOptions = {}): Promise<Article> {
  return parseArticleBytes(await readInputFile(path, options.maxBytes), {source: path, ...options})
}

/**
 * The pipeline's vfile for a text: every stage's result and every line's
 * label (used by `--explain`). `warnings` from reading the bytes come first
 * among its messages. Every way of parsing passes here, so a page too big
 * for the heap is refused here, before it can end the process.
 */
export function runStages(text: string, options: ParseOptions = {}, warnings: readonly Warning[] = []): VFile {
  refuseTooBigToParse(text)
  const normalised = normaliseText(text)
  const file = new VFile({value: normalised.text, path: options.source ?? undefined})
  for (const warning of [...warnings, ...normalised.warnings]) {
    const place = warning.line === null ? undefined : {line: warning.line, column: warning.column ?? 1}
    file.message(warning.message, {place, ruleId: warning.rule, source: 'article-parse'})
  }
  file.data.datePrefix = normalised.datePrefix
  file.data.wrapping = normalised.wrapping
  file.data.markdown = normalised.markdown
  file.data.referenceDate = options.referenceDate ?? null
  if (/^\n*$/.test(normalised.text)) {
    const what = text === '' ? 'is empty' : 'holds nothing but white space'
    file.message(`The input ${what}: there is no article to read`, {ruleId: 'empty-input', source: 'article-parse'})
  } else {
    forgetAnswers()
    const before = file.messages.length
    processor.runSync(processor.parse(file), file)
    for (const message of file.messages.slice(before)) placeInInput(message, normalised.wrapping)
  }
  return file
}

/** A stage's message points into the joined lines of a hard-wrapped page; it is moved to the line and column of the input. */
function placeInInput(message: VFile['messages'][number], wrapping: Wrapping | null): void {
  if (!wrapping || message.line === undefined || message.column === undefined) return
  const place = inputPlace(wrapping, message.line, message.column)
  message.line = place.line
  message.column = place.column
  message.place = place
}

function articleOf(file: VFile, options: ParseOptions): Article {
  const {data} = file
  return {
    date: data.date ?? null,
    site: data.site ?? null,
    headline: data.headline ?? null,
    subtitle: data.subtitle ?? null,
    byline: data.byline ?? null,
    authors: data.authors ?? [],
    agencies: data.agencies ?? [],
    images: data.images ?? [],
    body: data.body ?? [],
    quotes: data.quotes ?? [],
    people: data.people ?? [],
    related: data.related ?? [],
    truncated: data.truncated ?? false,
    source: options.source ?? null,
    warnings: file.messages.map(toWarning)
  }
}

export function toWarning(message: VFile['messages'][number]): Warning {
  return {
    message: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    rule: message.ruleId ?? 'article-parse'
  }
}
