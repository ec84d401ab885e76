/**
 * Who said a quote, read from the narrative around it: the words before the
 * opening mark back to the start of the sentence, and the words after the
 * closing mark up to the end of the clause. Quotes in that text are masked
 * (see `maskQuotes`), so their words never pass for the narrative's.
 *
 *   "Q," Putin said · "Q," said Putin · "Q," Putin told Raisi · Putin said: "Q"
 *   "Q," Dr. Feel, an Evolution user, wrote · according to the ministry, "Q"
 *   Rachel Stephens, senior analyst at RedMonk, shared her view: "Q"
 *   卢宇说：“Q” · “Q”李博灏说。
 */
import {
  ADDRESSING_CUES,
  BASE_CUES,
  CJK_CUES,
  CJK_PRONOUNS,
  CLAUSE_OPENERS,
  CUE_WORDS,
  POSSESSOR_PRONOUNS,
  SOURCE_PHRASES,
  SPEAKER_PRONOUNS,
  SUBORDINATORS,
  TO_ADDRESSEE,
  WRITER_PRONOUNS,
  ADVERBIAL_OPENERS,
  AFTER_INVERTED_CUE,
  BEFORE_INVERTED_CUE,
  BETWEEN_SUBJECT_AND_CUE,
  CONJUNCTIONS,
  DEFINITE_ARTICLES,
  INTRODUCTORY,
  JAPANESE_CUE_STEMS,
  KOREAN_CUES,
  NAME_CONNECTORS,
  OF_WORDS,
  PARTICIPLE_OPENERS,
  PASSIVE_OR_INFINITIVE,
  RELATIVE_PRONOUNS,
  WILLING,
} from '../rules/cues.js'
import {WIRE_AGENCY_SET} from '../rules/bylines.js'
import {DETERMINERS, NAME_PARTICLES, NOT_NAMES, ROLE_NOUNS, TITLES} from '../rules/people.js'
import {STOPWORDS} from '../rules/stopwords.js'
import {cjkNameBefore} from './chinese-names.js'
import {isCapitalised, isHandle, isLowercaseWord, QUOTE_MASK, SENTENCE_END, type Token} from './words.js'
import {topicNames} from './topic-names.js'
import {trimTrailing} from './trim.js'

export type MentionKind = 'name' | 'pronoun' | 'description' | 'writer'

/** A person as the sentence refers to them, before resolving. */
export interface Mention {
  text: string
  kind: MentionKind
  /** Offset in the paragraph. */
  at: number
  /** Other names in the same subject (`Snopes fact checker David Emery`), tried when this one names nobody known. */
  alternatives?: Mention[]
}

export interface Attribution {
  speaker: Mention | null
  /** The cue as written: `said`, `according to`; null for a colon. */
  cue: string | null
  addressee: Mention | null
  /** Speaker and cue come straight after the quote (`"Q," Kaplan says`), not in a clause of its own. */
  immediate: boolean
  /** The cue comes first and the speaker after it (`"Q," said Putin`). */
  inverted?: boolean
  /** A clause of reported speech follows the cue (`He later told me the meeting had lasted …`): it is not the quote's. */
  reportsSpeech?: boolean
  /** The cue alone after the quote, without a subject (`«…», añadió.`, `„…” – dodała.`): the person the text is about speaks. */
  subjectless?: boolean
  /** A particle hands the quote to the verb (`"…"고 말했다`, `「…」と述べた`): a whole quote, though set inside its sentence. */
  particle?: boolean
}

/** `A spokesperson for Dean`: the word before the person someone speaks for. */
const ON_BEHALF_OF = 'for'
/** Words past a closing mark where the attribution is looked for. */
const AFTER_WINDOW = 40
/** Words before an opening mark read back towards the start of the sentence. */
const BEFORE_WINDOW = 80
/** Characters of CJK text read on either side of a quote. */
const CJK_WINDOW = 200
/** Tokens of a translation in brackets after a quote. */
const MAX_GLOSS_TOKENS = 80
/** A cue this many words into the text after a quote still attributes it. */
const MAX_WORDS_TO_CUE = 10
/** Role nouns between a place and the speaker's name: `Ashby mayor`, `county council leader`. */
const MAX_ROLE_WORDS = 3
/** Longest description of an unnamed speaker, in words (`another survey respondent`). */
const MAX_DESCRIPTION_WORDS = 6

