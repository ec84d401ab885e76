/**
 * Stage: direct quotes in the body, each with its speaker, cue and addressee.
 *
 * Every quoted stretch is a candidate. It is a quote when the narrative
 * attributes it (a cue verb or an introducing colon in its sentence), or
 * when it stands as a sentence of its own right after an attributed quote,
 * whose speaker it inherits. Stretches woven into a sentence without a cue
 * are scare quotes, titles or nicknames; title-cased ones are titles.
 * Speakers are resolved through the article's people index, so "Putin said"
 * is reported as the fullest name the article uses, and "he said" as the
 * person it stands for.
 */
import type {VFile} from 'vfile'
import type {Quote} from '../article.js'
import {STOPWORDS} from '../rules/stopwords.js'
import {attributionAfter, attributionBefore, type Attribution, type Narrative} from '../text/attribution.js'
import {indexPeople} from '../text/people.js'
import {dashQuotes, hasDialogue} from '../text/dash-quotes.js'
import {isEnglish} from '../text/dates.js'
import {findQuotes, isNickname, piecesByParagraph, withoutNicknames, type QuoteSpan, type StrayMark} from '../text/quote-marks.js'
import {isCredible, resolveAddressee, resolveSpeaker, type ArticleText} from '../text/speakers.js'
import {indexBefore, isCapitalised, maskQuotes, sentenceStarts, tokenAt, tokenize} from '../text/words.js'
import {bodyTokens} from './people.js'

/** Quotes woven into a sentence need this many words; shorter ones are scare quotes, titles, names. */
const MIN_PARTIAL_WORDS = 4
/** An attributed quote standing as a sentence needs this many (`"I'm not," he said`). */
const MIN_WHOLE_WORDS = 2
/** A quote that stands alone needs this many words to continue an earlier one. */
const MIN_INHERITED_WORDS = 3
/** A quote inherits the speaker of one at most this many paragraphs before. */
const MAX_INHERIT_DISTANCE = 2
/** Paragraphs of the body read to tell its language. */
const LANGUAGE_SAMPLE_PARAGRAPHS = 10
/** Unbalanced marks reported one by one; the rest are counted in one warning. */
const MAX_STRAY_WARNINGS = 10
/** Characters of CJK text that make a word, for counting words in scripts without spaces. */
const CJK_CHARS_PER_WORD = 1.5

/** Speakers that stand for another of the speaker before: `another`, `a second`. */
const ELLIPTICAL = new Set(['another', 'a second', 'a third', 'the other'])
/** A capitalised word after the first: `Cross the Bay for Less` has three. */
const INNER_CAPITAL = /\s\P{L}{0,3}\p{Lu}/gu
/** Where a word of letters or digits starts. */
const WORD_START = /(?:^|\s)\P{L}{0,3}[\p{L}\p{N}]/gu
const HAN = /\p{Script=Han}/u
/** A character of Chinese or Japanese (kanji and kana), which are written without spaces. */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu

interface Found {
  quote: Quote
  endParagraph: number
}

export default function quotes() {
  return (_tree: unknown, file: VFile) => {
    const body = file.data.body ?? []
    const marked = findQuotes(body)
    reportStray(file, marked.stray)
    // Dialogue dashes open quotes in other languages only: in English such a paragraph is a list's item.
    const dialogue = hasDialogue(body) && !isEnglish(body.slice(0, LANGUAGE_SAMPLE_PARAGRAPHS).join(' ')) ? dashQuotes(body, marked.spans) : []
    const spans = [...marked.spans, ...dialogue].sort((a, b) => a.paragraph - b.paragraph || a.open - b.open)
    file.data.quotes = spans.length === 0 ? [] : readQuotes(file, body, spans)
  }
}

