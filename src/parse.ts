/**
 * Running the pipeline on one input and assembling its Article.
 */
import {readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import type {Article, Warning} from './article.js'
import './data.js'
import {createProcessor} from './processor.js'
import {decodeBytes} from './text/decode.js'
import {normaliseText} from './text/normalise.js'

export interface ParseOptions {
  /** Resolves relative dates such as "2 hours ago"; without it they are ignored. */
  referenceDate?: Date | null
  /** The input's path, reported as `source`. */
  source?: string | null
  /** Read bytes in this encoding instead of detecting it (any WHATWG encoding label). */
  encoding?: string
}

const processor = createProcessor()

/** Parse the text of one scraped page. */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  return runPipeline(text, options, [])
}

/** Parse one page given as bytes, detecting its encoding. */
export function parseArticleBytes(bytes: Uint8Array, options: ParseOptions = {}): Article {
  const {text, warnings} = decodeInput(bytes, options.encoding)
  return runPipeline(text, options, warnings)
}

/** Bytes → text; a guessed encoding is reported as a warning. */
export function decodeInput(bytes: Uint8Array, encoding?: string): {text: string; warnings: Warning[]} {
  const decoded = decodeBytes(bytes, encoding)
  return {text: decoded.text, warnings: decoded.warning ? [{message: decoded.warning, line: null, column: null, rule: 'encoding'}] : []}
}

/** Read and parse one file. */
export async function parseArticleFile(path: string, options: ParseOptions = {}): Promise<Article> {
  return parseArticleBytes(await readFile(path), {source: path, ...options})
}

/** The pipeline's vfile for a text: every stage's result and every line's label (used by `--explain`). */
export function runStages(text: string, options: ParseOptions = {}): VFile {
  const normalised = normaliseText(text)
  const file = new VFile({value: normalised.text, path: options.source ?? undefined})
  file.data.datePrefix = normalised.datePrefix
  file.data.referenceDate = options.referenceDate ?? null
  processor.runSync(processor.parse(file), file)
  return file
}

function runPipeline(text: string, options: ParseOptions, warnings: Warning[]): Article {
  const file = runStages(text, options)
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
    warnings: [...warnings, ...file.messages.map(toWarning)]
  }
}

/** A vfile message as an Article warning. */
export function toWarning(message: VFile['messages'][number]): Warning {
  return {
    message: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    rule: message.ruleId ?? 'article-parse'
  }
}