const PHRASES_BY_FIRST_WORD = new Map<string, (readonly string[])[]>()
for (const phrase of SOURCE_PHRASES) {
  const first = phrase[0] ?? ''
  PHRASES_BY_FIRST_WORD.set(first, [...(PHRASES_BY_FIRST_WORD.get(first) ?? []), phrase])
}
/** A plural's ending: -s, but not the -ss, -us, -is of singulars and of verbs (`discuss`, `focus`). */
const PLURAL_ENDING = /[^siu]s$/u
const FRENCH_INVERSION = /-(?:t-)?(il|elle|ils|elles|on)$/u
const DASHES = new Set(['–', '—', '-', '―'])
const CLAUSE_END = new Set(['.', '!', '?', ';', '。', '！', '？', '；'])
const CJK_TEXT = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF5E]/u
/** Korean or Japanese straight after a closing mark: the particle that hands the quote to a verb (`"…"이라며`, `「…」と`). */
const QUOTING_PARTICLE_SCRIPT = /[\p{Script=Hangul}\p{Script=Hiragana}]/u
const KOREAN_CUE = new RegExp(`(?<!\\p{Script=Hangul})(?:${KOREAN_CUES.join('|')})(?!\\p{Script=Hangul})`, 'u')
const JAPANESE_CUE = new RegExp(`^\\s*と、?((?:${JAPANESE_CUE_STEMS.join('|')})\\p{Script=Hiragana}*)`, 'u')
const SENTENCE_MARKS = /[.!?。！？]/u

/** A paragraph with its quotes masked, and its tokens. */
export interface Narrative {
  text: string
  tokens: readonly Token[]
}

/** The attribution in the clause that follows the quote at tokens[quote]. */
export function attributionAfter(narrative: Narrative, quote: number): Attribution | null {
  const from = narrative.tokens[quote]?.end ?? 0
  if (QUOTING_PARTICLE_SCRIPT.test(narrative.text.charAt(from))) return particleAttribution(narrative.text, from)
  if (CJK_TEXT.test(narrative.text.slice(from, from + 2))) return cjkAttributionAfter(narrative.text.slice(from, from + CJK_WINDOW), from)
  const start = afterGloss(narrative.tokens, quote + 1)
  const tokens = clauseTokens(narrative.tokens.slice(start, start + AFTER_WINDOW))
  // `"Q1", while another pointed to "Q2"`: a clause of its own after the quote attributes only past its comma
  // (`"Q" while they were in power, Azzouz said`).
  const subordinate = SUBORDINATORS.has(tokens.find((token) => token.kind === 'word')?.text ?? '')
  const past = subordinate ? tokens.findIndex((token) => token.text === ',') + 1 : 0
  if (subordinate && past === 0) return null
  const cue = findCue(tokens, past, Math.min(tokens.length, past + MAX_WORDS_TO_CUE + 1), 'first')
  if (!cue) return findSourcePhrase(tokens, 0) ?? signature(tokens)
  const leading = tokens.slice(0, cue.index)
  const inverted = leading.every((token) => token.kind === 'punctuation' || BEFORE_INVERTED_CUE.has(token.text) || invertedPronoun(token))
  const addressee = addresseeOf(tokens, cue, inverted) ?? (inverted ? agencyTold(tokens, cue.end) : null)
  const next = tokens[addressee ? tokens.findIndex((token) => token.start > addressee.at) : cue.end]
  const speaker = speakerAfter(tokens, cue, inverted)
  return {
    speaker,
    cue: cueAsWritten(tokens, cue),
    addressee,
    immediate: leading.every((token) => !isLowercaseWord(token) || isPartOfSubject(token.text) || invertedPronoun(token)),
    inverted,
    reportsSpeech: !inverted && opensReportedSpeech(next),
    // `«…», añadió en rueda de prensa`, `«…», είπε στον «Παρατηρητή»`: a phrase after the verb, no subject.
    subjectless: inverted && !speaker && !addressee && (next === undefined || SENTENCE_END.has(next.text) || (isLowercaseWord(next) && STOPWORDS.has(next.text)))
  }
}

/**
 * Past a translation in brackets right after a quote (`"Hindi kami aalis,"
 * (We will not leave.) Manalastas told …`): its sentences are not the
 * clause that attributes the quote, which follows it.
 */
function afterGloss(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.text !== '(') return from
  for (let index = from + 1; index < tokens.length && index <= from + MAX_GLOSS_TOKENS; index++) {
    const text = tokens[index]?.text
    if (text === ')') return index + 1
    if (text === '(' || tokens[index]?.kind === 'quote') return from
  }
  return from
}

/** `powiedział PAP rzecznik …`: an agency right after an inverted cue, with the speaker named after it, is who was told. */
function agencyTold(tokens: readonly Token[], from: number): Mention | null {
  const named = nameStartingAt(tokens, from)
  return named && isAgencyBeforeSpeaker(tokens, named) ? named.mention : null
}

/** A wire agency's name with more words after it: `PAP rzecznik straży Tomasz Wrzos`. */
function isAgencyBeforeSpeaker(tokens: readonly Token[], named: {mention: Mention; end: number}): boolean {
  return WIRE_AGENCY_SET.has(named.mention.text.toLowerCase()) && tokens[named.end + 1]?.kind === 'word'
}

/**
 * The speaker in the clause after a quote: the pronoun of a French inversion
 * (`a-t-il confié`), the name after an inverted cue (`said Putin`), else the
 * subject before the cue (`Putin said`).
 */
