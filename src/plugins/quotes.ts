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
import {attributionAfter, attributionBefore, DEFINITE_ARTICLES, subjectOf, type Attribution, type Mention} from '../text/attribution.js'
import {MESSAGES, PLURAL_PRONOUNS, THING_PRONOUNS} from '../rules/cues.js'
import {FEMININE, MASCULINE, NOT_PERSON_WORDS, ROLE_NOUNS, SPEAKER_NOUNS} from '../rules/people.js'
import {STOPWORDS} from '../rules/stopwords.js'
import {indexBefore, indexPeople, mentionWords, type Gender, type PeopleIndex, type Place} from '../text/people.js'
import {findQuotes, piecesByParagraph, type QuoteSpan, type StrayMark} from '../text/quote-marks.js'
import {maskQuotes, sentenceStarts} from '../text/words.js'

/** Quotes woven into a sentence need this many words; shorter ones are scare quotes, titles, names. */
const MIN_PARTIAL_WORDS = 4
/** An attributed quote standing as a sentence needs this many (`"I'm not," he said`). */
const MIN_WHOLE_WORDS = 2
/** A quote that stands alone needs this many words to continue an earlier one. */
const MIN_INHERITED_WORDS = 3
/** A quote inherits the speaker of one at most this many paragraphs before. */
const MAX_INHERIT_DISTANCE = 2
/** Unbalanced marks reported one by one; the rest are counted in one warning. */
const MAX_STRAY_WARNINGS = 10
/** Characters of CJK text that make a word, for counting words in scripts without spaces. */
const CJK_CHARS_PER_WORD = 1.5

interface Context {
  body: readonly string[]
  masked: readonly string[]
  starts: readonly number[][]
  people: PeopleIndex
  writer: string | null
}

interface Found {
  quote: Quote
  endParagraph: number
}

export default function quotes() {
  return (_tree: unknown, file: VFile) => {
    const body = file.data.body ?? []
    const {spans, stray} = findQuotes(body)
    reportStray(file, stray)
    const pieces = piecesByParagraph(spans, body)
    const masked = body.map((text, index) => maskQuotes(text, pieces[index] ?? []))
    const context: Context = {
      body,
      masked,
      starts: body.map((text, index) => sentenceStarts(text, masked[index] ?? text)),
      // Names inside quotes are not the narrative's: "he said" stands for someone the narrative named.
      people: indexPeople(masked),
      writer: file.data.authors?.length === 1 ? (file.data.authors[0] ?? null) : null
    }
    const found: Found[] = []
    for (const span of spans) {
      const quote = readQuote(span, context, found.at(-1))
      if (quote) found.push({quote, endParagraph: span.endParagraph})
    }
    file.data.quotes = found.map(({quote}) => quote)
  }
}

function readQuote(span: QuoteSpan, context: Context, previous: Found | undefined): Quote | null {
  const text = cleanQuote(span.text)
  if (text === '' || isTitle(text) || isCodeString(context.body[span.paragraph] ?? '', span.open)) return null
  const masked = context.masked[span.paragraph] ?? ''
  const sentenceStart = lastAtOrBefore(context.starts[span.paragraph] ?? [0], span.open)
  const before = masked.slice(sentenceStart, span.open)
  const standsAlone = before.trim() === ''
  const introduced = /[:：,，]\s*$/u.test(before)
  // Woven into a sentence: a partial quote, or else a scare quote, a title or a name.
  const embedded = !standsAlone && !introduced
  const partial = embedded && /^[\p{Ll}…]/u.test(text)
  const words = wordCount(text)
  const after = attributionAfterSpan(span, context, text)
  // `X of "The Oatmeal" wrote a comic`: a verb after a quote inside a sentence is that sentence's, not an inverted cue.
  const found = chooseAttribution(embedded && after?.inverted ? null : after, attributionBefore(before, sentenceStart))
  const attribution = found && isCredible(found, span.paragraph, context) ? found : null
  const quote = (speaker: string | null): Quote => ({
    text,
    speaker,
    cue: attribution?.cue ?? null,
    addressee: attribution?.addressee ? resolveAddressee(attribution.addressee, span.paragraph, context) : null,
    paragraph: span.paragraph,
    partial
  })
  if (attribution?.speaker) {
    return words < (embedded ? MIN_PARTIAL_WORDS : MIN_WHOLE_WORDS) ? null : quote(resolveSpeaker(attribution.speaker, span.paragraph, context))
  }
  if (embedded || words < MIN_INHERITED_WORDS) return null
  const inherited = inheritedSpeaker(span, previous, context, standsAlone)
  return inherited === undefined ? null : quote(inherited)
}

/**
 * A colon without a cue verb introduces a quote only after someone who can
 * speak: a person, a pronoun, or a source such as `one survey respondent`
 * (not `For example:`).
 */