function readQuotes(file: VFile, body: readonly string[], allSpans: readonly QuoteSpan[]): Quote[] {
  const nicknames = allSpans.filter((span) => isNickname(span, body))
  const spans = allSpans.filter((span) => !nicknames.includes(span))
  const pieces = piecesByParagraph(spans, body)
  const nicknamePieces = nicknames.length === 0 ? [] : piecesByParagraph(nicknames, body)
  const unmasked = bodyTokens(file)
  const narratives: Narrative[] = body.map((text, index) => {
    const quoted = pieces[index] ?? []
    const named = nicknamePieces[index] ?? []
    if (quoted.length === 0 && named.length === 0) return {text, tokens: unmasked[index] ?? tokenize(text)}
    const masked = maskQuotes(withoutNicknames(text, named), quoted)
    return {text: masked, tokens: tokenize(masked)}
  })
  const article: ArticleText = {
    narratives,
    sentenceStarts: narratives.map((narrative, index) => sentenceStarts(body[index] ?? '', narrative.tokens)),
    // Names inside quotes are not the narrative's: "he said" stands for someone the narrative named.
    people: indexPeople(
      narratives.map((narrative) => narrative.text),
      narratives.map((narrative) => narrative.tokens)
    ),
    writer: file.data.authors?.length === 1 ? (file.data.authors[0] ?? null) : null
  }
  const found: Found[] = []
  for (const span of spans) {
    const quote = readQuote(span, article, body, found.at(-1))
    if (quote) found.push({quote, endParagraph: span.endParagraph})
  }
  return found.map(({quote}) => quote)
}

function readQuote(span: QuoteSpan, article: ArticleText, body: readonly string[], previous: Found | undefined): Quote | null {
  const text = cleanQuote(span.text)
  const narrative = article.narratives[span.paragraph]
  if (!narrative || text === '' || isTitle(text) || isCodeString(body[span.paragraph] ?? '', span.open)) return null
  const quoteToken = tokenAt(narrative.tokens, span.open)
  const sentenceStart = lastAtOrBefore(article.sentenceStarts[span.paragraph] ?? [0], quoteToken)
  const standsAlone = sentenceStart === quoteToken
  const introduced = !standsAlone && /^[:：,，]$/u.test(narrative.tokens[quoteToken - 1]?.text ?? '')
  const after = attributionAfterSpan(span, article, text)
  // Woven into a sentence: a partial quote, or else a scare quote, a title or a name. A quote a particle hands
  // to its verb (`"…"고 말했다`) is set inside its sentence as a whole quote.
  const embedded = !standsAlone && !introduced && !after?.particle
  const words = wordCount(text)
  // `X of "The Oatmeal" wrote a comic`: a verb after a quote inside a sentence is that sentence's, not an inverted cue.
  const before = attributionBefore(narrative, sentenceStart, quoteToken)
  // `X said: "Q."` is attributed before the quote, whatever the next sentence says.
  const colon = narrative.tokens[quoteToken - 1]?.text === ':' && before?.speaker
  const found = colon ? before : chooseAttribution(embedded && after?.inverted ? null : after, before)
  const attribution = found && isCredible(found, span.paragraph, article.people) ? found : null
  const quote = (speaker: string | null): Quote => ({
    text,
    speaker,
    cue: attribution?.cue ?? null,
    addressee: attribution?.addressee ? resolveAddressee(attribution.addressee, span.paragraph, article) : null,
    paragraph: span.paragraph,
    partial: embedded && /^[\p{Ll}…]/u.test(text)
  })
  if (attribution?.speaker) {
    if (words < (embedded ? MIN_PARTIAL_WORDS : MIN_WHOLE_WORDS)) return null
    return quote(completeEllipsis(resolveSpeaker(attribution.speaker, span.paragraph, article), previous?.quote.speaker ?? null))
  }
  if (embedded || words < MIN_INHERITED_WORDS) return null
  // `«…», añadió.`, `その上で「…」と述べました。`: a verb without its subject, as Spanish, Polish, Russian or Japanese
  // write it, for the person just named.
  const subject = attribution?.subjectless ? article.people.lastPersonBefore({paragraph: span.paragraph, offset: span.open}, null) : null
  if (subject && subject.paragraph >= span.paragraph - 1) return quote(subject.name)
  const inherited = inheritedSpeaker(span, previous, article, standsAlone)
  return inherited === undefined ? null : {...quote(inherited.speaker), cue: attribution?.cue ?? inherited.cue}
}