function speakerAfter(tokens: readonly Token[], cue: Cue, inverted: boolean): Mention | null {
  const inversion = tokens.slice(0, cue.end).map(invertedPronoun).find(Boolean)
  if (inversion) return {text: inversion, kind: 'pronoun', at: tokens[0]?.start ?? 0}
  return inverted ? mentionAfter(tokens, cue.end) : subjectBefore(tokens, cue.index, 0)
}

/** `a déclaré`, `a-t-il confié`: an auxiliary before the cue is part of it as written. */
function cueAsWritten(tokens: readonly Token[], cue: Cue): string {
  const previous = tokens[cue.index - 1]
  const auxiliary = invertedPronoun(previous) || BEFORE_INVERTED_CUE.has(previous?.text ?? '')
  return joinTokens(tokens, auxiliary ? cue.index - 1 : cue.index, cue.index)
}

/**
 * `he said the club would retire`, `told me the meeting had lasted`: a new
 * clause after the cue is reported speech of its own, so the cue is not the
 * quote's. Prepositions, adverbs and participles (`said in a statement`,
 * `said, laughing`, `recalls thinking at the time`) are not.
 */
function opensReportedSpeech(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || !isLowercaseWord(token)) return false
  const word = token.text
  return !(ADVERBIAL_OPENERS.has(word) || /(?:ly|ing)$/u.test(word))
}

/** The pronoun of a French inversion: `a-t-il` → `il`, `confie-t-elle` → `elle`. */
function invertedPronoun(token: Token | undefined): string | undefined {
  return token?.kind === 'word' ? FRENCH_INVERSION.exec(token.text)?.[1] : undefined
}

/** `"Q" – Jane Doe`: a name after a dash signs the quote, without a cue verb. */
function signature(tokens: readonly Token[]): Attribution | null {
  if (!DASHES.has(tokens[0]?.text ?? '')) return null
  const named = nameStartingAt(tokens, 1)
  const rest = tokens[(named?.end ?? 0) + 1]
  return named && (!rest || rest.text === ',') ? {speaker: named.mention, cue: null, addressee: null, immediate: true, inverted: true} : null
}

/** The attribution in the sentence from tokens[start] up to the quote at tokens[quote]. */
export function attributionBefore(narrative: Narrative, start: number, quote: number): Attribution | null {
  const to = narrative.tokens[quote]?.start ?? narrative.text.length
  const before = narrative.text.slice(Math.max(narrative.tokens[start]?.start ?? 0, to - CJK_WINDOW), to)
  if (CJK_TEXT.test(before.slice(-2))) return cjkAttributionBefore(before, to - before.length)
  const tokens = narrative.tokens.slice(Math.max(start, quote - BEFORE_WINDOW), quote)
  const floor = lastClauseStart(tokens)
  const source = findSourcePhrase(tokens, floor)
  if (source) return source
  const cue = findCue(tokens, floor, tokens.length, 'last')
  if (cue) {
    // A participle (`…, saying that`) and a second verb (`… and tweeted`) take the clause's subject.
    const ofClause = /ing$/u.test(cue.text) || CONJUNCTIONS.has(tokens[cue.index - 1]?.text ?? '')
    const speaker = ofClause ? participleSubject(tokens, cue, floor) : (subjectBefore(tokens, cue.index, floor) ?? (cue.index === floor ? mentionAfter(tokens, cue.end) : null))
    return {speaker, cue: cue.text, addressee: addresseeOf(tokens, cue, false), immediate: false}
  }
  if (tokens.at(-1)?.text === ':') {
    const speaker = possessorBeforeColon(tokens, floor) ?? clauseSubject(tokens, floor)
    return speaker ? {speaker, cue: null, addressee: null, immediate: false} : null
  }
  return null
}

/** `Her verdict:`, `Ihr Fazit:`: a possessive and a noun before the colon speak for the possessor. */
function possessorBeforeColon(tokens: readonly Token[], floor: number): Mention | null {
  const [owner, noun, colon, ...more] = tokens.slice(floor)
  const pronoun = POSSESSOR_PRONOUNS.get(owner?.text.toLowerCase() ?? '')
  if (!owner || !pronoun || noun?.kind !== 'word' || colon?.text !== ':' || more.length > 0) return null
  return {text: pronoun, kind: 'pronoun', at: owner.start}
}

/** The subject of the sentence tokens[start, end), past an introductory phrase: `The Food Standards Agency warned …`. */
export function subjectOf(narrative: Narrative, start: number, end: number): Mention | null {
  return clauseSubject(narrative.tokens.slice(start, Math.min(end, start + BEFORE_WINDOW)), 0)
}

/**
 * The subject of a participle or a second verb takes the clause's subject
 * (`Yoon apologized …, saying`, `Uber stepped in and tweeted`); a name right
 * before it comes first (`with Prime Minister Michael Joseph Savage
 * proclaiming`), and the clause's names are tried when it names nobody known
 * (`David Emery posted to Twitter asking`).
 */
