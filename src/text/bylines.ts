/**
 * Reading a byline: which lines are bylines, and who they credit. People and
 * organisations are kept apart; roles, handles, dates and counts are dropped.
 */
import {AGENCY_SET, BYLINE_OPENER, ORGANISATION_WORDS, ROLE_WORDS} from '../rules/bylines.js'
import {MONTH} from '../rules/dates.js'

export interface Credits {
  authors: string[]
  agencies: string[]
}

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|d[aeiou]s?|v[oa]n|de[lr]?|la|le|bin|al-?|ter)`
/** A person's name: two to five words, capitalised (particles such as `van`, `de` allowed). */
const PERSON_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}\p{M}'’.-]*(?: ${NAME_WORD}){1,4}$`, 'u')
/** Where the name part of a (normalised, single-spaced) byline ends: a date, a handle, a separator, digits, an e-mail address. */
const NAME_END = new RegExp(
  String.raw`(?:@|\b(?:${MONTH})\b\.? ?\d|\d| [|•·–—] | - | updated\b| published\b| posted\b| on (?:\w+day|${MONTH})\b|https?:|(?<=^|\s)[^\s@]+@[^\s@]+\.\w)[^]*`,
  'iu'
)
const POSTED_ON_BY = /^(?:posted |published )?on .{4,40}? by (.{2,120})$/i
const NAME_THEN_DATE = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{M}'’. -]{2,60}?)\s*(?:[|•·–—-]|,)\s*(?:\w+day,? )?(?:${MONTH}|\d)`, 'iu')

/** The credited part of a line if it reads as a byline, else undefined. */
export function bylineCredit(text: string): string | undefined {
  if (text.length > 200) return undefined
  const opener = BYLINE_OPENER.exec(text)
  if (opener) {
    const rest = text.slice(opener[0].length)
    return /^\p{Lu}/u.test(rest) ? rest : undefined
  }
  const postedOnBy = POSTED_ON_BY.exec(text)
  if (postedOnBy?.[1]) return postedOnBy[1]
  const nameThenDate = NAME_THEN_DATE.exec(text)
  if (nameThenDate?.[1] && isPersonName(nameThenDate[1].trim())) return text
  return undefined
}

/** A line that is nothing but a person's name ("Sarah Archer"): a byline when it sits by the headline or a date. */
export function isPersonName(text: string): boolean {
  if (text.length > 50 || !PERSON_NAME.test(text)) return false
  return !ORGANISATION_WORDS.test(text) && !AGENCY_SET.has(text.toLowerCase())
}

/** Split the credited part of a byline into people and organisations. */
export function splitCredits(credit: string): Credits {
  const authors: string[] = []
  const agencies: string[] = []
  const names = credit.replace(NAME_END, '').trimEnd().replace(/ (?:and|&|und|y|et|e|a) /giu, ', ')
  for (const rawPart of names.split(/ ?[,;/|] ?/)) {
    const part = rawPart.replace(/^(?:and|&)\s+/i, '').trim()
    if (!part) continue
    if (AGENCY_SET.has(part.toLowerCase())) {
      agencies.push(part)
      continue
    }
    // A role ends the list of people: what follows it is their affiliation.
    if (ROLE_WORDS.test(part) && part.replace(ROLE_WORDS, '').trim() === '') break
    const name = part.replace(ROLE_WORDS, '').trim()
    if (ORGANISATION_WORDS.test(name)) agencies.push(name)
    else if (isPersonName(name) || isSingleWordName(name)) authors.push(titleCase(name))
  }
  return {authors: unique(authors), agencies: unique(agencies)}
}

function isSingleWordName(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’-]{1,30}$/u.test(text) && text !== text.toUpperCase()
}

/** `JEFFREY GETTLEMAN` → `Jeffrey Gettleman`; names in mixed case are kept as written. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase())
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
