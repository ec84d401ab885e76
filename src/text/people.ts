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
import {CUE_WORDS, DEFINITE_ARTICLES} from '../rules/cues.js'
import {FIRST_NAMES} from '../rules/first-names.js'
import {
  ARTICLES,
  COMPANY_WORDS,
  DETERMINERS,
  FEMININE,
  GERMAN_ROLE_NOUNS,
  LANDFORMS,
  MASCULINE,
  NAME_PARTICLES,
  NATIONALITIES,
  NOT_NAMES,
  NOT_PERSON_WORDS,
  OBJECT_VERBS,
  ORGANISATION_COMPOUND,
  ORGANISATION_NOUNS,
  ORGANISATION_WORDS,
  PERSONAL_TITLES,
  POSSESSIVE_DETERMINERS,
  RELATION_NOUNS,
  ROLE_NOUN_COMPOUND,
  ROLE_NOUNS,
  TITLE_ENDINGS,
  TITLE_NOUNS,
  TITLES
} from '../rules/people.js'
import {STOPWORDS} from '../rules/stopwords.js'
import {chineseNames, mentionsOf, splitChineseName} from './chinese-names.js'
import {topicNames} from './topic-names.js'
import {indexBefore, isCapitalised, isHandle, isLowercaseWord, tokenize, type Token} from './words.js'

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
  /** The person a pronoun at `place` stands for, and the paragraph where they were last mentioned. */
  lastPersonBefore(place: Place, gender: Gender | null): {name: string; paragraph: number} | null
  /** The organisation named last, a few paragraphs before `place` at most, that `the company` stands for. */
  lastOrganisationBefore(place: Place): string | null
  /** The one person named before `place` whose role ends on `noun`, that `the judge` stands for; null when none or several. */
  onlyPersonWithRole(noun: string, place: Place): string | null
}

/** An organisation's name where the text gives it: `Energy Control’s service`, `the Food Standards Agency`. */
interface OrganisationMention {
  name: string
  at: number
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
  /** After a preposition or a verb that takes an object. */
  object: boolean
  /** Not a possessive and not an object: a subject, which a pronoun is more likely to stand for. */
  salient: boolean
  /** The first word of a sentence, capitalised whatever it is. */
  opensSentence: boolean
  at: number
}

interface Cluster {
  words: string[]
  joiner: string
  role: string | null
  titled: boolean
  gender: number
  /** Positions of the mentions of its fullest name, in reading order. */
  defining: number[]
  /** The latest mention attached so far while mentions are read in order. */
  lastAttached: number
}

/** A mention of a person, in reading order. */
interface Mention {
  at: number
  cluster: Cluster
  salient: boolean
}

/** Clusters looked at for one mention, a bound on the work when many names share a word. */
const MAX_CANDIDATES = 50
/** How many earlier mentions a pronoun is checked against. */
const MAX_PRONOUN_LOOKBACK = 12
/** Words inside an organisation's name: `Department of Conservation`, `Center on Poverty and Inequality`. */
const ORGANISATION_CONNECTORS = new Set(['of', 'on', 'for', 'and', '&'])
/** `The company` stands for an organisation named at most this many paragraphs before. */
const MAX_ORGANISATION_DISTANCE = 3
/** A role set off after a name: at most this many words, its role noun among the first few, ended by one of these marks (or the paragraph's end). */
const MAX_ROLE_WORDS = 12
const MAX_WORDS_BEFORE_ROLE_NOUN = 2
const ROLE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', '—', '–'])
/** The only function words inside a role set off before a name: `head of the council`, `portavoz de la autoridad`. */
const ROLE_CONNECTORS: ReadonlySet<string> = new Set('of for at on in to and the a an de del della di du des da do dos das la le les el los las il lo gli'.split(' '))
/** A relative clause after the role ends it: `a teacher who was travelling home` → `teacher`. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whose', 'whom', 'which', 'that', 'where', 'when'])
/** Words after a name searched for a pronoun that tells its gender. */
const GENDER_WINDOW = 12
const SENTENCE_END = new Set(['.', '!', '?', ':', '。', '！', '？'])
const OBJECT_PRONOUNS = new Set(['him', 'her'])
/** The opening bracket of text set in Chinese or Japanese. */
const FULL_WIDTH_BRACKET = /^[（【〔]$/u
/** A name after one of these is an object, which a later pronoun is less likely to stand for. */
const PREPOSITIONS = new Set('of with to by for from about against at in on as than like between among into onto toward towards'.split(' '))
const APOSTROPHES = "'’"
/** `a-t-il confié`: a French inversion, whose pronoun is its last part. */
const FRENCH_INVERSION = /^.*-(?:t-)?(il|elle)$/u
/** `Libraries`, `Agencies`: the plural of an organisation's word (a plural in -s may be a surname: `Banks`). */
const PLURAL_IES = /ies$/u
/** `R.`: an initial standing for a name. */
const INITIAL = /^\p{L}\.$/u

/** The people index of some paragraphs; `tokens` when the caller has tokenised them already. */
export function indexPeople(paragraphs: readonly string[], tokens: readonly (readonly Token[])[] = paragraphs.map((text) => tokenize(text))): PeopleIndex {
  const vocabulary = vocabularyOf(tokens)
  const organisations: OrganisationMention[] = []
  const latin = paragraphs.flatMap((_, paragraph) =>
    isHeading(tokens[paragraph] ?? []) ? [] : nameRuns(tokens[paragraph] ?? [], paragraph, vocabulary, organisations)
  )
  return new Index(clusterRuns([...latin, ...chineseNameRuns(paragraphs)]), organisations)
}