function isCredible(attribution: Attribution, paragraph: number, context: Context): boolean {
  const mention = attribution.speaker
  if (attribution.cue !== null || !mention) return true
  switch (mention.kind) {
    case 'pronoun':
    case 'writer':
      return true
    case 'name':
      return mentionWords(mention.text).length > 1 || context.people.resolve(mention.text, {paragraph, offset: mention.at}) !== null
    case 'description': {
      const head = withoutPossessive(mention.text.split(' ').at(-1) ?? '').toLowerCase()
      return ROLE_NOUNS.has(head) || SPEAKER_NOUNS.has(head)
    }
  }
}

/** The attribution after the closing mark; after a quote that ends a sentence, only a short `X said`. */
function attributionAfterSpan(span: QuoteSpan, context: Context, text: string): Attribution | null {
  if (span.close === -1) return null
  const masked = context.masked[span.endParagraph] ?? ''
  const after = masked.slice(span.close + 1)
  const attribution = attributionAfter(after, span.close + 1)
  const endsSentence = /[.!?…]$/u.test(text) && /^\s*\p{Lu}/u.test(after)
  // `"Q." Then the mayor said …` starts a new sentence; `"Q?" asked X` and `"Q." Kaplan says.` do not.
  return attribution && (!endsSentence || attribution.immediate) ? attribution : null
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
function inheritedSpeaker(span: QuoteSpan, previous: Found | undefined, context: Context, standsAlone: boolean): string | null | undefined {
  if (previous && previous.endParagraph === span.paragraph) return previous.quote.speaker
  const introducer = span.open === 0 ? colonIntroduction(span.paragraph - 1, context) : undefined
  if (introducer) return introducer
  if (span.open === 0 && previous && span.paragraph - previous.endParagraph <= MAX_INHERIT_DISTANCE) return previous.quote.speaker
  const topic = standsAlone ? topicPerson(span, context) : undefined
  // A paragraph ending with a colon introduces the quote even when it names no one.
  return topic ?? (introducer === null ? null : undefined)
}

/** The speaker a paragraph ending with a colon introduces (`The replies fell into groups:`), null when unnamed. */
function colonIntroduction(paragraph: number, context: Context): string | null | undefined {
  const masked = context.masked[paragraph]
  if (masked === undefined || !/[:：]$/u.test(masked)) return undefined
  const sentenceStart = lastAtOrBefore(context.starts[paragraph] ?? [0], masked.length - 1)
  const attribution = attributionBefore(masked.slice(sentenceStart), sentenceStart)
  const speaker = attribution && isCredible(attribution, paragraph, context) ? attribution.speaker : null
  return speaker ? resolveSpeaker(speaker, paragraph, context) : null
}

/**
 * The person named last in the narrative just before a sentence-long quote:
 * earlier in its paragraph, or in the paragraph before when the quote opens
 * its own. Only for quotes that are sentences (`"Q."`), not for names and
 * fragments.
 */
function topicPerson(span: QuoteSpan, context: Context): string | undefined {
  if (!/[.!?…。！？]$/u.test(span.text) || wordCount(span.text) < MIN_PARTIAL_WORDS) return undefined
  const named = context.people.lastPersonBefore({paragraph: span.paragraph, offset: span.open}, null)
  return named && named.paragraph >= span.paragraph - (span.open === 0 ? 1 : 0) ? named.name : undefined
}


function resolveSpeaker(mention: Mention, paragraph: number, context: Context): string | null {
  const place = {paragraph, offset: mention.at}
  switch (mention.kind) {
    case 'name':
      return resolveName(mention, place, context.people)
    case 'pronoun':
      return resolvePronoun(mention.text.toLowerCase(), place, context)
    case 'writer':
      return context.writer
    case 'description':
      return sourceOf(mention.text)
  }
}

/**
 * He and she stand for the person the narrative last named; "it" for the
 * organisation that opened the sentence before (`The Food Standards Agency
 * warned …`); "they" may be a group nobody named, better no speaker than a
 * wrong person.
 */
function resolvePronoun(pronoun: string, place: Place, context: Context): string | null {
  if (PLURAL_PRONOUNS.has(pronoun)) return null
  if (THING_PRONOUNS.has(pronoun)) {
    const subject = previousSentenceSubject(place, context)
    return subject?.kind === 'name' ? nameAsWritten(subject.text) : null
  }
  return context.people.lastPersonBefore(place, genderOf(pronoun))?.name ?? null
}

/** The subject of the sentence before `place`: in its paragraph, else the last of the paragraph before. */
function previousSentenceSubject(place: Place, context: Context): Mention | null {
  const starts = context.starts[place.paragraph] ?? [0]
  const current = lastAtOrBefore(starts, place.offset)
  const inParagraph = current > 0
  const paragraph = inParagraph ? place.paragraph : place.paragraph - 1
  const masked = context.masked[paragraph]
  if (masked === undefined) return null
  const end = inParagraph ? current : masked.length
  const start = lastAtOrBefore(context.starts[paragraph] ?? [0], end - 1)
  return subjectOf(masked.slice(start, end), start)
}

/** `The tweet from Vulture magazine`: a message is reported as its sender's words. */
function sourceOf(description: string): string {
  const from = /^\p{L}+ (\p{L}+) (?:from|by|of) (.+)$/u.exec(description)
  return from?.[1] && from[2] && MESSAGES.has(from[1].toLowerCase()) ? from[2] : description
}

function resolveAddressee(mention: Mention, paragraph: number, context: Context): string | null {
  if (mention.kind === 'writer') return context.writer
  if (mention.kind === 'name') return resolveName(mention, {paragraph, offset: mention.at}, context.people)
  return mention.kind === 'description' ? mention.text : null
}

/**
 * The fullest name of a person the article knows; else the name as written:
 * an organisation whole (`Joint Committee on Intelligence and Security`), a
 * person without the place or company after `of` (`Nick of Arachnid Labs`).
 */
function resolveName(mention: Mention, place: Place, people: PeopleIndex): string {
  const {text} = mention
  const known = people.resolve(text, place) ?? mention.alternatives?.map((other) => people.resolve(other.text, place)).find(Boolean)
  // `La Constitución` is written with its article; a person's name is not.
  if (known && !(DEFINITE_ARTICLES.has(text.split(' ')[0]?.toLowerCase() ?? '') && !known.includes(' '))) return known
  const [head = text, ...rest] = text.split(/ (?:of|on|for) /u)
  if (rest.length > 0 && !namesOrganisation(head)) return people.resolve(head, place) ?? nameAsWritten(head)
  return nameAsWritten(text)
}

/** A name nobody else in the article shares, without its title; an organisation's as written. */
function nameAsWritten(text: string): string {
  if (namesOrganisation(text) || DEFINITE_ARTICLES.has(text.split(' ')[0]?.toLowerCase() ?? '')) return text
  const words = mentionWords(text)
  return words.length > 0 ? words.join(' ') : text
}

function namesOrganisation(text: string): boolean {
  return text.split(' ').some((word) => NOT_PERSON_WORDS.has(word.toLowerCase()))
}

function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/u, '')
}

