/**
 * Stage: direct quotes in the body, each with its speaker, cue verb and
 * addressee. Speakers are resolved through the article's people index, so
 * "Putin said" is reported as the fullest name the article uses.
 */
import type {VFile} from 'vfile'
import type {Quote} from '../article.js'
import {CUE_PATTERN, SPEAKER_PRONOUNS} from '../rules/cues.js'
import {nameResolver} from '../text/people.js'
import {quoteSpans, type QuoteSpan} from '../text/quote-marks.js'

/** Quotes shorter than this many words are scare quotes, titles or nicknames. */
const MIN_QUOTE_WORDS = 4

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,4}`
const SPEAKER = String.raw`(?:the |a |an )?(?:${NAME}|he|she|they|[\p{Ll} ]{3,40}?)`
/** `"Q," Putin said` · `"Q," said Putin` · `"Q," Putin told Raisi` after the closing mark. */
const AFTER_QUOTE = new RegExp(
  String.raw`^[,.]?\s*(?:(${SPEAKER}) (${CUE_PATTERN})|(${CUE_PATTERN}) (${SPEAKER}))(?: (${NAME}))?(?=[\s,.;:]|$)`,
  'u'
)
/** `Putin said: "Q"` before the opening mark, tried from the start of each sentence (sticky). */
const BEFORE_QUOTE = new RegExp(String.raw`(${SPEAKER}) (${CUE_PATTERN})(?: (${NAME}))?[^"“”«»]{0,40}[:,]\s*$`, 'uy')
const SENTENCE_BOUNDARY = /[.;]\s/g
/** How far before a quote its attribution is looked for: a speaker, a cue, an addressee, a few more words. */
const ATTRIBUTION_WINDOW = 400

export default function quotes() {
  return (_tree: unknown, file: VFile) => {
    const body = file.data.body ?? []
    const resolve = nameResolver(file.data.people ?? [])
    const found: Quote[] = []
    let lastSpeaker: string | null = null
    body.forEach((paragraph, paragraphIndex) => {
      for (const span of quoteSpans(paragraph)) {
        if (span.close === -1 || span.text.split(/\s+/).length < MIN_QUOTE_WORDS) continue
        const attribution = attribute(paragraph, span, resolve, lastSpeaker)
        if (!attribution) continue
        lastSpeaker = attribution.speaker ?? lastSpeaker
        const partial = span.open > 0 && !/[:,]$/.test(paragraph.slice(0, span.open).trimEnd())
        const {speaker, cue, addressee} = attribution
        found.push({text: cleanQuote(span.text), speaker, cue, addressee, paragraph: paragraphIndex, partial})
      }
    })
    file.data.quotes = found
  }
}

type Attribution = Pick<Quote, 'speaker' | 'cue' | 'addressee'>

type Resolve = (mention: string) => string | null

function attribute(paragraph: string, span: QuoteSpan, resolve: Resolve, lastSpeaker: string | null): Attribution | undefined {
  const after = AFTER_QUOTE.exec(paragraph.slice(span.close + 1))
  if (after) {
    const speaker = after[1] ?? after[4] ?? null
    return {
      speaker: resolveSpeaker(speaker, resolve, lastSpeaker),
      cue: after[2] ?? after[3] ?? null,
      addressee: after[5] ? resolve(after[5]) : null
    }
  }
  const before = attributionBefore(paragraph.slice(0, span.open))
  if (before) {
    return {
      speaker: resolveSpeaker(before[1] ?? null, resolve, lastSpeaker),
      cue: before[2] ?? null,
      addressee: before[3] ? resolve(before[3]) : null
    }
  }
  return undefined
}

/**
 * The attribution that ends right before a quote, starting at the start of
 * the paragraph or of a sentence; the earliest such start wins. Only the
 * last ATTRIBUTION_WINDOW characters are searched, so a paragraph with many
 * quotes is read in linear time.
 */
function attributionBefore(prefix: string): RegExpExecArray | null {
  const windowStart = Math.max(0, prefix.length - ATTRIBUTION_WINDOW)
  const starts = windowStart === 0 ? [0] : []
  for (const boundary of prefix.slice(windowStart).matchAll(SENTENCE_BOUNDARY)) starts.push(windowStart + boundary.index + boundary[0].length)
  for (const start of starts) {
    BEFORE_QUOTE.lastIndex = start
    const match = BEFORE_QUOTE.exec(prefix)
    if (match) return match
  }
  return null
}

function resolveSpeaker(speaker: string | null, resolve: Resolve, lastSpeaker: string | null): string | null {
  if (!speaker) return null
  if (SPEAKER_PRONOUNS.has(speaker.toLowerCase())) return lastSpeaker
  return /^\p{Lu}/u.test(speaker) ? resolve(speaker) : speaker
}

/** The quote's words without a comma that ends them before the attribution. */
function cleanQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/,$/, '')
}
