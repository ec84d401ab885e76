/**
 * Text normalisation: the one place where raw page text becomes the text every
 * stage reads. Line numbers are preserved (a CRLF or a lone CR is one line
 * break), so warnings point at the lines of the user's file.
 */

/** The store's date prefix: ` date YYYY-MM-DD ` at the very start of line 1. */
export const DATE_PREFIX = /^ ?date (\d{4}-\d{2}-\d{2})(?: |$)/

/** Spaces other than the plain one: tab, form feed, NBSP, en/em and thin spaces, ideographic space… */
const ODD_SPACES = /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
/** Characters that carry no text: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
/** Line breaks as editors count them: LF, CRLF, a lone CR, and the Unicode line separators. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/

export interface NormalisedText {
  /** Normalised lines joined with `\n`; line N here is line N of the input. */
  text: string
  lines: string[]
  /** The date of the store's ` date YYYY-MM-DD ` prefix, if line 1 has one. */
  datePrefix: string | null
}

/** Trim a line and collapse its runs of white space; odd spaces become plain ones. */
export function normaliseLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim()
}

export function normaliseText(raw: string): NormalisedText {
  const lines = raw.split(LINE_BREAK)
  let datePrefix: string | null = null
  const prefix = DATE_PREFIX.exec(lines[0] ?? '')
  if (prefix) {
    datePrefix = prefix[1] ?? null
    lines[0] = (lines[0] ?? '').slice(prefix[0].length)
  }
  const normalised = lines.map(normaliseLine)
  return {text: normalised.join('\n'), lines: normalised, datePrefix}
}
