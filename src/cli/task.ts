/**
 * What the batch runner hands to a worker and what comes back. Both cross a
 * thread boundary, so they are plain data (structured-clone safe).
 */
import type {Warning} from '../article.js'
import type {Format} from '../format/index.js'
import type {ParseOptions} from '../parse.js'

/** Where an input's article goes under `--out-dir`: its path without extension, relative to the output directory. */
export type OutputStem = string

/** One page to convert. */
export type Task =
  /** A text file, read (and gunzipped when its name ends in `.gz`) where it is converted. */
  | {kind: 'file'; source: string; path: string; stem: OutputStem}
  /** Page bytes already read: standard input, or one page of a `--split` file. */
  | {kind: 'bytes'; source: string | null; bytes: Uint8Array; stem: OutputStem}
  /** One line of a JSONL dump, parsed where it is converted so a malformed line fails alone. */
  | {kind: 'record'; source: string; line: string; stem: OutputStem}
  /** An input that failed before it could be read (no such file, unreadable directory). */
  | {kind: 'failed'; source: string; error: Failure}

/** A task that has something to read. */
export type InputTask = Exclude<Task, {kind: 'failed'}>
export type FailedTask = Extract<Task, {kind: 'failed'}>

/** Why an input failed: a short code for logs and one line for people. */
export interface Failure {
  code: string
  message: string
}

/** How every task of a run is converted. */
export interface ConvertSettings {
  parse: ParseOptions
  format: Format
  /** Write each page's `--explain` view instead of its article. */
  explain: boolean
  /** chalk colour level for the terminal views. */
  colorLevel: 0 | 1 | 2 | 3
  /** Width of the terminal; null when the output is not one. */
  columns: number | null
  /** JSONL: the field holding the page text; default the first of TEXT_FIELDS holding a string. */
  textField?: string
  /** JSONL: the field whose value becomes `source` instead of `FILE#LINE`. */
  idField?: string
}

/** The fields the summary reports coverage for: did the article get one? */
export const COVERAGE_FIELDS = ['date', 'headline', 'byline', 'body', 'quotes', 'teasers'] as const
export type Coverage = Record<(typeof COVERAGE_FIELDS)[number], boolean>

export type Outcome =
  | {status: 'parsed'; source: string | null; output: string; warnings: Warning[]; coverage: Coverage}
  | {status: 'failed'; source: string | null; error: Failure}
  | {status: 'skipped'; source: string | null}
