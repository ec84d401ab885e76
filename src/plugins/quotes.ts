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
/** `Putin said: "Q"` before the opening mark. */
const BEFORE_QUOTE = new RegExp(String.raw`(?:^|[.;]\s)(${SPEAKER}) (${CUE_PATTERN})(?: (${NAME}))?[^"“”«»]{0,40}[:,]\s*$`, 'u')

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
        const partial = span.open > 0 && !/[:,]\s*$/.test(paragraph.slice(0, span.open))
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
  const before = BEFORE_QUOTE.exec(paragraph.slice(0, span.open))
  if (before) {
    return {
      speaker: resolveSpeaker(before[1] ?? null, resolve, lastSpeaker),
      cue: before[2] ?? null,
      addressee: before[3] ? resolve(before[3]) : null
    }
  }
  return undefined
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
