/**
 * The people an article mentions. Runs of capitalised words are read as
 * names; titles and roles in front are kept apart; mentions are clustered
 * by surname so that "Putin" and "Russian President Vladimir Putin" are one
 * person, reported by the fullest form of the name.
 */
import type {Person} from '../article.js'
import {NATIONALITY, NOT_NAMES, TITLES} from '../rules/people.js'

const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}'’-]*\.?(?: \p{Lu}[\p{L}\p{M}'’-]*\.?)*/gu
const POSSESSIVE = /['’]s$/u

interface Cluster {
  name: string
  role: string | null
  mentions: number
}

/** Everyone named in the paragraphs with a first name and surname, most mentioned first. */
export function indexPeople(paragraphs: readonly string[]): Person[] {
  const clusters = new Map<string, Cluster>()
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(CAPITALISED_RUN)) {
      const {name, role} = splitRole(match[0])
      if (!name) continue
      const key = surnameOf(name)
      const cluster = clusters.get(key)
      if (!cluster) {
        clusters.set(key, {name, role, mentions: 1})
        continue
      }
      cluster.mentions++
      if (name.split(' ').length > cluster.name.split(' ').length) cluster.name = name
      cluster.role ??= role
    }
  }
  return [...clusters.values()].filter((cluster) => cluster.name.includes(' ')).sort((a, b) => b.mentions - a.mentions)
}

/** A function giving the fullest name for a mention ("Putin", "Mr Putin", "President Putin" → "Vladimir Putin"). */
export function nameResolver(people: readonly Person[]): (mention: string) => string | null {
  const bySurname = new Map(people.map((person) => [surnameOf(person.name), person.name]))
  return (mention) => {
    const {name} = splitRole(mention)
    return name ? (bySurname.get(surnameOf(name)) ?? name) : null
  }
}

/** Split `Russian President Vladimir Putin` into role `Russian President` and name `Vladimir Putin`. */
export function splitRole(run: string): {name: string | null; role: string | null} {
  const words = run.replace(POSSESSIVE, '').split(' ')
  let first = 0
  while (first < words.length - 1 && isRoleWord(words[first] ?? '')) first++
  const nameWords = words.slice(first)
  const role = first > 0 ? words.slice(0, first).join(' ') : null
  const lastWord = nameWords[nameWords.length - 1] ?? ''
  if (nameWords.length === 0 || NOT_NAMES.has(lastWord.toLowerCase()) || isRoleWord(lastWord)) {
    return {name: null, role}
  }
  if (nameWords.length === 1 && NOT_NAMES.has((nameWords[0] ?? '').toLowerCase())) return {name: null, role}
  return {name: nameWords.join(' '), role}
}

function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase()
  return TITLES.has(lower) || NOT_NAMES.has(lower) || NATIONALITY.test(word)
}

function surnameOf(name: string): string {
  return (name.split(' ').pop() ?? name).toLowerCase()
}