/** `One survey respondent said …, while another said …`: `another` is another of the same. */
function completeEllipsis(speaker: string | null, previous: string | null): string | null {
  if (!speaker || !previous || !ELLIPTICAL.has(speaker.toLowerCase())) return speaker
  const kind = /^(?:one|a|an) (.+)$/iu.exec(previous)?.[1]
  return kind ? `${speaker} ${kind}` : speaker
}

/** The attribution after the closing mark; after a quote that ends a sentence, only a short `X said`. */
function attributionAfterSpan(span: QuoteSpan, article: ArticleText, text: string): Attribution | null {
  const narrative = article.narratives[span.endParagraph]
  if (span.close === -1 || !narrative) return null
  const quoteToken = tokenAt(narrative.tokens, span.close)
  const attribution = attributionAfter(narrative, quoteToken)
  const endsSentence = /[.!?…]$/u.test(text) && isCapitalised(narrative.tokens[quoteToken + 1])
  // `"Q." Then the mayor said …` and `"Q." He later told me the meeting had lasted …` start sentences of their own;
  // `"Q?" asked X` and `"Q." Kaplan says.` do not.
  return attribution && (!endsSentence || (attribution.immediate && !attribution.reportsSpeech)) ? attribution : null
}

/**
 * The text after the quote attributes it when speaker and cue follow it
 * straight away, or when the sentence before names nobody; in `X said in a
 * memo that the "Q" as prices fell, Y reported` the sentence's own cue wins.
 */
function chooseAttribution(after: Attribution | null, before: Attribution | null): Attribution | null {
  if (after?.speaker && (after.immediate || !before?.speaker)) return after
  if (before?.speaker) return before
  return after ?? before
}

/**
 * The speaker of a quote with no attribution of its own: the quote before it
 * in the same paragraph; for a paragraph that opens with a quote, the one who
 * introduced it with a colon at the end of the paragraph before, or the
 * speaker of a quote just before; else the person the narrative just named
 * (`Charles Schultze once summed it up. "Q."`). Undefined when it continues
 * nobody.
 */
function inheritedSpeaker(span: QuoteSpan, previous: Found | undefined, article: ArticleText, standsAlone: boolean): Inherited | undefined {
  if (previous && previous.endParagraph === span.paragraph) return {speaker: previous.quote.speaker, cue: null}
  const introducer = span.open === 0 ? colonIntroduction(span.paragraph - 1, article) : undefined
  if (introducer?.speaker) return introducer
  if (span.open === 0 && previous && span.paragraph - previous.endParagraph <= MAX_INHERIT_DISTANCE) return {speaker: previous.quote.speaker, cue: null}
  const topic = standsAlone || introducedInChinese(span, article) ? topicPerson(span, article) : undefined
  // A paragraph ending with a colon introduces the quote even when it names no one.
  return topic ? {speaker: topic, cue: null} : introducer
}

/** A speaker taken from elsewhere, with the cue that introduced the quote (`wrote her final entry:`). */
interface Inherited {
  speaker: string | null
  cue: string | null
}

/** The speaker a paragraph ending with a colon introduces (`The keeper wrote her final entry:`), null when unnamed. */
function colonIntroduction(paragraph: number, article: ArticleText): Inherited | undefined {
  const narrative = article.narratives[paragraph]
  if (!narrative || !/^[:：]$/u.test(narrative.tokens.at(-1)?.text ?? '')) return undefined
  const end = narrative.tokens.length
  const attribution = attributionBefore(narrative, lastAtOrBefore(article.sentenceStarts[paragraph] ?? [0], end - 1), end)
  const speaker = attribution && isCredible(attribution, paragraph, article.people) ? attribution.speaker : null
  return {speaker: speaker ? resolveSpeaker(speaker, paragraph, article) : null, cue: attribution?.cue ?? null}
}

