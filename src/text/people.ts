/**
 * The people an article names. Runs of capitalised words are read as names;
 * titles and roles in front are kept apart; places, organisations and
 * sentence-opening words are left out. A run counts as a person when the text
 * treats it as one: a title or role before it, a speech verb or an
 * appositive beside it, or the surname or first name used alone elsewhere.
 * Every mention is then clustered with the fullest form of the name it fits
 * ("Putin", "Mr Putin" → "Vladimir Putin"), the nearest earlier one when two
 * people share a surname.
 */
import type {Person} from '../article.js'
import {CJK_CUES, CUE_WORDS} from '../rules/cues.js'
import {
  DETERMINERS,
  FEMININE,
  MASCULINE,
  NAME_PARTICLES,
  NATIONALITIES,
  NOT_NAMES,
  NOT_PERSON_WORDS,
  PERSONAL_TITLES,
  ROLE_NOUNS,
  TITLES
} from '../rules/people.js'
import {STOPWORDS} from '../rules/stopwords.js'
import {isCapitalised, tokenize, type Token} from './words.js'

/** Where a mention stands: paragraph index and offset in it. */
export interface Place {
  paragraph: number
  offset: number
}

export type Gender = 'm' | 'f'

export interface PeopleIndex {
  /** Everyone named with a full name or a title, most mentioned first. */
  readonly people: Person[]
  /** The fullest name of the person a mention refers to, as read at `place`; null when it names nobody the index knows. */
  resolve(mention: string, place: Place): string | null
  /** The person mentioned last before `place` whose gender (when known) agrees, if any. */
  lastPersonBefore(place: Place, gender: Gender | null): string | null
}

/** A capitalised run read as a name. */
interface NameRun {
  words: string[]
  /** How the words are written together: a space, or the dot of a transliterated Chinese name. */
  joiner: string
  role: string | null
  /** A personal title before it (`Mr`, `President`): a person even with one name. */
  titled: boolean
  /** A role, a role noun, a speech verb or an appositive beside it marks it as a person's. */
  personal: boolean
  /** Gender words right after it: a pronoun, or a title before it. Positive for a man. */
  gender: number
  at: number
}

interface Cluster {
  words: string[]
  joiner: string
  role: string | null
  titled: boolean
  gender: number
  /** Positions of its mentions, in reading order once clustering is done. */
  mentions: number[]
}

/** Clusters looked at for one mention, a bound on the work when many names share a word. */
const MAX_CANDIDATES = 50
/** How many earlier mentions a pronoun is checked against. */
const MAX_PRONOUN_LOOKBACK = 12
/** Words after a name searched for a pronoun that tells its gender. */
const GENDER_WINDOW = 12
/** Longest CJK name kept: longer runs are clauses, not names. */
const MAX_CJK_NAME = 10
/** How many CJK names a page may add, a bound on the work per page. */
const MAX_CJK_NAMES = 100
const HAN_NAME_DOT = /[\p{Script=Han}]{1,8}[·•・?][\p{Script=Han}]{1,8}/gu
const NAME_DOT = /[·•・?]/u
/** Chinese role words written before a name: 发言人 (spokesperson), 教授 (professor)… */
const CJK_ROLE = /^.*(?:发言人|委员|教授|主任|记者|总统|总理|部长|主席|代表|学生|博士|先生|女士|局长|院长|经理|专家|学者|校长|董事长|研究员)/u
/** Adverbs between a name and its verb: 恳切地 (earnestly), 还 (also), 进一步 (further)… */
const CJK_ADVERB = /(?:[\p{Script=Han}]{1,2}地|进一步|[还也则又都就曾更便亦再仍])+$/u
const CJK_BOUNDARY = /[，。；：、！？“”「」『』（）()\s,.;:!?]/u
const SENTENCE_END = new Set(['.', '!', '?', ':', '。', '！', '？'])

