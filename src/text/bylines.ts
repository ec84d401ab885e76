/**
 * Reading a byline: which lines are bylines, and who they credit. People and
 * organisations are kept apart; roles, handles, dates and counts are dropped.
 */
import {DETAIL_SEPARATOR, MONTH} from '../rules/dates.js'
import {FIRST_NAMES} from '../rules/first-names.js'
import {
  AGENCIES,
  AGENCY_SET,
  BYLINE_OPENER,
  DESK_WORDS,
  EAST_ASIAN_NAME,
  ENDS_WITH_ROLE_NOUN,
  JAPANESE_SIGNATURE,
  KOREAN_BYLINE,
  MAX_ROLE_LINE_WORDS,
  NEWSROOM_WORDS,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  PLACE_OPENERS,
  ROLE_WORDS,
  WIRE_AGENCY_SET
} from '../rules/bylines.js'
import {bmp, CAPITAL, NAME_LETTER} from '../rules/letters.js'
import {NAME_PARTICLES} from '../rules/people.js'
import {NOT_ENGLISH, STOPWORDS} from '../rules/stopwords.js'
import {dateMention, mentionsDate} from './dates.js'
import {trimTrailing} from './trim.js'
import {remembered} from './remembered.js'

export interface Credits {
  authors: string[]
  agencies: string[]
}

