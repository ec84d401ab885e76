/**
 * From a mention in the narrative to the speaker reported: names to the
 * fullest form the article uses, pronouns to the person they stand for,
 * descriptions as written (`a ministry spokesperson`), `me` to the writer.
 */
import {DEFINITE_ARTICLES, MESSAGES, PLURAL_PRONOUNS, THING_PRONOUNS} from '../rules/cues.js'
import {FEMININE, MASCULINE, NOT_PERSON_WORDS, ORGANISATION_NOUNS, PERSON_NOUN_ENDING, ROLE_NOUNS, SPEAKER_NOUNS} from '../rules/people.js'
import {STOPWORDS} from '../rules/stopwords.js'
import {subjectOf, type Attribution, type Mention, type Narrative} from './attribution.js'
import {mentionWords, type Gender, type PeopleIndex, type Place} from './people.js'
import {indexBefore, tokenAt} from './words.js'

/** What resolving a mention needs to know about the article. */
export interface ArticleText {
  narratives: readonly Narrative[]
  /** Token indexes where sentences start, per paragraph. */
  sentenceStarts: readonly (readonly number[])[]
  people: PeopleIndex
  /** The byline's one author, who `told me` means; null when there are several or none. */
  writer: string | null
}

export function resolveSpeaker(mention: Mention, paragraph: number, article: ArticleText): string | null {
  const place = {paragraph, offset: mention.at}
  switch (mention.kind) {
    case 'name':
      return resolveName(mention, place, article.people)
    case 'pronoun':
      return resolvePronoun(mention.text.toLowerCase(), place, article)
    case 'writer':
      return article.writer
    case 'description':
      return organisationMeant(mention.text, place, article.people) ?? personMeant(mention.text, place, article.people) ?? sourceOf(mention.text)
  }
}

/** `the judge`, `the prosecutor`: the one person the article named before with that role (`Judge Miriam Oyelaran-Cobb`). */
function personMeant(description: string, place: Place, people: PeopleIndex): string | null {
  const [article, noun, ...rest] = description.toLowerCase().split(' ')
  const definite = article === 'the'
  return definite && rest.length === 0 && noun !== undefined && ROLE_NOUNS.has(noun) ? people.onlyPersonWithRole(noun, place) : null
}

/** `the company`, `the group`: the organisation the article named last, when it named one shortly before. */
function organisationMeant(description: string, place: Place, people: PeopleIndex): string | null {
  const [article, noun, ...rest] = description.toLowerCase().split(' ')
  const definite = article === 'the' || article === 'this'
  return definite && rest.length === 0 && ORGANISATION_NOUNS.has(noun ?? '') ? people.lastOrganisationBefore(place) : null
}

export function resolveAddressee(mention: Mention, paragraph: number, article: ArticleText): string | null {
  if (mention.kind === 'writer') return article.writer
  if (mention.kind === 'name') return resolveName(mention, {paragraph, offset: mention.at}, article.people)
  return mention.kind === 'description' ? mention.text : null
}

/**
 * A colon without a cue verb introduces a quote only after someone who can
 * speak: a person, a pronoun, or a source such as `one survey respondent`
 * (not `For example:`).
 */
export function isCredible(attribution: Attribution, paragraph: number, people: PeopleIndex): boolean {
  const mention = attribution.speaker
  if (attribution.cue !== null || !mention) return true
  switch (mention.kind) {
    case 'pronoun':
    case 'writer':
      return true
    case 'name':
      return [mention, ...(mention.alternatives ?? [])].some(
        (name) => mentionWords(name.text).length > 1 || people.resolve(name.text, {paragraph, offset: name.at}) !== null
      )
    case 'description': {
      const head = descriptionHead(mention.text)
      return ROLE_NOUNS.has(head) || SPEAKER_NOUNS.has(head)
    }
  }
}

/**
 * He and she stand for the person the narrative last named; "it" for the
 * organisation that opened the sentence before (`The Food Standards Agency
 * warned …`); "they" may be a group nobody named, better no speaker than a
 * wrong person.
 */
function resolvePronoun(pronoun: string, place: Place, article: ArticleText): string | null {
  if (PLURAL_PRONOUNS.has(pronoun)) return null
  if (THING_PRONOUNS.has(pronoun)) {
    const subject = previousSentenceSubject(place, article)
    return subject?.kind === 'name' ? nameAsWritten(subject.text) : null
  }
  const person = article.people.lastPersonBefore(place, genderOf(pronoun))?.name
  if (person) return person
  // Nobody named yet: someone described in the sentence before (`My neighbour, who …, swears by …`),
  // not something (`The bridge on the river will close`).
  const subject = previousSentenceSubject(place, article)
  return subject?.kind === 'description' && describesPerson(subject.text) ? subject.text : null
}

/** `My neighbour`, `An old ferryman`; not `The bridge on` nor `The council`. */
function describesPerson(description: string): boolean {
  const head = descriptionHead(description)
  if (ROLE_NOUNS.has(head)) return true
  return PERSON_NOUN_ENDING.test(head) && !STOPWORDS.has(head) && !NOT_PERSON_WORDS.has(head)
}

/** The noun a description ends on: `one survey respondent` → `respondent`, `the ministry's` → `ministry`. */
function descriptionHead(text: string): string {
  return (text.split(' ').at(-1) ?? '').replace(/['’]s$/u, '').toLowerCase()
}

/** The subject of the sentence before `place`: in its paragraph, else the last of the paragraph before. */
function previousSentenceSubject(place: Place, article: ArticleText): Mention | null {
  const here = article.narratives[place.paragraph]
  const starts = article.sentenceStarts[place.paragraph] ?? [0]
  const current = here ? (starts[indexBefore(starts, tokenAt(here.tokens, place.offset) + 1)] ?? 0) : 0
  const paragraph = current > 0 ? place.paragraph : place.paragraph - 1
  const narrative = article.narratives[paragraph]
  if (!narrative) return null
  const end = current > 0 ? current : narrative.tokens.length
  const paragraphStarts = article.sentenceStarts[paragraph] ?? [0]
  return subjectOf(narrative, paragraphStarts[indexBefore(paragraphStarts, end)] ?? 0, end)
}

/** `The tweet from Vulture magazine`: a message is reported as its sender's words. */
function sourceOf(description: string): string {
  const from = /^\p{L}+ (\p{L}+) (?:from|by|of) (.+)$/u.exec(description)
  return from?.[1] && from[2] && MESSAGES.has(from[1].toLowerCase()) ? from[2] : description
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
  if (known && !(startsWithArticle(text) && !known.includes(' '))) return known
  const [head = text, ...rest] = text.split(/ (?:of|on|for) /u)
  if (rest.length > 0 && !namesOrganisation(head)) return people.resolve(head, place) ?? nameAsWritten(head)
  return nameAsWritten(text)
}

/** A name nobody else in the article shares, without its title; an organisation's as written. */
function nameAsWritten(text: string): string {
  if (namesOrganisation(text) || startsWithArticle(text)) return text
  const words = mentionWords(text)
  return words.length > 0 ? words.join(' ') : text
}

function startsWithArticle(text: string): boolean {
  return DEFINITE_ARTICLES.has(text.split(' ')[0]?.toLowerCase() ?? '')
}

function namesOrganisation(text: string): boolean {
  return text.split(' ').some((word) => NOT_PERSON_WORDS.has(word.toLowerCase()))
}

function genderOf(pronoun: string): Gender | null {
  return MASCULINE.has(pronoun) ? 'm' : FEMININE.has(pronoun) ? 'f' : null
}