export function indexPeople(paragraphs: readonly string[]): PeopleIndex {
  const lowercaseWords = new Set<string>()
  const tokens = paragraphs.map((text) => tokenize(text))
  for (const token of tokens.flat()) if (/^\p{Ll}/u.test(token.text)) lowercaseWords.add(token.text)
  const runs = paragraphs.flatMap((text, paragraph) => [
    ...nameRuns(tokens[paragraph] ?? [], paragraph, lowercaseWords),
    ...cjkNameRuns(text, paragraph)
  ])
  return new Index(clusterRuns(runs))
}

/**
 * Split `Russian President Vladimir Putin` into role `Russian President` and
 * name words `Vladimir Putin`: the name starts after the last title,
 * nationality or organisation word (`Whole Foods CEO John Mackey`).
 */
export function splitRole(words: readonly string[]): {name: string[]; role: string | null; start: number} {
  let first = 0
  while (first < words.length && isNotName(words[first])) first++
  let end = words.length
  while (end > first && isNotName(words[end - 1])) end--
  let start = first
  for (let index = first; index < end - 1; index++) if (isRoleWord(words[index] ?? '')) start = index + 1
  const name = words.slice(start, end).map((word, index, all) => (index === all.length - 1 ? withoutPossessive(word) : word))
  return {name, role: start > first ? words.slice(first, start).join(' ') : null, start}
}

/** Name words of a mention as written in a sentence (`Mr. Reeves`, `RedMonk’s Stephens`, `Putin`). */
export function mentionWords(mention: string): string[] {
  const words = mention.split(/\s+/).filter(Boolean)
  const owner = words.findLastIndex((word, index) => index < words.length - 1 && /['’]s$/u.test(word))
  return splitRole(words.slice(owner + 1)).name
}

/** The Chinese name (or pronoun) written just before a speech verb at `end`, or null. */
export function cjkNameBefore(text: string, end: number): string | null {
  let clause = text.slice(Math.max(0, end - 40), end).replace(/[(（][^()（）]*[)）]$/u, '')
  let boundary = clause.length
  while (boundary > 0 && !CJK_BOUNDARY.test(clause.charAt(boundary - 1))) boundary--
  clause = clause.slice(boundary)
  clause = clause.slice(clause.lastIndexOf('的') + 1).replace(CJK_ROLE, '').replace(CJK_ADVERB, '')
  const pronoun = /^[他她]们?/u.exec(clause)
  if (pronoun) return pronoun[0]
  // 它 (it), 这 / 那 (this / that), 我 / 你 (I / you) open clauses, not names.
  if (/^[它这那我你]/u.test(clause)) return null
  return clause.length >= 2 && clause.length <= MAX_CJK_NAME ? clause : null
}

/** Index of the last value below `at` in an ascending list, or -1. */
export function indexBefore(sorted: readonly number[], at: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sorted[middle] ?? Infinity) < at) low = middle + 1
    else high = middle
  }
  return low - 1
}

function lower(word: string | undefined): string {
  return (word ?? '').toLowerCase()
}

/** Sentence openers, times and function words of any language the stopword lists know. */
function isNotName(word: string | undefined): boolean {
  const bare = lower(word)
  return NOT_NAMES.has(bare) || (STOPWORDS.has(bare) && !NAME_PARTICLES.has(word ?? ''))
}

function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/['’]$/u, '')
}

function isRoleWord(word: string): boolean {
  const bare = lower(word)
  return TITLES.has(bare) || NATIONALITIES.has(bare) || NOT_PERSON_WORDS.has(bare) || isAcronym(word)
}

function isAcronym(word: string): boolean {
  const bare = word.replace(/\.$/u, '')
  return bare.length > 1 && bare === bare.toUpperCase() && /\p{Lu}/u.test(bare) && !bare.includes('.') && !bare.includes('-')
}

function position(paragraph: number, offset: number): number {
  return paragraph * 1e8 + offset
}