/** A heading in title case (`Depth of Content = Quality + Frequency`): its capitals say nothing about names. */
function isHeading(tokens: readonly Token[]): boolean {
  const last = tokens.at(-1)
  if (!last || last.kind !== 'word' || tokens.some((token) => token.kind === 'quote')) return false
  const words = tokens.filter((token) => token.kind === 'word' && !STOPWORDS.has(token.text.toLowerCase()))
  return words.length >= 2 && words.filter(isCapitalised).length >= words.length * 0.7
}

/** How the article writes its words: which in lower case, which capitalised inside a sentence. */
interface Vocabulary {
  lowercase: Set<string>
  capitalisedInside: Set<string>
}

function vocabularyOf(paragraphs: readonly (readonly Token[])[]): Vocabulary {
  const vocabulary: Vocabulary = {lowercase: new Set(), capitalisedInside: new Set()}
  for (const tokens of paragraphs) {
    tokens.forEach((token, index) => {
      if (isLowercaseWord(token)) vocabulary.lowercase.add(token.text)
      else if (isCapitalised(token) && index > 0 && !SENTENCE_END.has(tokens[index - 1]?.text ?? '') && tokens[index - 1]?.kind !== 'quote') {
        vocabulary.capitalisedInside.add(token.text)
      }
    })
  }
  return vocabulary
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
  for (let index = first; index < end - 1; index++) if (isRoleWord(words[index] ?? '') || isRoleNounBeforeName(words, index, end)) start = index + 1
  // `Burmistrz Tarnowca Jolanta Ostrowska`: a role and its place before a given name (not a second one, `Mary Anne`).
  const given = words.findIndex((word, index) => index > start && index < end - 1 && isGivenName(word) && !isGivenName(words[index - 1]))
  if (given > start && words.slice(first, given).some((word) => ROLE_NOUNS.has(lower(word)))) start = given
  const name = words.slice(start, end).map((word, index, all) => (index === all.length - 1 ? withoutPossessive(word) : word))
  return {name, role: start > first ? words.slice(first, start).join(' ') : null, start}
}

/** Name words of a mention as written in a sentence (`Mr. Reeves`, `RedMonk’s Stephens`, `Putin`). */
export function mentionWords(mention: string): string[] {
  const words = mention.split(/\s+/).filter(Boolean)
  const owner = words.findLastIndex((word, index) => index < words.length - 1 && isPossessive(word))
  return splitRole(words.slice(owner + 1)).name
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
  const bare = isPossessive(word) ? word.slice(0, -2) : word
  return endsWithApostrophe(bare) ? bare.slice(0, -1) : bare
}

/** `RedMonk’s`. (Character tests: these run for most words of the body.) */
function isPossessive(word: string): boolean {
  return word.endsWith('s') && APOSTROPHES.includes(word.charAt(word.length - 2))
}

function endsWithApostrophe(word: string): boolean {
  return word !== '' && APOSTROPHES.includes(word.charAt(word.length - 1))
}

function isRoleWord(word: string): boolean {
  const bare = lower(word)
  return (
    TITLES.has(bare) ||
    NATIONALITIES.has(bare) ||
    NOT_PERSON_WORDS.has(bare) ||
    ORGANISATION_WORDS.has(bare.replace(PLURAL_IES, 'y')) ||
    isAcronym(word) ||
    bare.endsWith('-based') ||
    TITLE_ENDINGS.test(bare)
  )
}

/**
 * A capitalised role noun before a name of two words or more: a German one (`Landrat Jürgen Vosskamp`, as
 * German capitalises every noun), or another with a known given name after it (`City Engineer Howard
 * Kessling`): without the given name, such a word may open the name of a body (`Economist Intelligence Unit`).
 */
function isRoleNounBeforeName(words: readonly string[], index: number, end: number): boolean {
  const word = lower(words[index])
  if (index > end - 3) return false
  if (GERMAN_ROLE_NOUNS.has(word) || ROLE_NOUN_COMPOUND.test(word)) return true
  return ROLE_NOUNS.has(word) && isGivenName(words[index + 1])
}

/** A known given name, or one joined to another (`Klaus-Dieter`). */
function isGivenName(word: string | undefined): boolean {
  return FIRST_NAMES.has(lower(word).split('-')[0] ?? '')
}

/** A word that makes a run an organisation's name: `Whole Foods`, `Kestrel Air`, `Straßenbauamt Hohenbrück`. */
function isOrganisationWord(word: string): boolean {
  const bare = lower(word)
  return NOT_PERSON_WORDS.has(bare) || COMPANY_WORDS.has(bare) || ORGANISATION_COMPOUND.test(bare)
}

function isAcronym(word: string): boolean {
  const bare = word.replace(/\.$/u, '')
  return bare.length > 1 && bare === bare.toUpperCase() && /\p{Lu}/u.test(bare) && !bare.includes('.') && !bare.includes('-')
}

/** Positions are paragraph × stride + offset: one number orders every mention of the article. */
const PARAGRAPH_STRIDE = 1e8

function position(paragraph: number, offset: number): number {
  return paragraph * PARAGRAPH_STRIDE + offset
}