/** A nickname's letters, in brackets or quotes: `(Bud)`, `"J.R."`. */
const LETTER_OR_DOT = bmp(String.raw`\p{L}.`)
const NAME_WORD = String.raw`(?:${CAPITAL}${NAME_LETTER}*\.?|d[aeiou]s?|v[oa]n|de[lr]?|la|le|bin|al-?|ter|\(${CAPITAL}${LETTER_OR_DOT}*\)|"${CAPITAL}${LETTER_OR_DOT}*")`
/** A person's name: two to five words, capitalised (particles such as `van`, `de` allowed). */
const PERSON_NAME = new RegExp(String.raw`^${CAPITAL}${bmp(String.raw`\p{L}\p{M}'’.\-`)}*(?: ${NAME_WORD}){1,4}$`, 'v')
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`
/** Where the name part of a byline ends: a printed link's marker (`[2]`), a date, a handle, a separator, digits, a trailing full stop. */
const NAME_END = new RegExp(
  String.raw`(?: ?\[\d|@|\b(?:${MONTH})\b\.? ?\d|\d|\b${WEEKDAY}\b| [|•·–—] | - | updated\b| published\b| posted\b| on (?:\w+day|${MONTH})\b| at |https?:|(?<=^|\s)[^\s@]+@[^\s@]+\.\w|\.$)[^]*`,
  'iu'
)
/** Decoration before a byline: `// By …`, `• By …`. (A dash opens a signature under a quote, not a byline.) */
const LEADING_DECORATION = /^[/|•·*>#]+\s*/u
/** A byline inside a longer line: `Le Monde | 04.05.2015 | Par Jane Roe`. */
const SEGMENT_SEPARATOR = / [|•] /
/** `… by Jane Roe` after a date: `Posted on Tuesday 15 October 2019 at 09:11 by Jane Roe`. */
const BY_AFTER_DATE = /^(.{4,60}?)\s+by:?\s+(\p{Lu}.{1,100})$/u
/** What may sit between a name and its date: separators and a weekday. */
const SEPARATORS = ' |•·–—,-/'
/** A news service's or desk's code after a name: `TNN`, `SNN`, `HT`. */
const DESK_CODE = /^\p{Lu}{2,5}$/u
const FINAL_WEEKDAY = new RegExp(String.raw`\b${WEEKDAY}$`, 'iu')
/** Bylines are short; a longer line with a name and a date is a sentence. */
const MAX_NAME_DATE_LENGTH = 120

/** One word in lower case, with the digits, underscores and dots of a handle. */
const USERNAME = /^@?[\p{Ll}\d_.]{3,30}$/u
/** Bylines are at the start of their line; past this, a line is text. */
const BYLINE_REACH = 200

export interface BylineMatch {
  /** The part of the line that names who is credited. */
  credit: string
  /** Opened by "By", "Posted by", "Par"…, rather than recognised as a name beside a date. */
  explicit: boolean
}

/** The credited part of a line if it reads as a byline. */
export const readByline = remembered((text: string): BylineMatch | undefined => {
  const line = text.slice(0, BYLINE_REACH).replace(LEADING_DECORATION, '')
  const segments = line.split(SEGMENT_SEPARATOR)
  // A line without separators is its own only segment: read it once.
  for (const segment of segments.length > 1 ? [line, ...segments] : segments) {
    const match = readSegment(segment.trim())
    if (match) return match
  }
  return undefined
})

function readSegment(text: string): BylineMatch | undefined {
  const opener = BYLINE_OPENER.exec(text)
  if (opener) {
    const rest = text.slice(opener[0].length)
    return /^\p{Lu}/u.test(rest) || isUsername(rest) ? {credit: rest, explicit: true} : undefined
  }
  const signed = KOREAN_BYLINE.exec(text)?.[1] ?? JAPANESE_SIGNATURE.exec(text)?.[1]
  if (signed) return {credit: signed, explicit: true}
  const byAfterDate = BY_AFTER_DATE.exec(text)
  if (byAfterDate?.[1] && byAfterDate[2] && mentionsDate(byAfterDate[1])) return {credit: byAfterDate[2], explicit: true}
  const name = nameBeforeDate(text)
  return name ? {credit: name, explicit: false} : undefined
}

/** A writer's handle ending a credit: ` @LydiaRKaur`. */
const TRAILING_HANDLE = / @\w{2,30}$/u
const STARTS_LOWER_CASE = /^\p{Ll}/u
/** What sets a writer's role apart from the outlet after it on the line under the name. */
const ROLE_SEPARATOR = / ?[·•|] ?/u
/** `Jane Roe | Updated: Mar 4, 2025`: the date's label between the name and the date. */
const FINAL_DATE_LABEL = /\b(?:published|updated|posted|last updated)(?: on| at)?:?$/i

/** `Dan Goodin - Apr 16, 2015`, `Sarah Gooding March 9, 2017`, `Alex Perry 1 day ago`, `Press Trust of India | Updated: Mar 4, 2025` → the name. */
function nameBeforeDate(text: string): string | undefined {
  if (text.length > MAX_NAME_DATE_LENGTH) return undefined
  const date = dateMention(text)
  if (!date || date.index === 0) return undefined
  const before = trimTrailing(text.slice(0, date.index), SEPARATORS).replace(FINAL_WEEKDAY, '')
  const name = trimTrailing(before.replace(FINAL_DATE_LABEL, ''), SEPARATORS)
  // An agency alone is a byline only with the date's label after it: above it may stand the writer's name.
  const labelled = name.length < trimTrailing(before, SEPARATORS).length
  if (isPersonName(name) || isNameWithDesk(name) || (labelled && AGENCY_SET.has(name.toLowerCase()))) return name
  // `Mireya Tollefsen · BPB News · Posted: Mar 04, 2027`: the writer, then the outlet (an agency is kept), then the labelled date.
  const [writer = '', ...outlets] = name.split(DETAIL_SEPARATOR)
  if (!labelled || outlets.length === 0 || !isPersonName(writer)) return undefined
  return [writer, ...outlets.filter((outlet) => AGENCY_SET.has(outlet.toLowerCase()))].join(', ')
}

/** `Kavita Rajwade / SNN`: a name and the news service or desk it files for, in capitals. */
function isNameWithDesk(text: string): boolean {
  const [name = '', ...desks] = text.split(' / ')
  return desks.length > 0 && isPersonName(name) && desks.every((desk) => DESK_CODE.test(desk) || AGENCY_SET.has(desk.toLowerCase()))
}

/** A line that is nothing but a person's name ("Sarah Archer"): a byline when it sits by the headline or a date. */
export const isPersonName = remembered((text: string): boolean => {
  if (text.length > 50 || !PERSON_NAME.test(text)) return false
  const words = text.toLowerCase().split(' ')
  const first = words[0] ?? ''
  // A function word opens no name, unless it is only another language's and a given name (`Per`, `Theo`).
  const functionWord = STOPWORDS.has(first) && !(NOT_ENGLISH.has(first) && FIRST_NAMES.has(first))
  if (functionWord || PLACE_OPENERS.has(first.split('-')[0] ?? '') || words.some((word) => NOT_NAME_WORDS.has(word) || NEWSROOM_WORDS.has(word))) return false
  return !ORGANISATION_WORDS.test(text) && !AGENCY_SET.has(text.toLowerCase())
})

/** A line that is only a name, one word ("Quillmoth") or several. */
export function isNameLine(text: string): boolean {
  return isPersonName(text) || (isSingleWordName(text) && !NOT_NAME_WORDS.has(text.toLowerCase()) && !STOPWORDS.has(text.toLowerCase()))
}

/** A line that is only a person's role, in capitalised words: "Games Editor". */
export function isRoleLine(text: string): boolean {
  // `Senior Reporter·Aotearoa Courier·`: the role, then the outlet after a middle dot.
  const role = text.split(ROLE_SEPARATOR)[0] ?? ''
  const words = role.split(' ')
  return words.length <= MAX_ROLE_LINE_WORDS && words.every((word) => /^\p{Lu}/u.test(word)) && ENDS_WITH_ROLE_NOUN.test(role)
}

/**
 * A line that only credits: people's names with their outlet or role, and
 * nothing else (`Jane Roe, Staff Writer`, `Jane Roe and John Doe`, `Jane Roe
 * (Reuters)`). A bare name is a credit line too. So is `Jane Roe for The
 * Daily Planet` when the names start with known given names: a title in
 * capitals reads the same ("Court Frees Journalist Held for Three Months").
 */
export function isCreditLine(text: string): boolean {
  const [people = '', outlet, ...more] = text.split(FOR_OUTLET)
  if (outlet !== undefined) return more.length === 0 && isOutletName(outlet) && creditParts(people).every(isLikelyPersonName)
  const parts = creditParts(people)
  const isName = (part: string) => isPersonName(part) || isNameWithRole(part)
  // `Jane Roe, The Ashby Register`: the paper named last, after a writer and a comma (`Jane Roe / The Ashby Echo` credits a photo).
  const isPaper = (part: string, at: number) => at === parts.length - 1 && at > 0 && people.endsWith(`, ${part}`) && part.startsWith('The ') && isOutletName(part)
  return (
    parts.length <= MAX_CREDIT_PARTS &&
    parts.some(isName) &&
    parts.every((part, at) => isName(part) || AGENCY_SET.has(part.toLowerCase()) || isRoleLine(part) || isRoleOrDesk(part) || isPaper(part, at))
  )
}

/**
 * A part of a credit after a name that is a role in lower case, with the
 * writer's handle after it (`news reporter @LydiaRKaur`, `North of England
 * correspondent`), or an outlet's staff (`Porchlight Staff`).
 */
function isRoleOrDesk(part: string): boolean {
  const words = part.replace(TRAILING_HANDLE, '').split(' ')
  if (words.length > MAX_ROLE_LINE_WORDS) return false
  return ENDS_WITH_ROLE_NOUN.test(words.join(' ')) || DESK_WORDS.has(words.at(-1)?.toLowerCase() ?? '')
}

/** A line of credits that gives a role: `Jane Roe | Staff Writer`, `Jane Roe, Games Editor`, `Jane Roe Contributor`. */
export function creditsRole(text: string): boolean {
  return creditParts(text).some((part) => isRoleLine(part) || isNameWithRole(part) || isRoleOrDesk(part))
}

/** A name with its role right after it, without a separator: `Dana Whitcombe Contributor`. */
function isNameWithRole(part: string): boolean {
  const roleAt = part.search(ROLE_WORDS)
  return roleAt > 0 && isPersonName(part.slice(0, roleAt).trim()) && isRoleLine(part.slice(roleAt))
}

/** A line that only names wire agencies (`Associated Press`, `Reuters and AFP`). */
export function isWireAgencyLine(text: string): boolean {
  const parts = creditParts(text)
  return parts.length > 0 && parts.length <= MAX_CREDIT_PARTS && parts.every((part) => WIRE_AGENCY_SET.has(part.toLowerCase()))
}

/** An outlet's name: a few capitalised words, with the small words names keep between them (`The Times of Malta`). */
const OUTLET_NAME = /^\p{Lu}[\p{L}\p{M}'’.&-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|the|and|de|du|la|di)){0,5}$/u

function isOutletName(text: string): boolean {
  return OUTLET_NAME.test(text)
}

/** People, outlets and roles in a line that only credits. */
const MAX_CREDIT_PARTS = 4

/** A person's name that starts with a common given name ("Sarah Archer", not "Lakeside Voice"). */
export function isLikelyPersonName(text: string): boolean {
  return isPersonName(text) && FIRST_NAMES.has(text.split(' ')[0]?.toLowerCase() ?? '')
}

/** `Jane Roe (with John Doe and Ann Poe)` → `Jane Roe, John Doe and Ann Poe`. */
const WITH_CLAUSE = / ?\((?:with|avec|con|mit|com|s) ([^()]+)\)/i
/**
 * `Jane Roe (AFP)`, `Jane Roe (reporting) and John Doe (photography)`: what
 * is credited in brackets after a name, read as one more part. Brackets
 * inside a name (`Jane (Bud) Roe`) are its nickname.
 */
const CREDIT_IN_BRACKETS = / ?\(([^()]+)\)(?=$|,| and )/g
/** `Jane Roe in Kabul`, `… in Rio de Janeiro`: where the reporter filed from, after the name (a place of three words at most). */
const FILED_FROM = / in \p{Lu}[\p{L}\p{M}'’.\-]{0,25}(?: [\p{L}\p{M}'’.\-]{1,25}){0,2}$/u
/** " for " and a capital; without the `i` flag, since with it `\p{Lu}` takes any letter ("for over a decade"). */
const FOR_OUTLET = / (?:[Ff]or|FOR) (?=\p{Lu})/u
/** `and` between writers, in the languages bylines are written in (`Oleh Nur Aisyah dan Hafiz Zainal`). */
const AND_WORDS = / (?:and|&|und|y|et|e|a|og|och|ve|dan|și|и|і|та|και) /giu

/** Split the credited part of a byline into people and organisations. */
export function splitCredits(credit: string): Credits {
  if (isUsername(credit)) return {authors: [credit], agencies: []}
  const authors: string[] = []
  const agencies: string[] = []
  // "Jane Roe For Mailonline": what follows "for" is the outlet the person wrote for.
  const [people = '', outlet] = credit.replace(WITH_CLAUSE, ', $1').replace(NAME_END, '').trimEnd().split(FOR_OUTLET)
  if (outlet) agencies.push(outlet.trim())
  const parts = creditParts(people)
  let afterRole = false
  for (const written of parts) {
    // After a role comes the affiliation; only a known given name opens the next writer's part
    // ("Jane Roe, Business reporter, BBC News and John Poe, BBC Wales").
    if (afterRole) {
      if (isLikelyPersonName(written)) authors.push(nameCase(written))
      continue
    }
    // "OSKAR LINDQVIST Associated Press": an agency written after the last name without a comma.
    const agency = trailingAgency(written)
    // "Ashby Echo Staff": the staff of an outlet, not a person called Ashby Echo.
    if (agency && DESK_WORDS.has(agency.toLowerCase()) && agency !== written) {
      agencies.push(written)
      continue
    }
    if (agency) agencies.push(agency)
    const part = agency ? written.slice(0, -agency.length).trim() : written
    if (!part) continue
    // A role ("Jane Roe, Senior Writer, The Daily Planet") is followed by the affiliation.
    const roleAt = part.search(ROLE_WORDS)
    const name = roleAt === -1 ? part : part.slice(0, roleAt).trim()
    // `news reporter`, `political editor`: words in lower case before the role are the role's, and name no one.
    const names = !STARTS_LOWER_CASE.test(name)
    if (names && ORGANISATION_WORDS.test(name)) agencies.push(name)
    else if (names && (isPersonName(name) || EAST_ASIAN_NAME.test(name) || (parts.length === 1 && isSingleWordName(name)))) authors.push(nameCase(name))
    afterRole = roleAt !== -1
  }
  return {authors: unique(authors), agencies: unique(agencies)}
}

/** The names, outlets and roles of a credit, in order: `Jane Roe in Kabul and John Doe (Reuters)` → Jane Roe, John Doe, Reuters. */
function creditParts(credit: string): string[] {
  return credit
    .replace(CREDIT_IN_BRACKETS, ', $1')
    .replace(AND_WORDS, ', ')
    .split(/ ?[,;/|] ?/)
    .map((part) => part.trim().replace(FILED_FROM, ''))
    .filter(Boolean)
}

/** The longest agency name that ends `text` as whole words, if any. */
function trailingAgency(text: string): string | undefined {
  const lower = text.toLowerCase()
  let found: string | undefined
  for (const agency of AGENCIES) {
    const candidate = agency.toLowerCase()
    const at = lower.length - candidate.length
    const wholeWords = at === 0 || lower.charAt(at - 1) === ' '
    if (at >= 0 && wholeWords && lower.endsWith(candidate) && (!found || agency.length > found.length)) found = text.slice(at)
  }
  return found
}

/**
 * A blog platform's username after `By` or `Written by`: `@tidewatcher`,
 * `crab_counter42`, or a given name in lower case (`marguerite`); not a word
 * such as `email` (`By email`).
 */
function isUsername(text: string): boolean {
  return USERNAME.test(text) && (/[@\d_.]/u.test(text) || FIRST_NAMES.has(text))
}

function isSingleWordName(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’-]{1,30}$/u.test(text) && text !== text.toUpperCase()
}

/**
 * A name printed in capitals in name case: `JEFFREY ASHWORTH` → `Jeffrey
 * Ashworth`, `SEAN MCMANUS` → `Sean McManus`, `ANA DE LA TORRE` → `Ana de la
 * Torre`. Names written in mixed case are kept as written (`DJ Okafor`).
 */
export function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name
  const words = name.toLowerCase().split(' ')
  return words
    .map((word, index) => {
      if (index > 0 && index < words.length - 1 && NAME_PARTICLES.has(word)) return word
      return word.replace(/(^|['’-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase()).replace(/^Mc(\p{L})/u, (_match, letter: string) => `Mc${letter.toUpperCase()}`)
    })
    .join(' ')
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
