/**
 * The Article: what article-parse gives for every input. JSON output, the JSON
 * Schema, the tests and the README's field table all follow this file.
 */

/** A photo credit and/or caption found near the article. */
export interface Image {
  caption: string | null
  credit: string | null
}

/** A direct quote in the body. */
export interface Quote {
  /** The quoted words without the marks and without a comma that ends them. */
  text: string
  /** The fullest name the article uses for the speaker, without titles; an unnamed source as described. */
  speaker: string | null
  /** The attribution verb or phrase as written (`said`, `told`, `according to`), null for a colon or none. */
  cue: string | null
  /** Who was told (`X told Y`), by the fullest name the article uses. */
  addressee: string | null
  /** Index into `body` of the paragraph where the quote opens. */
  paragraph: number
  /** True for a partial quote woven into reported speech. */
  partial: boolean
}

/** A person mentioned in the article, clustered over all the ways the article names them. */
export interface Person {
  /** The fullest form of the name, without titles or roles. */
  name: string
  /** A title or role written before the name (`Russian President`), if any. */
  role: string | null
  /** How many times the article mentions the person. */
  mentions: number
}

/** A teaser for another article. */
export interface Teaser {
  kicker: string | null
  headline: string
  summary: string | null
  author: string | null
  readingMinutes: number | null
}

/** Something the user should know about how the input was read. */
export interface Warning {
  message: string
  /** 1-based line of the input, null when the warning concerns the whole input. */
  line: number | null
  column: number | null
  /** Identifier of the rule that raised it, such as `encoding` or `no-body`. */
  rule: string
}

export interface Article {
  /** Publication date, `YYYY-MM-DD`, or a full timestamp when the text states a time. */
  date: string | null
  /** The publication's name. */
  site: string | null
  headline: string | null
  /** Standfirst or dek between headline and body. */
  subtitle: string | null
  /** The byline as printed. */
  byline: string | null
  /** People credited in the byline. */
  authors: string[]
  /** News agencies or organisations credited in the byline, and the agencies a credit under the story names (`— with AAP`, `The Associated Press contributed to this report.`). */
  agencies: string[]
  images: Image[]
  /** The article's paragraphs in order. */
  body: string[]
  quotes: Quote[]
  /** Everyone the article mentions by name. */
  people: Person[]
  /** Teasers for other articles, in order. */
  related: Teaser[]
  /** The page text was cut off mid-article or mid-teaser. */
  truncated: boolean
  /** The input's path; null for standard input. */
  source: string | null
  warnings: Warning[]
}

/** The fields of an Article in output order. */
export const ARTICLE_FIELDS = [
  'date',
  'site',
  'headline',
  'subtitle',
  'byline',
  'authors',
  'agencies',
  'images',
  'body',
  'quotes',
  'people',
  'related',
  'truncated',
  'source',
  'warnings'
] as const satisfies ReadonlyArray<keyof Article>