/** Capitalised runs of a paragraph that may be names, with what marks them as people's. */
function nameRuns(tokens: readonly Token[], paragraph: number, vocabulary: Vocabulary, organisations: OrganisationMention[]): NameRun[] {
  const runs: NameRun[] = []
  let index = 0
  /** Only a sentence's first name is the subject that the pronouns after it stand for. */
  let subjectSeen = false
  /** The end of the last organisation's name read: the names inside it (`Center` in `Stanford University's Center`) are part of it. */
  let organisationsUntil = 0
  while (index < tokens.length) {
    const token = tokens[index]
    if (SENTENCE_END.has(token?.text ?? '')) subjectSeen = false
    if (isHandle(token)) {
      const handle = handleRun(tokens, index, paragraph)
      if (handle) runs.push(handle)
    }
    if (!isCapitalised(token)) {
      index++
      continue
    }
    const end = runEnd(tokens, index)
    if (index >= organisationsUntil) {
      organisationsUntil = organisationEnd(tokens, index)
      const organisation = organisationName(tokens.slice(index, organisationsUntil).map((item) => item.text))
      if (organisation) organisations.push({name: organisation, at: position(paragraph, tokens[index]?.start ?? 0)})
    }
    const run = readRun(tokens, trimmedStart(tokens, index, end, vocabulary), trimmedEnd(tokens, index, end, vocabulary), paragraph, !subjectSeen)
    if (run) {
      runs.push(run)
      // `In Tulwet village, … from Kapsiwa, Tobias Ng'eno stood`: places in an opening phrase are no subject.
      if (!run.object) subjectSeen = true
    }
    index = end
  }
  return runs
}

/**
 * The run as an organisation's name when one of its words says so (`Energy
 * Control’s` → `Energy Control`, `Stanford University's Center on Poverty and
 * Inequality`), else null.
 */
function organisationName(words: readonly string[]): string | null {
  let first = 0
  while (first < words.length - 1 && isNotName(words[first])) first++
  const name = words.slice(first).map((word, index, all) => (index === all.length - 1 ? withoutPossessive(word) : word))
  return name.some((word) => ORGANISATION_WORDS.has(lower(withoutPossessive(word)))) ? name.join(' ') : null
}

/** The end (exclusive) of an organisation's name from tokens[start]: over possessives and `of`, `on`, `for`, `and`. */
function organisationEnd(tokens: readonly Token[], start: number): number {
  let end = start + 1
  for (;;) {
    const next = tokens[end]
    if (isCapitalised(next)) end++
    else if (next && ORGANISATION_CONNECTORS.has(next.text) && isCapitalised(tokens[end + 1])) end += 2
    else return end
  }
}

