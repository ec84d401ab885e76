/**
 * Text normalisation: the one place where raw page text becomes the text every
 * stage reads. Line numbers are preserved (a CRLF or a lone CR is one line
 * break), so warnings point at the lines of the user's file. What is not text
 * (HTML leftovers, control characters, broken surrogates) is cleaned up here,
 * with a warning saying where.
 */
import type {Warning} from '../article.js'
import {removeHtmlLeftovers} from './html.js'
import {repairMojibake} from './mojibake.js'
import {readMarkdown} from './markdown.js'
import {unwrapLines, type Wrapping} from './unwrap.js'

/** The store's date prefix: ` date YYYY-MM-DD ` at the very start of line 1. */
export const DATE_PREFIX = /^ ?date (\d{4}-\d{2}-\d{2})(?: |$)/

/** Spaces other than the plain one: tab, form feed, NBSP, en/em and thin spaces, ideographic space… */
const ODD_SPACES = /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
/** Characters that carry no text: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
/** Line breaks as editors count them: LF, CRLF, a lone CR, and the Unicode line separators. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/
/** Control characters other than tab, line breaks and form feed (the same set as `isControl`). */
const CONTROL = /[\0-\x08\x0E-\x1F\x7F-\x9F]/g
/** Half of a UTF-16 surrogate pair without the other half: not a character, and not writable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export interface NormalisedText {
  /**
   * Normalised lines joined with `\n`; line N here is line N of the input,
   * unless the input was hard-wrapped: each wrapped paragraph is then one
   * line, and `wrapping` maps the lines back to the input's.
   */
  text: string
  lines: string[]
  /** The page showed Markdown, whose markup was taken out (see `readMarkdown`). */
  markdown: boolean
  wrapping: Wrapping | null
  /** The date of the store's ` date YYYY-MM-DD ` prefix, if line 1 has one. */
  datePrefix: string | null
  /** What was removed or replaced, with the place of the first occurrence. */
  warnings: Warning[]
}

/** Trim a line and collapse its runs of white space; odd spaces become plain ones. */
export function normaliseLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim()
}

/** One kind of cleanup, reported once for the whole input: how often, and where first. */
interface Cleanup {
  counts: number[]
  line: number
  column: number
}

/** What each cleanup says, given its counts; the reason follows the colon. */
const CLEANUP_MESSAGES: Record<string, (counts: number[]) => string> = {
  'control-characters': ([replaced = 0]) => `Replaced ${plural(replaced, 'control character')} with spaces: they are not text`,
  'html-leftovers': ([tags = 0, references = 0]) => {
    const removed = tags > 0 ? [`removed ${plural(tags, 'HTML tag')}`] : []
    const decoded = references > 0 ? [`decoded ${plural(references, 'HTML character reference')}`] : []
    const done = [...removed, ...decoded].join(' and ')
    return `${done.charAt(0).toUpperCase()}${done.slice(1)}: the page's markup was left in its text`
  },
  mojibake: ([repaired = 0]) =>
    `Repaired ${plural(repaired, 'character')} garbled by a wrong encoding ("Ã©" for "é"): the text was UTF-8 read as Windows-1252 before it was saved`,
  'lone-surrogates': ([replaced = 0]) =>
    `Replaced ${plural(replaced, 'unpaired UTF-16 surrogate')} with U+FFFD: half a character cannot be written as text`
}

type RecordCleanup = (rule: string, counts: number[], index: number, at: number) => void

export function normaliseText(raw: string): NormalisedText {
  const lines = raw.split(LINE_BREAK)
  let datePrefix: string | null = null
  let prefixLength = 0
  const prefix = DATE_PREFIX.exec(lines[0] ?? '')
  if (prefix) {
    datePrefix = prefix[1] ?? null
    prefixLength = prefix[0].length
    lines[0] = (lines[0] ?? '').slice(prefixLength)
  }
  const cleanups = new Map<string, Cleanup>()
  const record: RecordCleanup = (rule, counts, index, at) => {
    const found = cleanups.get(rule)
    if (found) counts.forEach((count, kind) => (found.counts[kind] = (found.counts[kind] ?? 0) + count))
    else cleanups.set(rule, {counts, line: index + 1, column: at + 1 + (index === 0 ? prefixLength : 0)})
  }
  // Wrapping went by the lines as saved, and may break a line inside a Markdown link: lines are joined first.
  const unwrapped = unwrapLines(
    lines.map((line, index) => normaliseLine(cleanLine(line, index, record))),
    lines
  )
  const plain = readMarkdown(unwrapped.lines)
  const warnings = [...cleanups].map(([rule, {counts, line, column}]): Warning => {
    const message = CLEANUP_MESSAGES[rule]?.(counts) ?? rule
    return {message, line, column, rule}
  })
  if (isJson(raw)) warnings.push({message: JSON_INPUT_MESSAGE, line: null, column: null, rule: 'json-input'})
  const text = joinDropCaps(plain ?? unwrapped.lines)
  const single = singleLine(text)
  if (single) warnings.push({message: singleLineMessage(single.length), line: single.line, column: null, rule: 'single-line'})
  return {text: text.join('\n'), lines: text, markdown: plain !== null, wrapping: unwrapped.wrapping, datePrefix, warnings}
}