/** Capitalised runs of a paragraph that may be names, with what marks them as people's. */
function nameRuns(tokens: readonly Token[], paragraph: number, lowercaseWords: ReadonlySet<string>): NameRun[] {
  const runs: NameRun[] = []
  let index = 0
  while (index < tokens.length) {
    if (!isCapitalised(tokens[index])) {
      index++
      continue
    }
    const end = runEnd(tokens, index)
    const run = readRun(tokens, trimmedStart(tokens, index, end, lowercaseWords), trimmedEnd(tokens, index, end, lowercaseWords), paragraph)
    if (run) runs.push(run)
    index = end
  }
  return runs
}

/** The end (exclusive) of the capitalised run starting at tokens[start]. */
function runEnd(tokens: readonly Token[], start: number): number {
  let end = start + 1
  while (end < tokens.length) {
    const token = tokens[end]
    const previous = tokens[end - 1]
    // A possessive ends a name: in `RedMonk’s Stephens` the company owns the person.
    if (!token || !previous || /['’]s$/u.test(previous.text)) break
    if (isCapitalised(token) && token.start === previous.end + 1) end++
    else if (NAME_PARTICLES.has(token.text) && isCapitalised(tokens[end + 1])) end += 2
    else break
  }
  return end
}

/**
 * A sentence's first word is capitalised whatever it is: it stays out of a
 * name when the article also writes it in lower case (`Enter Stuart R.
 * Kaplan`, `But Lladanosa`).
 */
function trimmedStart(tokens: readonly Token[], start: number, end: number, lowercaseWords: ReadonlySet<string>): number {
  const opensSentence = start === 0 || SENTENCE_END.has(tokens[start - 1]?.text ?? '') || tokens[start - 1]?.kind === 'quote'
  const word = lower(tokens[start]?.text)
  return opensSentence && end - start > 1 && (lowercaseWords.has(word) || /^\p{Ll}+ing$/u.test(word)) ? start + 1 : start
}

/** Title-case text runs on past a name (`Brendan Eich Steps Down as …`): words the article also writes in lower case end it. */
function trimmedEnd(tokens: readonly Token[], start: number, end: number, lowercaseWords: ReadonlySet<string>): number {
  let trimmed = end
  while (trimmed - start > 2 && lowercaseWords.has(lower(tokens[trimmed - 1]?.text))) trimmed--
  return trimmed
}

function readRun(tokens: readonly Token[], start: number, end: number, paragraph: number): NameRun | null {
  if (end <= start) return null
  const {name, role, start: nameStart} = splitRole(tokens.slice(start, end).map((token) => token.text))
  if (name.length === 0 || !name.every(isNameWord) || name.some((word) => NOT_PERSON_WORDS.has(lower(word)))) return null
  const before = tokens[start - 1]
  const after = tokens[end]
  const roleWords = role?.split(' ').map(lower) ?? []
  const personal =
    role !== null ||
    (before?.kind === 'word' && (ROLE_NOUNS.has(lower(before.text)) || CUE_WORDS.has(before.text))) ||
    (after?.kind === 'word' && CUE_WORDS.has(after.text)) ||
    (after?.text === ',' && startsAppositive(tokens[end + 1]))
  const titleGender = roleWords.reduce((sum, word) => sum + (MASCULINE.has(word) ? 3 : FEMININE.has(word) ? -3 : 0), 0)
  return {
    words: name,
    joiner: ' ',
    role,
    titled: roleWords.some((word) => PERSONAL_TITLES.has(word)),
    personal,
    gender: titleGender + pronounAfter(tokens, end),
    at: position(paragraph, tokens[start + nameStart]?.start ?? 0)
  }
}

/** +1 when the first gendered word after a name is masculine, -1 when feminine, 0 when none comes before another name. */
function pronounAfter(tokens: readonly Token[], from: number): number {
  for (let index = from; index < Math.min(tokens.length, from + GENDER_WINDOW); index++) {
    const token = tokens[index]
    if (!token || (index > from && isCapitalised(token) && !SENTENCE_END.has(tokens[index - 1]?.text ?? ''))) return 0
    const word = lower(token.text)
    if (MASCULINE.has(word)) return 1
    if (FEMININE.has(word)) return -1
  }
  return 0
}

/** `, who …`, `, a senior fellow …`, `, 45, …` after a name. */
function startsAppositive(token: Token | undefined): boolean {
  if (!token) return false
  const word = lower(token.text)
  return word === 'who' || /^\d+$/.test(word) || (DETERMINERS.has(word) && word.length <= 3) || ROLE_NOUNS.has(word)
}

/** A word that can be part of a name: not an acronym, no digits, not a sentence opener. */
function isNameWord(word: string, index: number): boolean {
  if (index > 0 && NAME_PARTICLES.has(word)) return true
  return !/\d/u.test(word) && !isNotName(word) && !isAcronym(word)
}

/** Chinese names: transliterated names with a middle dot, and the names written before speech verbs. */
function cjkNameRuns(text: string, paragraph: number): NameRun[] {
  if (!/\p{Script=Han}/u.test(text)) return []
  const runs: NameRun[] = []
  const add = (name: string, offset: number) => {
    const dot = NAME_DOT.exec(name)?.[0]
    const words = dot ? name.split(dot) : [name]
    runs.push({words, joiner: dot ?? '', role: null, titled: true, personal: true, gender: 0, at: position(paragraph, offset)})
  }
  for (const match of text.matchAll(HAN_NAME_DOT)) {
    const name = match[0].replace(CJK_ROLE, '')
    add(name, (match.index ?? 0) + match[0].length - name.length)
  }
  for (const cue of CJK_CUES) {
    for (let at = text.indexOf(cue); at !== -1 && runs.length < MAX_CJK_NAMES; at = text.indexOf(cue, at + cue.length)) {
      const name = cjkNameBefore(text, at)
      if (name && name.length <= 4 && !/^[他她]/u.test(name)) add(name, at - name.length)
    }
  }
  return runs
}

/**
 * Clusters the runs into people: the fullest names first, each shorter run
 * joining the person whose name contains it, the nearest earlier one when
 * several do. Runs that join nobody and show no sign of being a person are
 * dropped as places, organisations or things.
 */
function clusterRuns(runs: readonly NameRun[]): Cluster[] {
  const usedAlone = new Set(runs.filter((run) => run.words.length === 1).map((run) => lower(run.words[0])))
  const byName = new Map<string, NameRun[]>()
  for (const run of runs) {
    const key = run.words.join(' ')
    byName.set(key, [...(byName.get(key) ?? []), run])
  }
  const distinct = [...byName.values()].sort((a, b) => length(b) - length(a) || firstAt(a) - firstAt(b))
  const clusters: Cluster[] = []
  const byWord = new Map<string, Cluster[]>()
  for (const sameName of distinct) {
    const isPerson = isPersonName(sameName, usedAlone)
    for (const run of sameName) {
      const cluster = nearestContaining(byWord, run.words, run.at)
      if (cluster) {
        cluster.mentions.push(run.at)
        cluster.role ??= run.role
        cluster.titled ||= run.titled
        cluster.gender += run.gender
      } else if (isPerson) {
        const created: Cluster = {...run, mentions: [run.at]}
        clusters.push(created)
        for (const word of new Set(run.words.map(lower))) byWord.set(word, [...(byWord.get(word) ?? []), created])
      }
    }
  }
  for (const cluster of clusters) cluster.mentions.sort((a, b) => a - b)
  return clusters
}

function length(runs: readonly NameRun[]): number {
  return runs[0]?.words.length ?? 0
}

function firstAt(runs: readonly NameRun[]): number {
  return runs[0]?.at ?? 0
}

/**
 * A full name is a person's when a mention shows it (title, role, speech
 * verb, appositive) or the article uses the first name or surname alone; a
 * single name when it has a title or speaks (`Mr Obama`, `ScreamMyName told me`).
 */
function isPersonName(sameName: readonly NameRun[], usedAlone: ReadonlySet<string>): boolean {
  const words = sameName[0]?.words ?? []
  if (sameName.some((run) => run.personal)) return true
  return words.length > 1 && (usedAlone.has(lower(words.at(-1))) || usedAlone.has(lower(words[0])))
}

/** The person whose name contains `words` in order, mentioned nearest before `at`, else first after it. */
function nearestContaining(byWord: ReadonlyMap<string, Cluster[]>, words: readonly string[], at: number): Cluster | undefined {
  const candidates = new Set([...(byWord.get(lower(words.at(-1))) ?? []), ...(byWord.get(lower(words[0])) ?? [])])
  let best: Cluster | undefined
  let bestBefore = -Infinity
  let bestAfter = Infinity
  for (const cluster of [...candidates].slice(0, MAX_CANDIDATES)) {
    if (!containsInOrder(cluster.words, words)) continue
    const before = cluster.mentions[indexBefore(cluster.mentions, at)]
    if (before !== undefined ? before > bestBefore : bestBefore === -Infinity && (cluster.mentions[0] ?? Infinity) < bestAfter) {
      best = cluster
      if (before !== undefined) bestBefore = before
      else bestAfter = cluster.mentions[0] ?? Infinity
    }
  }
  return best
}

function containsInOrder(whole: readonly string[], part: readonly string[]): boolean {
  let next = 0
  for (const word of whole) if (next < part.length && sameWord(word, part[next] ?? '')) next++
  return next === part.length
}

/** Words equal, or an initial for the word (`R.` for `Robert`). */
function sameWord(word: string, other: string): boolean {
  const a = word.toLowerCase()
  const b = other.toLowerCase()
  if (a === b) return true
  const initial = (value: string) => /^\p{L}\.$/u.test(value)
  return (initial(b) && a.startsWith(b.charAt(0))) || (initial(a) && b.startsWith(a.charAt(0)))
}

class Index implements PeopleIndex {
  readonly people: Person[]
  readonly #byWord = new Map<string, Cluster[]>()
  /** Every mention of a person in reading order, for "who was mentioned last". */
  readonly #timeline: {at: number; cluster: Cluster}[]
  readonly #timelineAt: number[]

  constructor(clusters: readonly Cluster[]) {
    for (const cluster of clusters) {
      for (const word of new Set(cluster.words.map(lower))) this.#byWord.set(word, [...(this.#byWord.get(word) ?? []), cluster])
    }
    this.#timeline = clusters.flatMap((cluster) => cluster.mentions.map((at) => ({at, cluster}))).sort((a, b) => a.at - b.at)
    this.#timelineAt = this.#timeline.map((entry) => entry.at)
    this.people = clusters
      .filter((cluster) => cluster.words.length > 1 || cluster.titled)
      .map((cluster) => ({cluster, first: cluster.mentions[0] ?? 0}))
      .sort((a, b) => b.cluster.mentions.length - a.cluster.mentions.length || a.first - b.first)
      .map(({cluster}) => ({name: fullName(cluster), role: cluster.role, mentions: cluster.mentions.length}))
  }

  resolve(mention: string, place: Place): string | null {
    const dot = /\p{Script=Han}/u.test(mention) ? (NAME_DOT.exec(mention)?.[0] ?? '') : null
    const words = dot === null ? mentionWords(mention) : dot ? mention.split(dot) : [mention]
    if (words.length === 0) return null
    const cluster = nearestContaining(this.#byWord, words, position(place.paragraph, place.offset))
    return cluster ? fullName(cluster) : null
  }

  lastPersonBefore(place: Place, gender: Gender | null): string | null {
    const last = indexBefore(this.#timelineAt, position(place.paragraph, place.offset))
    for (let index = last; index >= 0 && index > last - MAX_PRONOUN_LOOKBACK; index--) {
      const cluster = this.#timeline[index]?.cluster
      if (cluster && agrees(cluster.gender, gender)) return fullName(cluster)
    }
    return null
  }
}

function agrees(votes: number, gender: Gender | null): boolean {
  return gender === null || votes === 0 || (gender === 'm') === votes > 0
}

function fullName(cluster: Cluster): string {
  return cluster.words.join(cluster.joiner)
}