function participleSubject(tokens: readonly Token[], cue: Cue, floor: number): Mention | null {
  const ofClause = clauseSubject(tokens, floor)
  const adjacent = isCapitalised(tokens[cue.index - 1]) ? nameEndingAt(tokens, cue.index - 1, floor)?.mention : undefined
  if (!adjacent) return ofClause
  const alternatives = ofClause ? [ofClause, ...(ofClause.alternatives ?? [])] : []
  return {...adjacent, alternatives}
}

/** Words that may stand between a quote and its cue in `"Q," her mother, Fiona, said`: no verb, no clause. */
function isPartOfSubject(word: string): boolean {
  return DETERMINERS.has(word) || ROLE_NOUNS.has(word) || TITLES.has(word) || SPEAKER_PRONOUNS.has(word) || BETWEEN_SUBJECT_AND_CUE.has(word) || /ly$/u.test(word)
}

/** The clause after a quote: up to the end of the sentence or the next quote. */
function clauseTokens(tokens: readonly Token[]): readonly Token[] {
  const end = tokens.findIndex((token) => token.kind === 'quote' || CLAUSE_END.has(token.text) || token.text === ':')
  return end === -1 ? tokens : tokens.slice(0, end)
}

/** Index of the first token of the last clause (after the last `;` or sentence end) in the tokens. */
function lastClauseStart(tokens: readonly Token[]): number {
  for (let index = tokens.length - 1; index >= 0; index--) if (CLAUSE_END.has(tokens[index]?.text ?? '')) return index + 1
  return 0
}

interface Cue {
  text: string
  index: number
  /** Index just after the cue. */
  end: number
}

/** The first or last cue verb among tokens[from, to): a lower-case speech verb. */
function findCue(tokens: readonly Token[], from: number, to: number, which: 'first' | 'last'): Cue | undefined {
  const step = which === 'first' ? 1 : -1
  for (let index = which === 'first' ? from : to - 1; index >= from && index < to; index += step) {
    const token = tokens[index]
    if (token && isCueAt(tokens, index)) return {text: token.text, index, end: index + 1}
  }
  return undefined
}

/**
 * A speech verb used as one: not an infinitive (`had nothing to say`), not a
 * passive (`that being said`), and an -ing form only opening a participle
 * clause (`…, saying that`), not as a noun (`a very accurate saying`).
 */
function isCueAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (!token || !isLowercaseWord(token)) return false
  if (CUE_WORDS.has(token.text.replace(FRENCH_INVERSION, '')) && invertedPronoun(token)) return true
  const previous = tokens[index - 1]?.text.toLowerCase() ?? ''
  // `had nothing to say` is no attribution; `was keen to stress` is.
  if (previous === 'to') return WILLING.has(tokens[index - 2]?.text.toLowerCase() ?? '') && BASE_CUES.has(token.text)
  if (!CUE_WORDS.has(token.text) || PASSIVE_OR_INFINITIVE.has(previous)) return false
  return !/ing$/u.test(token.text) || PARTICIPLE_OPENERS.has(previous) || isCapitalised(tokens[index - 1])
}

/**
 * `according to X`, `selon X`: the source named after the phrase, when the
 * phrase is in the clause; and `in X's words`.
 */
