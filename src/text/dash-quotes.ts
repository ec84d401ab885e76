/**
 * Quotes set as dialogue, as Nordic, Finnish, Russian and Polish papers
 * print them: a paragraph that opens on a dash is the speaker's words, up to
 * the attribution after a comma (`– Vi har blitt glemt, sier ordføreren.`,
 * `— Бригады работают, — сказал Лыков.`, `– … tämä on ennätys, Rautiainen
 * sanoo.`), or the whole paragraph when none follows. A dash after a full
 * stop opens another (`…, sier Lunde. – Men det går.`).
 */
import {CUE_WORDS} from '../rules/cues.js'
import type {QuoteSpan} from './quote-marks.js'
import {trimTrailing} from './trim.js'

/** A paragraph, or a sentence in one, that opens on a dialogue dash. */
const OPENING_DASH = /^[–—] /u
const DASH_AFTER_SENTENCE = /[.!?…] ([–—]) /gu
/**
 * The attribution after a quote opens on its verb or on the speaker just before it (`sier avdelingsleder
 * Kristin Åmot Berge`, `Rautiainen sanoo`, `сказал глава Заречинска Андрей Лыков на заседании …`).
 */
const MAX_WORDS_TO_CUE = 5
const MAX_ATTRIBUTION_WORDS = 16
/**
 * Where an attribution may start: after a comma or a dash (`… benzynowa – relacjonuje pan Henryk`), or after a
 * question or exclamation mark ending the quote.
 */
const ATTRIBUTION_BREAK = /[,?!]| [–—](?= )/gu

/** Some paragraph opens on a dialogue dash: a quick test before the language is looked at. */
export function hasDialogue(paragraphs: readonly string[]): boolean {
  return paragraphs.some((text) => OPENING_DASH.test(text))
}

/** The dialogue quotes of the paragraphs that no quotation mark opens a quote in. */
export function dashQuotes(paragraphs: readonly string[], marked: readonly QuoteSpan[]): QuoteSpan[] {
  const withMarks = new Set(marked.flatMap((span) => [span.paragraph, span.endParagraph]))
  return paragraphs.flatMap((text, paragraph) => (OPENING_DASH.test(text) && !withMarks.has(paragraph) ? paragraphQuotes(text, paragraph) : []))
}

function paragraphQuotes(text: string, paragraph: number): QuoteSpan[] {
  const starts = [0, ...[...text.matchAll(DASH_AFTER_SENTENCE)].map((match) => match.index + match[0].length - 2)]
  return starts.map((open, index) => {
    const next = starts[index + 1]
    const end = next === undefined ? text.length : next - 1
    const words = text.slice(open + 2, end)
    const attribution = attributionStart(words)
    if (attribution === undefined) return {paragraph, open, endParagraph: paragraph, close: next === undefined ? -1 : end, text: words.trim()}
    // The comma or dash stands where a closing mark would; a question or exclamation mark stays the quote's.
    const keepsMark = words.charAt(attribution) === '?' || words.charAt(attribution) === '!'
    const close = open + 2 + attribution + (keepsMark ? 1 : 0)
    return {paragraph, open, endParagraph: paragraph, close, text: words.slice(0, attribution + (keepsMark ? 1 : 0)).trim()}
  })
}

/** Where the attribution at the end of a dialogue quote starts: the last break with a short tail holding a speech verb. */
function attributionStart(words: string): number | undefined {
  const breaks = [...words.matchAll(ATTRIBUTION_BREAK)].map((match) => match.index + match[0].length - 1)
  for (const at of breaks.reverse()) {
    const tail = trimTrailing(words.slice(at + 1).replace(/^[\s–—]+/u, ''), '.!?…').split(' ')
    if (tail.length > MAX_ATTRIBUTION_WORDS) return undefined
    if (tail.slice(0, MAX_WORDS_TO_CUE).some((word) => CUE_WORDS.has(word.toLowerCase()))) return at
  }
  return undefined
}
