/**
 * Reading one date out of a line with chrono-node. Only dates whose day,
 * month and year the text states are accepted (a relative date counts when
 * the user gave a reference date), and a time is kept only when the text
 * states one. English is tried first; the other languages chrono-node knows
 * are loaded the first time a line needs them.
 */
import {createRequire} from 'node:module'
import type {Chrono, ParsedComponents, ParsedResult} from 'chrono-node'
import * as english from 'chrono-node/en'
import {
  DATE_IN_TEXT,
  DATE_REWRITES,
  DETAIL_SEPARATOR,
  EARLIEST_YEAR,
  FOREIGN_DATE,
  LOCALE_MONTHS,
  MAX_DATE_LEAD,
  NOT_A_PUBLICATION_DATE,
  PARSERS_NEEDING_WORDS,
  RELATIVE_DATE
} from '../rules/dates.js'
import {NOT_ENGLISH, ONLY_ENGLISH} from '../rules/stopwords.js'
import {remembered} from './remembered.js'

/** The stretch around a date mention handed to chrono-node (which is slow on long text). */
const BEFORE_MENTION = 40
const AFTER_MENTION = 80
const DAY_FIRST = /\b\d{1,2}(?:\.\d{1,2}\.\d{2,4}|-\d{1,2}-\d{4})\b/
/** Words of running text read to tell whether a page is in English. */
const LANGUAGE_SAMPLE_WORDS = 400

/** Whether `text` uses more of English's own function words than of the other languages'. */
export function isEnglish(text: string): boolean {
  let english = 0
  let other = 0
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u, LANGUAGE_SAMPLE_WORDS)) {
    if (ONLY_ENGLISH.has(word)) english++
    else if (NOT_ENGLISH.has(word)) other++
  }
  return english >= other
}

/** A stated time: `8:02`, `8 pm`, `12h55`. */
const STATED_TIME = /\d:\d\d|\d\s?[ap]\.?m\b|\dh\d\d/i
/** chrono-node's other languages, in the order tried when a date names none of their months. */
const OTHER_LOCALES = ['fr', 'es', 'pt', 'de', 'it', 'nl', 'zh', 'ja'] as const
type Locale = (typeof OTHER_LOCALES)[number]

/** A month name of the locale's language, as a whole word. */
const LOCALE_MONTH_NAME = new Map(
  Object.entries(LOCALE_MONTHS).map(([locale, names]) => [locale, new RegExp(String.raw`(?<!\p{L})(?:${names.join('|')})(?!\p{L})`, 'iu')])
)

/** The locales to try on a date, those whose month names it uses first: each reading costs about a millisecond. */
function localesFor(text: string): readonly Locale[] {
  const named = OTHER_LOCALES.filter((locale) => LOCALE_MONTH_NAME.get(locale)?.test(text))
  return named.length === 0 ? OTHER_LOCALES : [...named, ...OTHER_LOCALES.filter((locale) => !named.includes(locale))]
}

/**
 * The English readers without the parsers of PARSERS_NEEDING_WORDS, for texts
 * without their words: they find the same dates, and a one-page run does not
 * compile those parsers' patterns, the longest chrono-node has (tens of ms).
 */
const fullEnglish = {GB: english.GB, casual: english.casual}
const leanEnglish = {GB: withoutWordParsers(english.GB), casual: withoutWordParsers(english.casual)}

function withoutWordParsers(chrono: Chrono): Chrono {
  const lean = chrono.clone()
  lean.parsers = lean.parsers.filter((parser) => !PARSERS_NEEDING_WORDS.some(({parser: name}) => parser.constructor.name === name))
  return lean
}

const requireLocale = createRequire(import.meta.url)
const loadedLocales = new Map<string, Chrono>()

/** Every written or relative date has a digit or says "ago": most lines are ruled out by this alone. */
const DATE_HINT = /\d|\bago\b/
const DIGIT = /\d/
/**
 * The first written date (`24 July 2015`) in the text. A written date has a
 * digit at most MAX_DATE_LEAD characters from its start, so none starts
 * earlier than that before the first digit: the search skips the words
 * before it, where trying every month name at every letter is the slow part.
 */
const writtenDate = remembered((text: string): RegExpExecArray | null => {
  const digit = DIGIT.exec(text)
  if (!digit) return null
  DATE_IN_TEXT.lastIndex = Math.max(0, digit.index - MAX_DATE_LEAD)
  return DATE_IN_TEXT.exec(text)
})

/** The text has a written date (`24 July 2015`, `2019-11-20`). */
export function hasWrittenDate(text: string): boolean {
  return writtenDate(text) !== null
}

/** Where a written date (`24 July 2015`) or a relative one (`2 hours ago`) appears in the text. */
export function dateMention(text: string): RegExpExecArray | null {
  if (!DATE_HINT.test(text)) return null
  return writtenDate(text) ?? RELATIVE_DATE.exec(text)
}

/** What the text says before the date it mentions (a label: `Published `, `posted on `), if it mentions one. */
export function textBeforeDate(text: string): string | undefined {
  const mention = dateMention(text)
  return mention ? text.slice(0, mention.index) : undefined
}