/** The end (exclusive) of the capitalised run starting at tokens[start]. */
function runEnd(tokens: readonly Token[], start: number): number {
  let end = start + 1
  while (end < tokens.length) {
    const token = tokens[end]
    const previous = tokens[end - 1]
    // A possessive ends a name: in `RedMonk’s Stephens` the company owns the person.
    if (!token || !previous || isPossessive(previous.text)) break
    // Only white space between them: one space, or the blanks where a nickname in quotes stood (`Leonora "Nora" Abesamis`).
    if (isCapitalised(token) && token.start > previous.end) end++
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
function trimmedStart(tokens: readonly Token[], start: number, end: number, vocabulary: Vocabulary): number {
  const word = tokens[start]?.text ?? ''
  if (!opensSentence(tokens, start) || end - start < 2 || isRoleWord(word)) return start
  // `Landrat Jürgen Vosskamp …`, `Burmistrz Tarnowca Jolanta Ostrowska …`: a role opening the sentence is the name's role.
  if (splitRole(tokens.slice(start, end).map((token) => token.text)).start > 0) return start
  const commonWord = vocabulary.lowercase.has(lower(word)) || /^\p{Lu}\p{Ll}+ing$/u.test(word)
  // Of three words or more, one only ever capitalised at a sentence's start is not a name's (`Enter Stuart R. Kaplan`).
  const onlyOpensSentences = end - start > 2 && !vocabulary.capitalisedInside.has(word)
  return commonWord || onlyOpensSentences ? start + 1 : start
}

/** After a full stop; not after a quote, which is mostly followed by its speaker (`"Q," Mr. Dejesus said`). */
function opensSentence(tokens: readonly Token[], index: number): boolean {
  return index === 0 || SENTENCE_END.has(tokens[index - 1]?.text ?? '')
}

/** Title-case text runs on past a name (`Brendan Eich Steps Down as …`): words the article also writes in lower case end it. */
function trimmedEnd(tokens: readonly Token[], start: number, end: number, vocabulary: Vocabulary): number {
  let trimmed = end
  const word = () => lower(tokens[trimmed - 1]?.text)
  // An organisation's last word stays, so that the run is recognised as one (`Dana F. Besecker Company`).
  while (trimmed - start > 2 && vocabulary.lowercase.has(word()) && !NOT_PERSON_WORDS.has(word())) trimmed--
  return trimmed
}

/** The name at tokens[start] follows a preposition or a verb that takes an object, perhaps with `the` between (`for the Dispatch`, `told the Courier`). */
function isObject(tokens: readonly Token[], start: number): boolean {
  const before = lower(tokens[start - 1]?.text)
  const governing = DEFINITE_ARTICLES.has(before) ? lower(tokens[start - 2]?.text) : before
  return PREPOSITIONS.has(governing) || OBJECT_VERBS.has(governing)
}

/** `and the Holy Grail`, `Hot Takes & Hair Flicks`: after an article or `&`, a full name is a thing's unless more than a pronoun shows otherwise. */
function isAfterArticleOrAmpersand(before: Token | undefined): boolean {
  return before?.text === '&' || ARTICLES.has(lower(before?.text))
}

/** `the Hot Takes podcast`, `the Island Hearts reunion`: a name between `the` and a noun names a thing, not a person. */
function namesAThing(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end]
  return lower(tokens[start - 1]?.text) === 'the' && isLowercaseWord(after) && !CUE_WORDS.has(after?.text ?? '') && !STOPWORDS.has(after?.text ?? '')
}

function readRun(tokens: readonly Token[], start: number, end: number, paragraph: number, subject: boolean): NameRun | null {
  if (end <= start || namesAThing(tokens, start, end)) return null
  const split = splitRole(tokens.slice(start, end).map((token) => token.text))
  // `глава Заречинска Андрей Лыков`: a role written before the run, which its first word (a place) qualifies.
  const roleAhead = split.role === null ? roleBefore(tokens, start) : null
  const qualified = roleAhead !== null && split.name.length >= 3 && !isGivenName(split.name[0]) && isGivenName(split.name[1])
  const name = qualified ? split.name.slice(1) : split.name
  const role = qualified ? `${roleAhead} ${split.name[0]}` : split.role
  const nameStart = split.start + (qualified ? 1 : 0)
  if (name.length === 0 || !name.every(isNameWord) || name.some(isOrganisationWord)) return null
  // `African`, `Senator`: a title or a nationality alone names nobody.
  if (name.length === 1 && isRoleWord(name[0] ?? '')) return null
  // `May 2017`, `June 4`: a month.
  if (end - start === 1 && /^\d/u.test(tokens[end]?.text ?? '')) return null
  const before = tokens[start - 1]
  const roleWords = role?.split(' ').map(lower) ?? []
  // `River Carrow`, `Lake Erie`: a landform's word in front is no person's title.
  if (roleWords.length === 1 && LANDFORMS.has(roleWords[0] ?? '')) return null
  const pronoun = subject ? pronounAfter(tokens, end) : 0
  // `Mr Obama`, `her daughter, Sarah`: a title or kin word before the name says more than a pronoun after it.
  const kin = lower(before?.text === ',' ? tokens[start - 2]?.text : before?.text)
  const titleGender = [...roleWords, kin].reduce((sum, word) => sum + (MASCULINE.has(word) ? 3 : FEMININE.has(word) ? -3 : 0), 0)
  const describedAfter = appositiveRole(tokens, end)
  // `to The Peninsula Packet`, and `In Tulwet` where the run opens a sentence on its preposition.
  const object = isObject(tokens, start) || isObject(tokens, start + nameStart)
  return {
    words: name,
    joiner: ' ',
    role: role ?? roleBefore(tokens, start) ?? describedBefore(tokens, start) ?? describedAfter,
    titled: roleWords.some((word) => PERSONAL_TITLES.has(word)),
    personal: isMarkedAsPerson(tokens, start, end, name.length > 1, roleWords, describedAfter !== null) || (pronoun !== 0 && name.length > 1 && !isAfterArticleOrAmpersand(before)),
    gender: titleGender + pronoun,
    object,
    salient: !isPossessive(tokens[end - 1]?.text ?? '') && !endsWithApostrophe(tokens[end - 1]?.text ?? '') && !object,
    opensSentence: opensSentence(tokens, start),
    at: position(paragraph, tokens[start + nameStart]?.start ?? 0)
  }
}

/**
 * What around a capitalised run shows it to be a person's name. A full name
 * (`full`) may also be shown by a pronoun taking it up (`Aksel Brun is at the
 * wheel. He has made …`), which the caller adds. `describedAfter`: a role is
 * set off after it (see `appositiveRole`).
 */
function isMarkedAsPerson(tokens: readonly Token[], start: number, end: number, full: boolean, roleWords: readonly string[], describedAfter: boolean): boolean {
  const before = tokens[start - 1]
  const after = tokens[end]
  const described = before?.text === ',' ? tokens[start - 2] : before
  return (
    // `President Arvid Solheim`, `Estlandian Prime Minister Katja Verhoeven`
    // `Campaigner Tom Reyes`, `Landrat Jürgen Vosskamp`
    roleWords.some((word) => TITLES.has(word) || NATIONALITIES.has(word) || ROLE_NOUNS.has(word) || ROLE_NOUN_COMPOUND.test(word)) ||
    // `developer Ammar Askar`, `a co-worker, Nehemiah Dejesus`
    (described?.kind === 'word' && ROLE_NOUNS.has(lower(described.text))) ||
    // `the geophysicist Daniel Rothman`, `le fromager Gaspard Lemoine`
    (full && isLowercaseWord(before) && DETERMINERS.has(lower(tokens[start - 2]?.text))) ||
    // `said Putin`, `said association chair Benedikt Aurel`, `Putin said`
    (before?.kind === 'word' && CUE_WORDS.has(before.text)) ||
    (full && cueJustBefore(tokens, start)) ||
    (after?.kind === 'word' && CUE_WORDS.has(after.text)) ||
    // `Mr. Reeves, a senior fellow`, `Kaplan, who`, `Halvorsen, 38,`, `Mulvey, operations director at`
    (after?.text === ',' && startsAppositive(tokens[end + 1])) ||
    describedAfter ||
    // `la directora de la feria, Inés Arrondo, durante`; not `the operator, Skerry Lines, says`
    (full && before?.text === ',' && isLowercaseWord(tokens[start - 2]) && !ORGANISATION_NOUNS.has(lower(tokens[start - 2]?.text)) && after?.text === ',') ||
    // `"Q." – Aksel Brun`
    (full && signs(tokens, start, end)) ||
    // `Tom Reyes was blunt`: a common given name and a surname, nothing more (`Margaret Hamilton Lego` is a toy),
    // and not the name spelt out in brackets after one in Chinese (`戴夫·汉森（Dave Hanson）`)
    (end - start === 2 && FIRST_NAMES.has(lower(tokens[start]?.text)) && !FULL_WIDTH_BRACKET.test(before?.text ?? ''))
  )
}

/**
 * +1 when the first gendered pronoun after a name is masculine, -1 when
 * feminine, 0 when none comes before another name or a quote. Objects are
 * left out, being mostly someone else (`Rothman reached out to her`, `made
 * her captain`); `her` counts as a possessive after a preposition (`for her
 * part`).
 */
function pronounAfter(tokens: readonly Token[], from: number): number {
  for (let index = from; index < Math.min(tokens.length, from + GENDER_WINDOW); index++) {
    const token = tokens[index]
    if (!token || token.kind === 'quote' || (index > from && isCapitalised(token) && !SENTENCE_END.has(tokens[index - 1]?.text ?? ''))) return 0
    // `a-t-il confié`: a French inversion carries its pronoun.
    const word = token.text.includes('-') ? lower(token.text).replace(FRENCH_INVERSION, '$1') : lower(token.text)
    if (OBJECT_PRONOUNS.has(word) && !(word === 'her' && ownsAfterPreposition(tokens, index))) continue
    if (MASCULINE.has(word)) return 1
    if (FEMININE.has(word)) return -1
  }
  return 0
}

/** A name after a quote and a dash, ending its paragraph: `"Q." – Aksel Brun`. */
function signs(tokens: readonly Token[], start: number, end: number): boolean {
  const closing = tokens[start - 2]
  const closesQuote = closing?.kind === 'quote' || /^[”"»’」]$/u.test(closing?.text ?? '')
  return closesQuote && /^[–—-]$/u.test(tokens[start - 1]?.text ?? '') && (end === tokens.length || tokens[end]?.text === ',')
}

function ownsAfterPreposition(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]
  return PREPOSITIONS.has(lower(tokens[index - 1]?.text)) && isLowercaseWord(next) && !STOPWORDS.has(next?.text ?? '')
}

/** A user name on a forum or network, `elmo666`: a person when it speaks or has an appositive. */
function handleRun(tokens: readonly Token[], index: number, paragraph: number): NameRun | null {
  const token = tokens[index]
  if (!token) return null
  const after = tokens[index + 1]
  const before = tokens[index - 1]
  const speaks = (after?.kind === 'word' && CUE_WORDS.has(after.text)) || (before?.kind === 'word' && (CUE_WORDS.has(before.text) || ROLE_NOUNS.has(before.text)))
  const personal = speaks || (after?.text === ',' && startsAppositive(tokens[index + 2]))
  if (!personal) return null
  return {
    words: [token.text],
    joiner: ' ',
    role: null,
    titled: false,
    personal,
    gender: pronounAfter(tokens, index + 1),
    object: false,
    salient: true,
    opensSentence: opensSentence(tokens, index),
    at: position(paragraph, token.start)
  }
}

/** `said Benedikt Aurel`, `said association chair Benedikt Aurel`: a speech verb a few lower-case words before. */
function cueJustBefore(tokens: readonly Token[], start: number): boolean {
  for (let index = start - 1; index >= Math.max(0, start - 3); index--) {
    const token = tokens[index]
    if (!isLowercaseWord(token)) return false
    if (token && CUE_WORDS.has(token.text)) return true
  }
  return false
}

/**
 * What the words set off after a name say its bearer does, when they open on
 * a role noun: `Hester Quayle, the head librarian,` → `head librarian`;
 * `Beatrix Lumley, chief executive of the Aldwin Freight Association.` The
 * phrase runs to the next punctuation and starts in lower case (another name
 * in a list starts in capitals), on its role noun or a word or two before it
 * (`operations director at Skerrin Tidal`, not `who is the chair of …`).
 */
function appositiveRole(tokens: readonly Token[], end: number): string | null {
  if (tokens[end]?.text !== ',') return null
  let first = end + 1
  // `the head librarian`; not `his secretary`, who is someone else.
  if (ARTICLES.has(lower(tokens[first]?.text))) first++
  let stop = first
  while (tokens[stop]?.kind === 'word' && stop - first < MAX_ROLE_WORDS && !RELATIVE_WORDS.has(lower(tokens[stop]?.text))) stop++
  // A phrase longer than a role, or one that runs on into a quote or a bracket, is none.
  const closing = tokens[stop]
  if (closing && (closing.kind === 'word' ? !RELATIVE_WORDS.has(lower(closing.text)) : !ROLE_ENDS.has(closing.text))) return null
  const words = tokens.slice(first, stop)
  const head = roleNounAt(words)
  if (head === -1) return null
  // `the artist Waite chose`: a name right after the role noun starts a clause of its own.
  const roleEnd = isCapitalised(words[head + 1]) ? head + 1 : words.length
  return words
    .slice(0, roleEnd)
    .map((word) => word.text)
    .join(' ')
}

/**
 * The role written in lower case before a name: `developer Ammar Askar` →
 * `developer`, `said council leader Hannah Ostrow` → `council leader`. The
 * word next to the name is a role noun; up to two words before it qualify it
 * when a function word, a mark or the sentence's start comes before them
 * (`the`, `said`), not another word (`defeated councillor Dev Salcombe` →
 * `councillor`). A relation (`wife Grace Roe`) is no role, nor a role after a
 * possessive (`his lawyer Mary Roe`), as with appositiveRole.
 */
function roleBefore(tokens: readonly Token[], start: number): string | null {
  const head = tokens[start - 1]
  if (isQualifiedRoleBefore(tokens, start)) return `${tokens[start - 2]?.text} ${head?.text}`
  if (!head || !isLowercaseWord(head) || !ROLE_NOUNS.has(head.text) || RELATION_NOUNS.has(head.text)) return null
  let first = start - 1
  while (start - 1 - first < MAX_WORDS_BEFORE_ROLE_NOUN && qualifiesRole(tokens, first - 1)) first--
  const boundary = tokens[first - 1]
  if (boundary?.kind === 'word') {
    if (POSSESSIVE_DETERMINERS.has(lower(boundary.text))) return null
    if (!STOPWORDS.has(lower(boundary.text))) first = start - 1
  }
  return tokens
    .slice(first, start)
    .map((token) => token.text)
    .join(' ')
}

/** `rzecznik wojewody Tomasz Wrzos`: a role noun and the word after it that qualifies it, as Polish and Russian write them. */
function isQualifiedRoleBefore(tokens: readonly Token[], start: number): boolean {
  const [role, qualifier] = [tokens[start - 2], tokens[start - 1]]
  if (!role || !qualifier || !isLowercaseWord(role) || !isLowercaseWord(qualifier)) return false
  if (!ROLE_NOUNS.has(role.text) || RELATION_NOUNS.has(role.text)) return false
  // Not a participle: `student named Sarah Gille`.
  return !ROLE_NOUNS.has(qualifier.text) && !STOPWORDS.has(qualifier.text) && !CUE_WORDS.has(qualifier.text) && !qualifier.text.endsWith('ed')
}

/**
 * A role set off before a name, opening on an article: `the head of the
 * council, Jane Roe, said` → `head of the council`; `declaró el portavoz de
 * la autoridad, Tomás Cranich` → `portavoz de la autoridad`. The phrase
 * opens on its role noun or a word or two before it, as after a name.
 */
function describedBefore(tokens: readonly Token[], start: number): string | null {
  if (tokens[start - 1]?.text !== ',') return null
  for (let first = start - 2; first >= 0 && start - 2 - first <= MAX_ROLE_WORDS && tokens[first]?.kind === 'word'; first--) {
    if (!ARTICLES.has(lower(tokens[first]?.text))) continue
    const words = tokens.slice(first + 1, start - 1)
    const head = roleNounAt(words)
    if (head === -1) continue
    // `official languages are English,`: a clause, not a role.
    if (words.slice(head + 1).some((word) => STOPWORDS.has(lower(word.text)) && !ROLE_CONNECTORS.has(lower(word.text)))) return null
    return RELATION_NOUNS.has(lower(words[head]?.text)) ? null : words.map((word) => word.text).join(' ')
  }
  return null
}

/** `council` in `council leader`, or `Council` opening the sentence; not a speech verb (`zei woordvoerder …`). */
function qualifiesRole(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (token?.kind !== 'word' || STOPWORDS.has(lower(token.text)) || CUE_WORDS.has(token.text)) return false
  return isLowercaseWord(token) || (isCapitalised(token) && opensSentence(tokens, index))
}

/**
 * Where the role noun is in a phrase that opens on it, or -1: a word or two
 * in lower case may qualify it (`senior`, `operations director`), but no
 * function word (`as a`, `and the`) stands before it.
 */
function roleNounAt(words: readonly Token[]): number {
  const head = words.findIndex((word) => ROLE_NOUNS.has(lower(word.text)))
  if (head === -1 || head > MAX_WORDS_BEFORE_ROLE_NOUN || !isLowercaseWord(words[0])) return -1
  return words.slice(0, head).some((word) => STOPWORDS.has(lower(word.text))) ? -1 : head
}

/** `, who …`, `, a senior fellow …`, `, 45, …` after a name. */
function startsAppositive(token: Token | undefined): boolean {
  if (!token) return false
  const word = lower(token.text)
  return word === 'who' || /^\d+$/.test(word) || (DETERMINERS.has(word) && word.length <= 3) || ROLE_NOUNS.has(word)
}

/**
 * A word that can be part of a name: not an acronym, no digits, no dots but
 * an initial's (`Flicks.co.nz`), not a contraction (`Don’t`, `You’ll`), not a
 * sentence opener.
 */
function isNameWord(word: string, index: number): boolean {
  if (index > 0 && NAME_PARTICLES.has(word)) return true
  const dotted = word.includes('.') && !/^\p{L}\.$/u.test(word)
  const contraction = /['’](?:t|ll|re|ve|d|m)$/iu.test(word)
  return !/\d/u.test(word) && !dotted && !contraction && !isNotName(word) && !isAcronym(word)
}

/**
 * Chinese names: transliterated names with a middle dot and names written
 * before speech verbs, then every other mention of those names; and Korean
 * and Japanese names before their titles.
 */
function chineseNameRuns(paragraphs: readonly string[]): NameRun[] {
  const shown = paragraphs.map((text) => [...chineseNames(text), ...topicNames(text)])
  const known = [...new Set(shown.flat().map(({words, joiner}) => words.join(joiner)))]
  return paragraphs.flatMap((text, paragraph) => {
    const found = [...(shown[paragraph] ?? []), ...mentionsOf(text, known, shown[paragraph] ?? [])]
    return found.map(({words, joiner, offset, role}) => ({
      words,
      joiner,
      role: role ?? null,
      titled: true,
      personal: true,
      gender: 0,
      object: false,
      salient: true,
      opensSentence: false,
      at: position(paragraph, offset)
    }))
  })
}

/**
 * Clusters the runs into people. Distinct names are read fullest first: one
 * that another contains is a shorter form of it, one that shows signs of being
 * a person's starts a cluster, the rest are dropped as places, organisations
 * or things. Then every shorter form, in reading order, joins the person
 * mentioned nearest before it whose name contains it.
 */
function clusterRuns(runs: readonly NameRun[]): Mention[] {
  const evidence = evidenceOf(runs)
  const byName = new Map<string, NameRun[]>()
  for (const run of runs) {
    const key = run.words.join(' ')
    const same = byName.get(key)
    if (same) same.push(run)
    else byName.set(key, [run])
  }
  const distinct = [...byName.values()].sort((a, b) => length(b) - length(a) || firstAt(a) - firstAt(b))
  const byWord = new Map<string, Cluster[]>()
  const mentions: Mention[] = []
  const shorter: NameRun[] = []
  for (const sameName of distinct) {
    const first = sameName[0]
    if (!first) continue
    if (containing(byWord, first.words).length > 0) shorter.push(...sameName)
    else if (isPersonName(sameName, evidence)) {
      // Written out rather than spread from the run: V8 keeps an object literal of fixed shape fast.
      const {words, joiner, role, titled} = first
      const cluster: Cluster = {words, joiner, role, titled, gender: 0, defining: sameName.map((run) => run.at), lastAttached: -1}
      for (const run of sameName) {
        cluster.gender += run.gender
        cluster.titled ||= run.titled
        cluster.role ??= run.role
        mentions.push({at: run.at, cluster, salient: run.salient})
      }
      indexWords(byWord, cluster)
    }
  }
  for (const run of shorter.sort((a, b) => a.at - b.at)) {
    const cluster = nearest(containing(byWord, run.words), run.at)
    if (!cluster) continue
    cluster.lastAttached = run.at
    cluster.gender += run.gender
    cluster.titled ||= run.titled
    cluster.role ??= run.role
    mentions.push({at: run.at, cluster, salient: run.salient})
  }
  return mentions.sort((a, b) => a.at - b.at)
}

function length(runs: readonly NameRun[]): number {
  return runs[0]?.words.length ?? 0
}

function firstAt(runs: readonly NameRun[]): number {
  return runs[0]?.at ?? 0
}

/** Files the cluster under each word of its name. */
function indexWords(byWord: Map<string, Cluster[]>, cluster: Cluster): void {
  for (const word of new Set(cluster.words.map(lower))) {
    const clusters = byWord.get(word)
    if (clusters) clusters.push(cluster)
    else byWord.set(word, [cluster])
  }
}

/** The clusters whose name contains `words` in order. */
function containing(byWord: ReadonlyMap<string, Cluster[]>, words: readonly string[]): Cluster[] {
  const candidates = new Set([...(byWord.get(lower(words.at(-1))) ?? []), ...(byWord.get(lower(words[0])) ?? [])])
  return [...candidates].slice(0, MAX_CANDIDATES).filter((cluster) => containsInOrder(cluster.words, words))
}

/** Of the candidates, the one mentioned last before `at`, else the one mentioned first after it. */
function nearest(candidates: readonly Cluster[], at: number): Cluster | undefined {
  const lastBefore = (cluster: Cluster) => Math.max(cluster.lastAttached < at ? cluster.lastAttached : -1, cluster.defining[indexBefore(cluster.defining, at)] ?? -1)
  const before = candidates.filter((cluster) => lastBefore(cluster) >= 0).sort((a, b) => lastBefore(b) - lastBefore(a))
  return before[0] ?? [...candidates].sort((a, b) => (a.defining[0] ?? 0) - (b.defining[0] ?? 0))[0]
}

/**
 * A full name is a person's when a mention shows it (title, role, speech
 * verb, appositive), when the article uses the first name or surname alone,
 * or when a shorter form of it is shown to be a person's (`Forrest Jones
 * says` for `Michael Forrest Jones`); a single name when it has a title or
 * speaks (`Mr Obama`, `ScreamMyName told me`).
 */
function isPersonName(sameName: readonly NameRun[], evidence: Evidence): boolean {
  const words = sameName[0]?.words ?? []
  if (sameName.some((run) => run.personal)) return true
  if (words.length < 2) return false
  if (evidence.usedAlone.has(lower(words.at(-1))) || evidence.usedAlone.has(lower(words[0]))) return true
  const shorter = evidence.personalBySurname.get(lower(words.at(-1))) ?? []
  return shorter.some((other) => other.length < words.length && containsInOrder(words, other))
}

/** What shows names to be people's, gathered over all mentions before clustering. */
interface Evidence {
  /** First names and surnames written alone inside sentences. */
  usedAlone: Set<string>
  /** Names with a personal sign on some mention, by their last word. */
  personalBySurname: Map<string, string[][]>
}

function evidenceOf(runs: readonly NameRun[]): Evidence {
  const evidence: Evidence = {usedAlone: new Set(), personalBySurname: new Map()}
  for (const run of runs) {
    if (run.words.length === 1 && !run.opensSentence) evidence.usedAlone.add(lower(run.words[0]))
    if (run.personal && run.words.length > 1) {
      const key = lower(run.words.at(-1))
      const known = evidence.personalBySurname.get(key) ?? []
      if (known.length < MAX_CANDIDATES) evidence.personalBySurname.set(key, [...known, run.words])
    }
  }
  return evidence
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
  return (isInitial(b) && a.startsWith(b.charAt(0))) || (isInitial(a) && b.startsWith(a.charAt(0)))
}

function isInitial(word: string): boolean {
  return word.endsWith('.') && INITIAL.test(word)
}

class Index implements PeopleIndex {
  readonly people: Person[]
  readonly #byWord = new Map<string, Cluster[]>()
  /** Every mention of a person in reading order, for resolving names and pronouns. */
  readonly #mentions: readonly Mention[]
  readonly #positions: number[]
  readonly #byCluster = new Map<Cluster, number[]>()

  readonly #organisations: readonly OrganisationMention[]
  readonly #organisationPositions: number[]

  constructor(mentions: readonly Mention[], organisations: readonly OrganisationMention[]) {
    this.#organisations = organisations
    this.#organisationPositions = organisations.map((organisation) => organisation.at)
    this.#mentions = mentions
    this.#positions = mentions.map((mention) => mention.at)
    for (const {at, cluster} of mentions) {
      const positions = this.#byCluster.get(cluster)
      if (positions) positions.push(at)
      else {
        this.#byCluster.set(cluster, [at])
        indexWords(this.#byWord, cluster)
      }
    }
    this.people = [...this.#byCluster.entries()]
      .filter(([cluster]) => cluster.words.length > 1 || cluster.titled)
      .sort(([, a], [, b]) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0))
      .map(([cluster, positions]) => ({name: fullName(cluster), role: cluster.role, mentions: positions.length}))
  }

  resolve(mention: string, place: Place): string | null {
    const words = /\p{Script=Han}/u.test(mention) ? splitChineseName(mention).words : mentionWords(mention)
    if (words.length === 0) return null
    const at = position(place.paragraph, place.offset)
    // `Озёрска Андрей Лыков`: a word of the role before it (`глава Озёрска`) may have stayed with the name.
    const found = containing(this.#byWord, words)
    const candidates = found.length === 0 && words.length >= 3 ? containing(this.#byWord, words.slice(1)) : found
    const lastBefore = (cluster: Cluster) => {
      const positions = this.#byCluster.get(cluster) ?? []
      return positions[indexBefore(positions, at)] ?? -1
    }
    const best = [...candidates].sort((a, b) => lastBefore(b) - lastBefore(a) || (this.#byCluster.get(a)?.[0] ?? 0) - (this.#byCluster.get(b)?.[0] ?? 0))[0]
    return best ? fullName(best) : null
  }

  lastOrganisationBefore(place: Place): string | null {
    const organisation = this.#organisations[indexBefore(this.#organisationPositions, position(place.paragraph, place.offset))]
    const paragraph = organisation ? Math.floor(organisation.at / PARAGRAPH_STRIDE) : -Infinity
    return organisation && place.paragraph - paragraph <= MAX_ORGANISATION_DISTANCE ? organisation.name : null
  }

  onlyPersonWithRole(noun: string, place: Place): string | null {
    const at = position(place.paragraph, place.offset)
    const holders = [...this.#byCluster].filter(
      ([cluster, positions]) => (positions[0] ?? Infinity) < at && roleNoun(cluster.role) === noun
    )
    const [only] = holders
    return holders.length === 1 && only ? fullName(only[0]) : null
  }

  /**
   * The person a pronoun stands for: paragraph by paragraph back from it, the
   * nearest subject whose gender is known to agree, else one whose gender is
   * not known, before possessives and objects (`Yoon’s statement`, `with Dread
   * Pirate Roberts`).
   */
  lastPersonBefore(place: Place, gender: Gender | null): {name: string; paragraph: number} | null {
    const last = indexBefore(this.#positions, position(place.paragraph, place.offset))
    let best: {rank: number; cluster: Cluster} | undefined
    let paragraph = place.paragraph
    for (let index = last; index >= 0 && index > last - MAX_PRONOUN_LOOKBACK; index--) {
      const mention = this.#mentions[index]
      if (!mention) continue
      const mentionParagraph = Math.floor(mention.at / PARAGRAPH_STRIDE)
      if (mentionParagraph !== paragraph) {
        if (best) break
        paragraph = mentionParagraph
      }
      const rank = pronounRank(mention, gender)
      if (rank !== undefined && (!best || rank < best.rank)) best = {rank, cluster: mention.cluster}
    }
    return best ? {name: fullName(best.cluster), paragraph} : null
  }
}

/** 0 is the best antecedent: a subject known to agree; undefined when the gender is known to differ. */
function pronounRank(mention: Mention, gender: Gender | null): number | undefined {
  const votes = mention.cluster.gender
  const agrees = gender === null || (votes !== 0 && (gender === 'm') === votes > 0)
  if (!agrees && votes !== 0) return undefined
  return (mention.salient ? 0 : 2) + (agrees ? 0 : 1)
}

function fullName(cluster: Cluster): string {
  return cluster.words.join(cluster.joiner)
}

/** The noun a role ends on, an abbreviated title spelled out: `Gov.` → `governor`, `county council leader` → `leader`. */
function roleNoun(role: string | null): string | undefined {
  const last = role?.split(' ').at(-1)?.toLowerCase().replace(/\.$/u, '')
  return last === undefined ? undefined : (TITLE_NOUNS.get(last) ?? last)
}
