/**
 * What the pipeline's stages share: the lines of the page with their
 * features, the label each stage gives a line, and the fields they write on
 * `file.data` (vfile's place for custom data).
 */
import type {Image, Person, Quote, Teaser} from './article.js'
import type {Wrapping} from './text/unwrap.js'
import type {Token} from './text/words.js'

/** One line of the normalised page with the features the classifiers read. */
export interface Line {
  /** 0-based index; the line number users see is `index + 1`, unless the page was hard-wrapped (see `wrapping`). */
  index: number
  text: string
  /** Words as tokenised by retext-english. */
  words: number
  /** Words in the stopword lists. */
  stopwords: number
  /** Words starting with an upper-case letter. */
  capitalised: number
  /** Words starting with a digit. */
  numeric: number
  /** Han, kana and hangul characters: text in those scripts has no spaces to count words by. */
  cjk: number
  /** Columns (0-based) where sentences start on this line, by retext-english's sentence splitter. */
  sentenceStarts: number[]
  /** A blank line (or the start of the page) comes before it: a paragraph-level block. */
  blankBefore: boolean
  blankAfter: boolean
}

/** What a line was taken to be; `--explain` prints these. */
export type LineLabel =
  | 'blank'
  | 'body'
  | 'headline'
  | 'subtitle'
  | 'kicker'
  | 'byline'
  | 'dateline'
  | 'site'
  | 'credit'
  | 'caption'
  | 'chrome'
  | 'related-heading'
  | 'teaser-kicker'
  | 'teaser-headline'
  | 'teaser-summary'
  | 'teaser-meta'
  | 'other'

export interface LineRole {
  label: LineLabel
  /** The rule that decided it, for `--explain` and bug reports. */
  rule: string
}

/** The zones of the page: header before `bodyStart`, tail from `bodyEnd` on (line indexes). */
export interface Zones {
  bodyStart: number
  bodyEnd: number
}

declare module 'vfile' {
  interface DataMap {
    datePrefix: string | null
    /** The page showed Markdown, whose markup was taken out (see text/markdown.ts). */
    markdown: boolean
    /** How the page's hard-wrapped paragraphs were joined into lines, if they were (see text/unwrap.ts). */
    wrapping: Wrapping | null
    lines: Line[]
    roles: LineRole[]
    zones: Zones
    date: string | null
    site: string | null
    headline: string | null
    subtitle: string | null
    byline: string | null
    authors: string[]
    agencies: string[]
    images: Image[]
    body: string[]
    /** Line index of each body paragraph. */
    bodyLines: number[]
    /** Each body paragraph's tokens, read once for the stages that need them (see bodyTokens). */
    bodyTokens: Token[][]
    quotes: Quote[]
    people: Person[]
    related: Teaser[]
    /** Line index of each teaser's headline. */
    relatedLines: number[]
    truncated: boolean
    referenceDate: Date | null
  }
}