/** Words of a label before the date on a date line: `Published On`, `posted on`, `Updated`. */
const MAX_WORDS_BEFORE_DATE = 3
/** A time before the date (`Published: 6:04 PM EST March 4, 2027`), which is no word of the label. */
const TIME_BEFORE_DATE = /\b\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4}\b)?/gu

/**
 * The text, or one of its parts set apart by `·` or `|`, opens on the date
 * it mentions after a short label and a time at most (`Updated Mar 4, 2027
 * at 10:00 AM ET`, `Published: 6:04 PM EST March 4, 2027`, `Jane Roe ·
 * Posted: Mar 4, 2027`): a date line, not a sentence that names a date
 * (`… owners have until June 30th`).
 */
export function opensOnDate(text: string): boolean {
  return text.split(DETAIL_SEPARATOR).some((part) => {
    const before = textBeforeDate(part)
    return before !== undefined && before.replace(TIME_BEFORE_DATE, '').split(' ').filter(Boolean).length <= MAX_WORDS_BEFORE_DATE
  })
}

/** The text mentions a date. */
export function mentionsDate(text: string): boolean {
  return dateMention(text) !== null
}

export interface FoundDate {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with the offset when the text states a time. */
  value: string
  /** Where the date starts in the line. */
  index: number
  text: string
}

/**
 * The first complete date in `text`, if any. `dayFirst`: the page is not in
 * English, so `04/03/2024` is 4 March, as everywhere but the US.
 */
export function findDate(text: string, referenceDate: Date | null, dayFirst = false): FoundDate | undefined {
  const mention = dateMention(text)
  if (!mention) return undefined
  // A relative date alone ("3 hours ago") dates nothing without a reference date: chrono-node, whose
  // first reading of such a line builds its parsers for every locale (over 100 ms), is not asked.
  if (!referenceDate && !hasWrittenDate(text)) return undefined
  const from = Math.max(0, mention.index - BEFORE_MENTION)
  const window = text.slice(from, mention.index + AFTER_MENTION)
  const found = findDateIn(window, referenceDate, dayFirst)
  return found && {...found, index: found.index + from}
}

function findDateIn(text: string, referenceDate: Date | null, dayFirst: boolean): FoundDate | undefined {
  const sample = DATE_REWRITES.reduce(
    (rewritten, [pattern, replacement]) => (typeof replacement === 'string' ? rewritten.replace(pattern, replacement) : rewritten.replace(pattern, replacement)),
    text
  )
  // Dotted and dashed numeric dates are day-first outside the US (08.04.2015 and 08-04-2015 are 8 April);
  // the US writes 04/08/2015.
  const english = PARSERS_NEEDING_WORDS.some(({words}) => words.test(sample)) ? fullEnglish : leanEnglish
  const parsers = dayFirst || DAY_FIRST.test(sample) ? [english.GB, english.casual] : [english.casual]
  const found = firstComplete(parsers, sample, referenceDate)
  if (found || !FOREIGN_DATE.test(text)) return found
  for (const locale of localesFor(text)) {
    const inLocale = firstComplete([localeParser(locale)], sample, referenceDate)
    if (inLocale) return inLocale
  }
  return undefined
}

function firstComplete(parsers: Chrono[], sample: string, referenceDate: Date | null): FoundDate | undefined {
  for (const parser of parsers) {
    for (const result of parser.parse(sample, referenceDate ?? new Date(), {forwardDate: false})) {
      const value = dateValue(result, referenceDate)
      if (value) return {value, index: result.index, text: result.text}
    }
  }
  return undefined
}

function dateValue(result: ParsedResult, referenceDate: Date | null): string | undefined {
  // "now", "tomorrow", "in 2 days" are read against the clock: never a page's date.
  if (NOT_A_PUBLICATION_DATE.test(result.text)) return undefined
  const relative = RELATIVE_DATE.test(result.text)
  if (relative && !referenceDate) return undefined
  if (!relative && !isComplete(result.start)) return undefined
  return formatDate(result.start, !relative && STATED_TIME.test(result.text))
}

function localeParser(locale: Locale): Chrono {
  let parser = loadedLocales.get(locale)
  if (!parser) {
    parser = (requireLocale(`chrono-node/${locale}`) as {casual: Chrono}).casual
    loadedLocales.set(locale, parser)
  }
  return parser
}

function isComplete(components: ParsedComponents): boolean {
  return components.isCertain('day') && components.isCertain('month') && components.isCertain('year')
}

function formatDate(components: ParsedComponents, withTime: boolean): string | undefined {
  const year = components.get('year')
  const month = components.get('month')
  const day = components.get('day')
  if (year === null || month === null || day === null || year < EARLIEST_YEAR) return undefined
  const date = `${year}-${pad(month)}-${pad(day)}`
  if (!withTime || !components.isCertain('hour')) return date
  const time = `${pad(components.get('hour') ?? 0)}:${pad(components.get('minute') ?? 0)}`
  const offset = components.isCertain('timezoneOffset') ? formatOffset(components.get('timezoneOffset') ?? 0) : ''
  return `${date}T${time}${offset}`
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z'
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