function findSourcePhrase(tokens: readonly Token[], floor: number): Attribution | null {
  for (let index = tokens.length - 1; index >= floor; index--) {
    const word = tokens[index]?.text.toLowerCase() ?? ''
    if (word === 'words') {
      const owner = tokens[index - 1]
      const named = owner && /['’]s$/u.test(owner.text) ? nameEndingAt(tokens, index - 1, floor) : null
      if (named && tokens[named.start - 1]?.text.toLowerCase() === 'in') {
        return {speaker: named.mention, cue: joinTokens(tokens, named.start - 1, index), addressee: null, immediate: false}
      }
    }
    for (const phrase of PHRASES_BY_FIRST_WORD.get(word) ?? []) {
      if (!phrase.every((part, offset) => tokens[index + offset]?.text.toLowerCase() === part)) continue
      const speaker = mentionAfter(tokens, index + phrase.length)
      return speaker ? {speaker, cue: joinTokens(tokens, index, index + phrase.length - 1), addressee: null, immediate: false} : null
    }
  }
  return null
}

/** An age set off after a name: `Pauline Verity, 61,`. */
const AGE = /^\d{1,3}$/u

/**
 * The subject of the cue at tokens[cue]: the name, pronoun or description
 * right before it, over auxiliaries and adverbs and past an appositive
 * (`Dr. Feel, an Evolution user, wrote`).
 */
function subjectBefore(tokens: readonly Token[], cue: number, floor: number): Mention | null {
  let index = cue - 1
  while (index >= floor && isSkippable(tokens[index])) index--
  if (index < floor) return null
  if (tokens[index]?.text === ',' || tokens[index]?.text === ')') {
    const open = previousIndex(tokens, index - 1, floor, (token) => token.text === ',' || token.text === '(')
    if (open === -1) return null
    const inside = nameEndingAt(tokens, index - 1, open + 1)
    // `her mother, Fiona, said`: a name set off by commas is the subject itself; one in brackets is not
    // (`Speaker Dalton Pryce (R-Ohio) told`).
    if (inside && inside.start === open + 1 && tokens[open]?.text === ',') return inside.mention
    index = open - 1
    // `Pauline Verity, 61, who lives opposite the school, said`: the age set off before the clause.
    if (AGE.test(tokens[index]?.text ?? '') && tokens[index - 1]?.text === ',') index -= 2
  }
  const token = tokens[index]
  if (!token || token.kind !== 'word' || CONJUNCTIONS.has(token.text)) return null
  if (SPEAKER_PRONOUNS.has(token.text.toLowerCase())) return {text: token.text, kind: 'pronoun', at: token.start}
  if (isCapitalised(token) || isHandle(token)) {
    const named = nameEndingAt(tokens, index, floor)
    // `A spokesperson for Dean said`, `a lawyer for Smith said`: the one named is represented, not speaking.
    if (named && tokens[named.start - 1]?.text === ON_BEHALF_OF) return descriptionEndingAt(tokens, index, floor) ?? named.mention
    return named?.mention ?? null
  }
  return descriptionEndingAt(tokens, index, floor)
}

function isSkippable(token: Token | undefined): boolean {
  return token?.kind === 'word' && isLowercaseWord(token) && (BETWEEN_SUBJECT_AND_CUE.has(token.text) || /ly$/u.test(token.text))
}

function previousIndex(tokens: readonly Token[], from: number, floor: number, test: (token: Token) => boolean): number {
  for (let index = from; index >= floor; index--) {
    const token = tokens[index]
    if (token && test(token)) return index
    if (token?.kind === 'quote') return -1
  }
  return -1
}

/**
 * The capitalised run ending at tokens[end] (back to `floor`) as a name
 * mention, with the words that join an organisation's name (`Joint Committee
 * on Intelligence and Security`, `Senator Mitch McConnell of Kentucky`).
 */
function nameEndingAt(tokens: readonly Token[], end: number, floor: number): {mention: Mention; start: number} | null {
  const last = tokens[end]
  if (!last) return null
  if (isHandle(last)) return {mention: {text: last.text, kind: 'name', at: last.start}, start: end}
  if (!isCapitalised(last) || !isWordOfName(last.text)) return null
  let start = end
  while (start - 1 >= floor) {
    const previous = tokens[start - 1]
    const joined = previous && (NAME_PARTICLES.has(previous.text) || NAME_CONNECTORS.has(previous.text)) && isCapitalised(tokens[start - 2])
    // `As Nick says`: a capitalised sentence opener is not part of the name; `La Constitución` keeps its article.
    const opener = previous && NOT_NAMES.has(previous.text.toLowerCase()) && !DEFINITE_ARTICLES.has(previous.text.toLowerCase())
    if (isCapitalised(previous) && !opener && !/['’]s$/u.test(previous?.text ?? '')) start--
    else if (joined && start - 2 >= floor) start -= 2
    else break
  }
  // `Как отметила …` ("As … noted"): function words of any language name nobody.
  if (tokens.slice(start, end + 1).every((token) => NOT_NAMES.has(token.text.toLowerCase()) || STOPWORDS.has(token.text.toLowerCase()))) return null
  return {mention: {text: joinTokens(tokens, start, end), kind: 'name', at: tokens[start]?.start ?? 0}, start}
}

/**
 * `one user`, `an unidentified poster`, `the second review`, `her mother`,
 * `a member of the audience`: back to a determiner, over `of` phrases.
 */
function descriptionEndingAt(tokens: readonly Token[], end: number, floor: number): Mention | null {
  let found = -1
  for (let start = end; start >= Math.max(floor, end - MAX_DESCRIPTION_WORDS * 2); start--) {
    const token = tokens[start]
    if (!token || token.kind !== 'word' || CUE_WORDS.has(token.text) || RELATIVE_PRONOUNS.has(token.text)) break
    const lowered = token.text.toLowerCase()
    if (DETERMINERS.has(lowered)) {
      found = start
      if (!OF_WORDS.has(tokens[start - 1]?.text ?? '')) break
    } else if (start === floor && found === -1 && !STOPWORDS.has(lowered)) {
      found = start
    }
  }
  if (found === -1 || found > end || STOPWORDS.has(tokens[end]?.text.toLowerCase() ?? '')) return null
  return {text: joinTokens(tokens, found, end), kind: 'description', at: tokens[found]?.start ?? 0}
}

/**
 * The speaker after an inverted cue (`said Mr. Reeves, a senior fellow`,
 * `píše na Twitter Gary Lineker`, `acrescentou o comandante`) or a source
 * phrase (`according to the explanatory notes of the Bill`): a description
 * when a determiner and lower-case words come first, else the first name in
 * the clause.
 */
function mentionAfter(tokens: readonly Token[], from: number): Mention | null {
  let index = from
  while (index < tokens.length && AFTER_INVERTED_CUE.has(tokens[index]?.text ?? '')) index++
  const first = tokens[index]
  if (!first || first.kind !== 'word') return null
  // `il sindaco`: an article before a noun, though Italian's `il` is French's `he`.
  const opensDescription = DETERMINERS.has(first.text.toLowerCase()) && isLowercaseWord(tokens[index + 1])
  if (!opensDescription && SPEAKER_PRONOUNS.has(first.text.toLowerCase())) return {text: first.text, kind: 'pronoun', at: first.start}
  if (opensDescription) {
    let end = index + 1
    // `told the committee that islanders had been …`: a clause after the noun is none of the description.
    while (end + 1 < tokens.length && end - index < MAX_DESCRIPTION_WORDS * 2 && tokens[end + 1]?.kind === 'word' && !CLAUSE_OPENERS.has(tokens[end + 1]?.text ?? '')) end++
    // `dijo la directora de la feria, Inés Arrondo,`: the name in apposition is the speaker.
    const named = tokens[end + 1]?.text === ',' ? nameStartingAt(tokens, end + 2) : null
    if (named && (!tokens[named.end + 1] || tokens[named.end + 1]?.kind === 'punctuation')) return named.mention
    return nameAfterRole(tokens, index + 1, end) ?? {text: joinTokens(tokens, index, end), kind: 'description', at: first.start}
  }
  let limit = index + MAX_DESCRIPTION_WORDS
  for (let scan = index; scan < tokens.length && scan < limit; scan++) {
    const token = tokens[scan]
    if (!token || token.kind !== 'word') break
    const named = nameStartingAt(tokens, scan)
    if (!named) continue
    // `powiedział PAP rzecznik straży Tomasz Wrzos`: the agency is who was told; the speaker is named after it.
    if (isAgencyBeforeSpeaker(tokens, named)) {
      scan = named.end
      limit = scan + 1 + MAX_DESCRIPTION_WORDS
      continue
    }
    // `Mozilla's manifesto`: what the name owns is the source.
    if (/['’]s$/u.test(tokens[named.end]?.text ?? '') && isLowercaseWord(tokens[named.end + 1])) {
      return {text: joinTokens(tokens, scan, named.end + 1), kind: 'description', at: token.start}
    }
    return speakerNamedAfter(tokens, named.end + 1) ?? named.mention
  }
  // `tvrdí mladá anglická superstar`: a description without an article.
  let end = index
  while (isLowercaseWord(tokens[end + 1]) && end - index < MAX_DESCRIPTION_WORDS - 1) end++
  const closes = !tokens[end + 1] || tokens[end + 1]?.kind === 'punctuation'
  return isLowercaseWord(first) && closes && !STOPWORDS.has(first.text) ? {text: joinTokens(tokens, index, end), kind: 'description', at: first.start} : null
}

/**
 * The speaker named after a place or body that opened the attribution: after
 * a role in lower case (`said Ashby mayor Jane Roe`) or in apposition, last
 * (`sier ordfører i Hjelmevik, Sigrid Haugtveit.`).
 */
function speakerNamedAfter(tokens: readonly Token[], from: number): Mention | null {
  let index = from
  while (index < from + MAX_ROLE_WORDS && isLowercaseWord(tokens[index]) && ROLE_NOUNS.has(tokens[index]?.text ?? '')) index++
  const appositive = index === from && tokens[index]?.text === ','
  const named = index > from || appositive ? nameStartingAt(tokens, appositive ? index + 1 : index) : null
  if (!named || named.mention.text.split(' ').length < 2) return null
  const next = tokens[named.end + 1]
  return !appositive || !next || SENTENCE_END.has(next.text) ? named.mention : null
}

/**
 * `dijo el alcalde Marco Dalbosco`, `said the mayor Marco Dalbosco`: a name
 * closing a description, right after a word of it in lower case other than a
 * function word, is the speaker the description introduces (not `la directora
 * de la Feria del Libro`, a name after an article).
 */
function nameAfterRole(tokens: readonly Token[], from: number, end: number): Mention | null {
  for (let index = from + 1; index <= end; index++) {
    const before = tokens[index - 1]
    if (!isCapitalised(tokens[index]) || !isLowercaseWord(before) || STOPWORDS.has(before?.text ?? '')) continue
    const named = nameStartingAt(tokens, index)
    return named?.end === end ? named.mention : null
  }
  return null
}

/** Who was told: `told reporters`, `told Raisi`, `told me`, `explained to the BBC`. */
function addresseeOf(tokens: readonly Token[], cue: Cue, inverted: boolean): Mention | null {
  const at = inverted ? cue.end + 1 : cue.end
  if (ADDRESSING_CUES.has(cue.text.toLowerCase())) return personTold(tokens, at, isBareNoun)
  // `said to reporters`, `said to the BBC`; not `said to be`: after "to" a bare word is someone told only as a plural noun.
  return !inverted && tokens[at]?.text.toLowerCase() === TO_ADDRESSEE ? personTold(tokens, at + 1, isPluralNoun) : null
}

/** The person told, starting at tokens[at]; a bare lower-case word (`reporters`) only when `isBare` accepts it. */
function personTold(tokens: readonly Token[], at: number, isBare: (word: string) => boolean): Mention | null {
  const next = tokens[at]
  if (!next || next.kind !== 'word' || CLAUSE_OPENERS.has(next.text.toLowerCase())) return null
  if (WRITER_PRONOUNS.has(next.text)) return {text: next.text, kind: 'writer', at: next.start}
  // `told host Remi Oduya`: the name after the role.
  const named = isLowercaseWord(next) && ROLE_NOUNS.has(next.text) ? nameStartingAt(tokens, at + 1) : null
  if (named) return named.mention
  if (isCapitalised(next) || DETERMINERS.has(next.text.toLowerCase())) return mentionAfter(tokens, at)
  return isLowercaseWord(next) && isBare(next.text) ? {text: next.text, kind: 'description', at: next.start} : null
}

/** `promised to …`: a pronoun or a function word is not the person told. */
function isBareNoun(word: string): boolean {
  return !SPEAKER_PRONOUNS.has(word) && !STOPWORDS.has(word)
}

/** `residents`, `reporters`: a plural, which no verb after "to" is (`discuss`, `focus` end otherwise). */
function isPluralNoun(word: string): boolean {
  return isBareNoun(word) && PLURAL_ENDING.test(word)
}

/**
 * The subject of a clause that introduces a quote without a cue verb
 * (`Rachel Stephens, senior analyst at RedMonk, shared her perspective:`),
 * past an introductory phrase (`In the midst of the fear, Uber …`).
 */
function clauseSubject(tokens: readonly Token[], floor: number): Mention | null {
  let start = floor
  const first = tokens[start]
  if (first && INTRODUCTORY.has(first.text.toLowerCase())) {
    const comma = tokens.findIndex((token, index) => index > start && token.text === ',')
    // `On one Facebook page an unidentified poster wrote`: without a comma the subject is the next noun phrase.
    const next = tokens.findIndex((token, index) => index > start + 1 && DETERMINERS.has(token.text.toLowerCase()) && isLowercaseWord(tokens[index - 1]))
    if (comma !== -1 && comma - start <= MAX_DESCRIPTION_WORDS * 2) start = comma + 1
    else if (next !== -1) start = next
  }
  const token = tokens[start]
  if (!token || token.kind !== 'word') return null
  if (SPEAKER_PRONOUNS.has(token.text.toLowerCase())) return {text: token.text, kind: 'pronoun', at: token.start}
  if (DETERMINERS.has(token.text.toLowerCase())) {
    // `an unidentified poster`, `one survey respondent`: two words at most, the second not a verb's past or -s form.
    let end = start
    while (isLowercaseWord(tokens[end + 1]) && end - start < 2 && (end === start || !/(?:ed|s)$/u.test(tokens[end + 1]?.text ?? ''))) end++
    // `The leader of Ennahda, Rachid Ghannouchi, condemned`: the name in apposition is the subject.
    const comma = tokens.findIndex((candidate, index) => index > end && index <= end + MAX_DESCRIPTION_WORDS && candidate.text === ',')
    const named = comma === -1 ? null : nameStartingAt(tokens, comma + 1)
    if (named && tokens[named.end + 1]?.text === ',') return named.mention
    if (end > start) return {text: joinTokens(tokens, start, end), kind: 'description', at: token.start}
    // `The Food Standards Agency warned`: an organisation's name keeps its article.
    return nameStartingAt(tokens, DEFINITE_ARTICLES.has(token.text.toLowerCase()) ? start : start + 1)?.mention ?? null
  }
  const named = nameStartingAt(tokens, start)
  if (!named) return null
  // `Snopes fact checker and staff writer David Emery posted`: later names in the subject may be the person.
  const alternatives: Mention[] = []
  for (let index = named.end + 1; index < tokens.length && index <= named.end + MAX_DESCRIPTION_WORDS; index++) {
    const token = tokens[index]
    if (!token || token.kind !== 'word') break
    const later = nameStartingAt(tokens, index)
    if (later) {
      alternatives.push(later.mention)
      index = later.end
    }
  }
  return alternatives.length > 0 ? {...named.mention, alternatives} : named.mention
}

/**
 * The name starting at tokens[start]: a capitalised run with particles and
 * the words that join an organisation's name (`Luis de Miranda`, `Claret and
 * Hugh`), or a user name (`elmo666`).
 */
function nameStartingAt(tokens: readonly Token[], start: number): {mention: Mention; end: number} | null {
  const first = tokens[start]
  if (!first) return null
  if (isHandle(first)) return {mention: {text: first.text, kind: 'name', at: first.start}, end: start}
  // A sentence opener starts no name, unless a name follows it (`New Zealand`, `The Guardian`).
  const opener = NOT_NAMES.has(first.text.toLowerCase()) && !(isCapitalised(tokens[start + 1]) && !NOT_NAMES.has(tokens[start + 1]?.text.toLowerCase() ?? ''))
  if (!isCapitalised(first) || opener || !isWordOfName(first.text)) return null
  let end = start
  for (;;) {
    const next = tokens[end + 1]
    if (isCapitalised(next) && next && !NOT_NAMES.has(next.text.toLowerCase())) end++
    else if (next && (NAME_PARTICLES.has(next.text) || NAME_CONNECTORS.has(next.text)) && isCapitalised(tokens[end + 2])) end += 2
    else break
  }
  return {mention: {text: joinTokens(tokens, start, end), kind: 'name', at: first.start}, end}
}

/** Not a contraction (`Don’t say`, `You'll`) and no dots but an initial's or a title's. */
function isWordOfName(word: string): boolean {
  return !/['’](?:t|ll|re|ve|d|m)$/iu.test(word) && !/\.\p{L}/u.test(word.replace(/^(?:\p{L}\.)+$/u, ''))
}

/** The text of tokens[start..end] as written. */
function joinTokens(tokens: readonly Token[], start: number, end: number): string {
  let text = ''
  for (let index = start; index <= end; index++) {
    const token = tokens[index]
    if (!token) continue
    const previous = tokens[index - 1]
    text += index > start && previous && previous.end < token.start ? ` ${token.text}` : token.text
  }
  return text
}

/** `”卢宇说，` · `”李博灏说。` · `”卢宇恳切地说。` */
function cjkAttributionAfter(text: string, offset: number): Attribution | null {
  const clause = text.slice(0, firstBoundary(text))
  const cue = lastCjkCue(clause)
  if (!cue) return null
  return {speaker: cjkMention(clause, cue.at, offset), cue: cue.text, addressee: null, immediate: cue.at < 12}
}

/**
 * `박민호 교통청장은 "…"이라며 "…"고 말했다.` · `桐生雅人市長は「…」と述べました。`: the
 * particle after the quote hands it to the verb that ends the sentence, whose
 * subject is the name it opens on; without one, the verb is subjectless.
 */
function particleAttribution(text: string, from: number): Attribution | null {
  const rest = text.slice(from)
  const sentenceEnd = rest.search(SENTENCE_MARKS)
  const clause = sentenceEnd === -1 ? rest : rest.slice(0, sentenceEnd)
  const cue = KOREAN_CUE.exec(clause)?.[0] ?? JAPANESE_CUE.exec(clause)?.[1]
  if (!cue) return null
  let start = from
  while (start > 0 && !SENTENCE_MARKS.test(text.charAt(start - 1))) start--
  const name = topicNames(text.slice(start, from)).at(-1)
  const speaker: Mention | null = name ? {text: name.words.join(name.joiner), kind: 'name', at: start + name.offset} : null
  return {speaker, cue, addressee: null, immediate: true, subjectless: speaker === null, particle: true}
}

/** `马素湘说：` · `他说：` · `全国政协委员张近东提出` · `席尔霍尔茨补充说，在测试中使用雪利酒` before the opening mark. */
function cjkAttributionBefore(text: string, offset: number): Attribution | null {
  const trimmed = trimTrailing(text, ' \t:：,，')
  const cue = lastCjkCue(trimmed)
  if (!cue) return null
  return {speaker: cjkMention(trimmed, cue.at, offset), cue: cue.text, addressee: null, immediate: false}
}

function cjkMention(text: string, cueAt: number, offset: number): Mention | null {
  const name = cjkNameBefore(text, cueAt)
  if (!name) return null
  const at = offset + cueAt - name.length
  return {text: name, kind: CJK_PRONOUNS.has(name) ? 'pronoun' : 'name', at}
}

/** The speech verb ending last in the text, the longest when two end together (`补充说` over `说`). */
function lastCjkCue(text: string): {text: string; at: number} | undefined {
  let found: {text: string; at: number} | undefined
  for (const cue of CJK_CUES) {
    const at = text.lastIndexOf(cue)
    const ends = (candidate: {text: string; at: number}) => candidate.at + candidate.text.length
    if (at !== -1 && (!found || ends({text: cue, at}) > ends(found) || (ends({text: cue, at}) === ends(found) && cue.length > found.text.length))) {
      found = {text: cue, at}
    }
  }
  return found
}

function firstBoundary(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    if (CLAUSE_END.has(char) || char === '，' || char === ',' || char === QUOTE_MASK) return index
  }
  return text.length
}