function genderOf(pronoun: string): Gender | null {
  const word = pronoun.toLowerCase()
  return MASCULINE.has(word) ? 'm' : FEMININE.has(word) ? 'f' : null
}

/** The quote's words without a comma that ends them before the attribution. */
function cleanQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[,，]$/u, '').trim()
}

/**
 * A title of a work, a slogan or a name: capitalised words with only
 * function words between them, and no sentence ending (`A Paradise Built in
 * Hell`, `Brendan Eich Steps Down as Mozilla CEO`).
 */
function isTitle(text: string): boolean {
  if (/[.!?…]\P{L}*$/u.test(text)) return false
  const words = text.split(' ').map((word) => word.replace(/^\P{L}+/u, '')).filter((word) => /^\p{L}/u.test(word))
  const capitalised = words.slice(1).filter((word) => /^\p{Lu}/u.test(word)).length
  return capitalised >= 2 && words.every((word) => /^\p{Lu}/u.test(word) || STOPWORDS.has(word.toLowerCase()))
}

/** A string passed to a function in code shown in the body: `it("…")`, `alert("…")`. */
function isCodeString(paragraph: string, open: number): boolean {
  return /[\w$]\($/u.test(paragraph.slice(Math.max(0, open - 2), open))
}

function wordCount(text: string): number {
  const cjk = text.match(/\p{Script=Han}/gu)?.length ?? 0
  const words = text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length
  return cjk > words ? Math.round(cjk / CJK_CHARS_PER_WORD) : words
}

function lastAtOrBefore(sorted: readonly number[], at: number): number {
  return sorted[indexBefore(sorted, at + 1)] ?? 0
}

function reportStray(file: VFile, stray: readonly StrayMark[]): void {
  const lines = file.data.bodyLines ?? []
  for (const mark of stray.slice(0, MAX_STRAY_WARNINGS)) {
    const line = (lines[mark.paragraph] ?? 0) + 1
    file.message(`Unbalanced quotation mark: ${mark.mark} is never closed; the quote is read to the end of its paragraph or skipped`, {
      place: {line, column: mark.offset + 1},
      ruleId: 'unbalanced-quote',
      source: 'article-parse'
    })
  }
  if (stray.length > MAX_STRAY_WARNINGS) {
    file.message(`${stray.length - MAX_STRAY_WARNINGS} more unbalanced quotation marks`, {ruleId: 'unbalanced-quote', source: 'article-parse'})
  }
}