/** A drop cap saved on a line of its own: a capital other than the words `A` and `I`. */
const DROP_CAP = /^[B-HJ-Z]$/
const STARTS_LOWER_CASE = /^\p{Ll}/u

/**
 * `T` over `he river had been rising …`: a feature's drop cap, saved on a
 * line of its own, goes back to its word. The line it stood on is left
 * blank, so the lines keep their numbers.
 */
function joinDropCaps(lines: readonly string[]): string[] {
  const isDropCap = (index: number) => DROP_CAP.test(lines[index] ?? '') && STARTS_LOWER_CASE.test(lines[index + 1] ?? '')
  return lines.map((line, index) => (isDropCap(index) ? '' : isDropCap(index - 1) ? `${lines[index - 1]}${line}` : line))
}

const JSON_INPUT_MESSAGE =
  "The input is JSON, not a page's text, and was read as text: for JSON records, one per line, use --input-format jsonl (and --text-field)"

/**
 * JSON where a page's text was expected: a JSONL dump piped in without
 * `--input-format jsonl`, or a scraper's record saved as a file. Its first
 * line, or the whole of it, is a JSON object or array; no page starts so.
 */
function isJson(raw: string): boolean {
  const start = raw.trimStart()
  if (!start.startsWith('{') && !start.startsWith('[')) return false
  return [start.split('\n', 1)[0] ?? '', start].some((candidate) => {
    try {
      return typeof JSON.parse(candidate) === 'object'
    } catch {
      return false
    }
  })
}

/** A page this long on one line lost its line breaks before it was saved; a shorter one may be a note or a teaser. */
const SINGLE_LINE_CHARS = 2000

/** The page's only non-blank line, when it is long enough to have been a whole page. */
function singleLine(lines: readonly string[]): {line: number; length: number} | undefined {
  const nonBlank = lines.flatMap((text, index) => (text === '' ? [] : [{line: index + 1, length: text.length}]))
  return nonBlank.length === 1 && (nonBlank[0]?.length ?? 0) >= SINGLE_LINE_CHARS ? nonBlank[0] : undefined
}

function singleLineMessage(length: number): string {
  return `The page is one line of ${length.toLocaleString('en')} characters: its line breaks were lost before it was saved, so its headline, byline and paragraphs cannot be told apart and it is read as one paragraph`
}

/** Replace what is not text in one raw line, recording what was done. */
function cleanLine(line: string, index: number, record: RecordCleanup): string {
  // First: a garbled sequence may hold the C1 controls that the next step replaces.
  const mojibake = repairMojibake(line)
  if (mojibake.repaired > 0) record('mojibake', [mojibake.repaired], index, mojibake.first)
  let text = mojibake.text
  const control = text.search(CONTROL)
  if (control !== -1) {
    let replaced = 0
    text = text.replace(CONTROL, () => (replaced++, ' '))
    record('control-characters', [replaced], index, control)
  }
  if (text.includes('<') || text.includes('&')) {
    const html = removeHtmlLeftovers(text)
    if (html.first !== -1) record('html-leftovers', [html.tags, html.entities], index, html.first)
    text = html.text
  }
  const surrogate = text.search(LONE_SURROGATE)
  if (surrogate !== -1) {
    let replaced = 0
    text = text.replace(LONE_SURROGATE, () => (replaced++, '\uFFFD'))
    record('lone-surrogates', [replaced], index, surrogate)
  }
  return text
}

/** Line and column (1-based) of an index into raw text, counting line breaks as `normaliseText` does. */
export function positionAt(text: string, index: number): {line: number; column: number} {
  const before = text.slice(0, index).split(LINE_BREAK)
  return {line: before.length, column: (before[before.length - 1] ?? '').length + 1}
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