/** `卢宇有着自己的看法，“Q”`: in Chinese a comma, not a colon, hands over to the quote. */
function introducedInChinese(span: QuoteSpan, article: ArticleText): boolean {
  const narrative = article.narratives[span.paragraph]
  return narrative?.tokens[tokenAt(narrative.tokens, span.open) - 1]?.text === '，'
}

/**
 * The person named last in the narrative just before a sentence-long quote:
 * earlier in its paragraph, or in the paragraph before when the quote opens
 * its own. Only for quotes that are sentences (`"Q."`), not for names and
 * fragments.
 */
function topicPerson(span: QuoteSpan, article: ArticleText): string | undefined {
  if (!/[.!?…。！？]$/u.test(span.text) || wordCount(span.text) < MIN_PARTIAL_WORDS) return undefined
  const named = article.people.lastPersonBefore({paragraph: span.paragraph, offset: span.open}, null)
  return named && named.paragraph >= span.paragraph - (span.open === 0 ? 1 : 0) ? named.name : undefined
}

/** The quote's words (spaces already collapsed) without a comma that ends them before the attribution. */
function cleanQuote(text: string): string {
  return /[,，]$/u.test(text) ? text.slice(0, -1).trimEnd() : text
}

/**
 * A title of a work, a slogan or a name: capitalised words with only
 * function words between them, and no sentence ending (`A Paradise Built in
 * Hell`, `Brendan Eich Steps Down as Mozilla CEO`).
 */
function isTitle(text: string): boolean {
  if (endsWithSentenceMark(text) || countUpTo(text, INNER_CAPITAL, 2) < 2) return false
  const words = text.split(' ').map((word) => word.replace(/^\P{L}+/u, '')).filter((word) => /^\p{L}/u.test(word))
  return words.every((word) => /^\p{Lu}/u.test(word) || STOPWORDS.has(word.toLowerCase()))
}

/** Matches of a global pattern in the text, counting no further than `limit`. */
function countUpTo(text: string, pattern: RegExp, limit: number): number {
  let count = 0
  for (const _ of text.matchAll(pattern)) if (++count >= limit) break
  return count
}

/** A string passed to a function in code shown in the body: `it("…")`, `alert("…")`. */
function isCodeString(paragraph: string, open: number): boolean {
  return /[\w$]\($/u.test(paragraph.slice(Math.max(0, open - 2), open))
}

function wordCount(text: string): number {
  const words = countUpTo(text, WORD_START, Infinity)
  const cjk = HAN.test(text) ? countUpTo(text, CJK_CHARACTER, Infinity) : 0
  return cjk > words ? Math.round(cjk / CJK_CHARS_PER_WORD) : words
}

function lastAtOrBefore(sorted: readonly number[], at: number): number {
  return sorted[indexBefore(sorted, at + 1)] ?? 0
}

function reportStray(file: VFile, stray: readonly StrayMark[]): void {
  const lines = file.data.bodyLines ?? []
  for (const mark of stray.slice(0, MAX_STRAY_WARNINGS)) {
    const line = (lines[mark.paragraph] ?? 0) + 1
    file.message(`Unbalanced quotation mark: ${mark.mark} is never closed; the quote is read to the end of its paragraph`, {
      place: {line, column: mark.offset + 1},
      ruleId: 'unbalanced-quote',
      source: 'article-parse'
    })
  }
  if (stray.length > MAX_STRAY_WARNINGS) {
    file.message(`${stray.length - MAX_STRAY_WARNINGS} more unbalanced quotation marks`, {ruleId: 'unbalanced-quote', source: 'article-parse'})
  }
}

/** A sentence mark among the characters after the last letter (`Hell."`). */
function endsWithSentenceMark(text: string): boolean {
  let end = text.length
  while (end > 0 && !/\p{L}/u.test(text.charAt(end - 1))) end--
  return /[.!?…]/u.test(text.slice(end))
}
