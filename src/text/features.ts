/**
 * Judgements about a single line, from the features retext-english counted.
 * Stages combine these with position and neighbours.
 */
import type {Line} from '../data.js'

/** Characters of text in scripts without spaces count as this many words each. */
const CJK_CHARS_PER_WORD = 1.5

/** A full stop at the end, perhaps inside closing quotation marks (`… im Bett.“`). */
const FULL_STOP_END = /\.["'”’“‘»«]*$/u

/** Sentence-final punctuation, or a quote closed after it (`… we were solid.'`, German `… im Bett.“`). */
const TERMINAL = /(?:[.!?…。！？:;)"”’»]|[.!?…]['“‘«])$/u

/** The text ends on a full stop, perhaps inside closing quotation marks (`… im Bett.“`, `… we were solid.'`). */
export function endsOnFullStop(text: string): boolean {
  return FULL_STOP_END.test(text)
}

/** Words, counting CJK characters for scripts that do not separate words. */
export function wordCount(line: Line): number {
  return line.cjk > line.words ? Math.round(line.cjk / CJK_CHARS_PER_WORD) : line.words
}

export function endsSentence(line: Line): boolean {
  return TERMINAL.test(line.text)
}

export function stopwordDensity(line: Line): number {
  return line.words === 0 ? 0 : line.stopwords / line.words
}

/**
 * Running text: several words, function words in the proportion prose has,
 * and a sentence ending (long lines may be cut off mid-sentence).
 */
export function isProse(line: Line): boolean {
  const words = wordCount(line)
  if (line.cjk > line.words) return line.cjk >= 25
  if (words < 8) return false
  // Title-case lines without a full stop are headlines, even long ones.
  if (isTitleCase(line) && !endsOnFullStop(line.text)) return false
  if (stopwordDensity(line) < 0.15 && words < 40) return false
  return endsSentence(line) || words >= 18
}

/** Most words capitalised: headlines in title case, names, menus. */
export function isTitleCase(line: Line): boolean {
  const content = line.words - line.stopwords
  return line.words > 0 && line.capitalised >= Math.max(1, content * 0.75)
}

/** Ends in an abbreviation such as `N.Y.C.` or `U.S.` rather than a full stop. */
const FINAL_ABBREVIATION = /(?:^|\s)(?:\p{Lu}\.){2,}$/u

/** Words of the longest titles: a tabloid's headline tells the whole story in one line. */
const MAX_TITLE_WORDS = 60

/** A heading or headline shape: a handful of words, no full stop at the end. */
export function isTitleLike(line: Line, minWords = 2): boolean {
  const words = wordCount(line)
  const punctuated = /[,;:。，]$/.test(line.text) || (line.text.endsWith('.') && !FINAL_ABBREVIATION.test(line.text))
  return words >= minWords && words <= MAX_TITLE_WORDS && !punctuated && line.text.length <= 400
}

/** Up to `count` non-blank lines after `index`, nearest first. */
export function nextNonBlank(lines: readonly Line[], index: number, count: number): Line[] {
  const found: Line[] = []
  for (let next = index + 1; next < lines.length && found.length < count; next++) {
    const line = lines[next]
    if (line && line.text !== '') found.push(line)
  }
  return found
}

/** Up to `count` non-blank lines before `index`, nearest first. */
export function previousNonBlank(lines: readonly Line[], index: number, count: number): Line[] {
  const found: Line[] = []
  for (let previous = index - 1; previous >= 0 && found.length < count; previous--) {
    const line = lines[previous]
    if (line && line.text !== '') found.push(line)
  }
  return found
}

/** A bulleted or numbered item: `+ Added Slime Block`, `• Ferries cancelled`, `3. Close the lid`. */
const LIST_ITEM = /^(?:[•·▪►▶◆■*+–-]|\d{1,3}[.)]) (?=\S)/u

export function isListItem(line: Line): boolean {
  return LIST_ITEM.test(line.text)
}
