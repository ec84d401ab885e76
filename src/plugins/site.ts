/**
 * Stage: the publication's name. Every place a page names its publisher is a
 * vote: a donation banner, a copyright line, a page title `Headline | Site`,
 * a `From:` line, "X Contributor", an author bio ("is a reporter for X"), a
 * newsletter appeal, links such as "About X" or "More from X", a staff photo
 * credit `Name / Site`. The name with the most weight wins.
 */
import type {VFile} from 'vfile'
import type {Image} from '../article.js'
import type {Line} from '../data.js'
import {WIRE_AGENCY_SET} from '../rules/bylines.js'
import {TITLE_LABEL} from '../rules/headlines.js'
import {
  ANY_CUE_KEYWORD,
  CORPORATE_SUFFIX,
  CREDIT_IN_PARENTHESES,
  CREDIT_LINE,
  CREDIT_OUTLET_WEIGHT,
  LEADING_BUTTON_WORDS,
  MASTHEAD_WEIGHT,
  NOT_SITE_WORDS,
  SITE_CUES,
  TITLE_SEPARATORS,
  TITLE_SUFFIX_WEIGHT,
  TRAILING_BUTTON_WORDS
} from '../rules/sites.js'
import {STOPWORDS} from '../rules/stopwords.js'
import {isLikelyPersonName, isPersonName} from '../text/bylines.js'
import {stripSuffixes, trimTrailing} from '../text/trim.js'
import {labelOf} from './roles.js'

/** Lines longer than this are prose; site cues sit in short lines or near the start of a line. */
const MAX_CUE_LINE = 300
const MASTHEAD_WORDS = 3
const VIA = / via /i
/** A capitalised word of a name, without the punctuation of a label ("From:"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’&.-]*$/u
/** "Our Foreign Staff", "Your Daily Planet": a possessive opens a description, not a name. */
const POSSESSIVES: ReadonlySet<string> = new Set(['our', 'your', 'my', 'his', 'her', 'their'])

export default function site() {
  return (_tree: unknown, file: VFile) => {
    const votes = new Votes()
    const lines = file.data.lines ?? []
    const cueLines = new Set<number>()
    for (const line of lines) {
      if (line.text === '' || line.text.length > MAX_CUE_LINE) continue
      const lowerCase = line.text.toLowerCase()
      if (!ANY_CUE_KEYWORD.test(lowerCase)) continue
      for (const cue of SITE_CUES) {
        const name = cue.keywords.some((keyword) => lowerCase.includes(keyword)) ? cue.pattern.exec(line.text)?.[1] : undefined
        if (name === undefined) continue
        votes.add(name, cue.weight)
        cueLines.add(line.index)
      }
    }
    votes.add(titleSuffix(lines, file.data.headline ?? null), TITLE_SUFFIX_WEIGHT)
    for (const outlet of creditOutlets(file.data.images ?? [], lines)) votes.add(outlet, CREDIT_OUTLET_WEIGHT)
    // A masthead stands alone above the body; a menu item ("My WebMD") is set among others, and
    // a line that votes through a cue ("About Ashby Echo") is no masthead giving the name in full.
    const bodyStart = file.data.zones?.bodyStart ?? 0
    const mastheads = lines.filter((line) => line.index < bodyStart && line.blankBefore && line.blankAfter && !cueLines.has(line.index))
    // A teaser's kicker (`APPELLATE`) names a section, not the site, however often the site is named like it.
    const notTeasers = lines.filter((line) => !labelOf(file, line.index)?.startsWith('teaser'))
    votes.addMastheads(notTeasers, mastheads)
    const winner = votes.winner()
    file.data.site = winner && shortForm(winner, file.data.agencies ?? [])
  }
}

/**
 * The name the byline gives the outlet, when it is the initials of the name
 * that won: a copyright line gives the company's full name ("Cable News
 * Network"), the byline the one readers know ("By Lena Ortiz, CNN").
 */
function shortForm(name: string, bylineOutlets: readonly string[]): string {
  const initials = name.replace(/^the /i, '').split(' ').map((word) => word.charAt(0)).join('')
  return initials.length >= 2 && bylineOutlets.includes(initials) ? initials : name
}

/** Weight per name, compared case-insensitively and without a leading "The". */
class Votes {
  private readonly weights = new Map<string, {name: string; weight: number}>()

  add(name: string | undefined, weight: number): void {
    // `Halloway & Company, Inc.`: without its corporate suffix, no name ends on the `&` before it.
    const withoutSuffix = name && trimTrailing(stripSuffixes(stripSuffixes(trimTrailing(name.trim(), ".,:;’'"), TRAILING_BUTTON_WORDS), CORPORATE_SUFFIX), ' &')
    const cleaned = withoutSuffix && withoutSuffix.replace(LEADING_BUTTON_WORDS, '').replace(/^the /, 'The ')
    if (!cleaned || !/\p{L}{2}/u.test(cleaned) || isLikelyPersonName(cleaned) || WIRE_AGENCY_SET.has(cleaned.toLowerCase())) return
    const words = cleaned.toLowerCase().split(' ')
    if (words.every((word) => NOT_SITE_WORDS.has(word) || STOPWORDS.has(word)) || POSSESSIVES.has(words[0] ?? '')) return
    const key = siteKey(cleaned)
    const entry = this.weights.get(key)
    if (entry) entry.weight += weight
    else this.weights.set(key, {name: cleaned, weight})
  }

  /**
   * Short lines that are only a name already voted for: mastheads and logos
   * say it again. A masthead above the body may give the name in full where
   * the links shorten it ("The Wexley Courier" over "More from the Courier"):
   * the name voted for takes the masthead's. `fullNames`: the lines that may.
   */
  addMastheads(lines: Line[], fullNames: Line[]): void {
    const mayGiveFullName = new Set(fullNames)
    for (const line of lines) {
      if (line.words === 0 || line.words > MASTHEAD_WORDS) continue
      const key = siteKey(line.text)
      const shortened = this.weights.has(key) || !mayGiveFullName.has(line) ? undefined : this.shortenedIn(line.text)
      if (shortened) {
        this.weights.set(key, {name: line.text, weight: this.weights.get(shortened)?.weight ?? 0})
        this.weights.delete(shortened)
      }
      const entry = this.weights.get(key)
      if (entry) entry.weight += MASTHEAD_WEIGHT
    }
  }

  /**
   * The key of a name voted for that ends `masthead`, when the words before it are capitalised like a name's
   * ("Wexley" in "The Wexley Courier") and are no button's or box's ("Search Wexley Courier").
   */
  private shortenedIn(masthead: string): string | undefined {
    if (LEADING_BUTTON_WORDS.test(masthead)) return undefined
    const key = siteKey(masthead)
    for (const shortKey of this.weights.keys()) {
      if (!key.endsWith(` ${shortKey}`)) continue
      const before = masthead.slice(0, masthead.length - shortKey.length).trim().replace(/^the /i, '').split(' ')
      if (!POSSESSIVES.has(before[0]?.toLowerCase() ?? '') && before.every((word) => NAME_WORD.test(word))) return shortKey
    }
    return undefined
  }

  winner(): string | null {
    let best: {name: string; weight: number} | undefined
    for (const entry of this.weights.values()) if (!best || entry.weight > best.weight) best = entry
    return best?.name ?? null
  }
}

/** Names compare case-insensitively and without a leading "The". */
function siteKey(name: string): string {
  return name.toLowerCase().replace(/^the /, '')
}

/** `Headline | Site` somewhere on the page, when the headline is known. */
function titleSuffix(lines: Line[], headline: string | null): string | undefined {
  if (!headline) return undefined
  for (const line of lines) {
    const text = line.text.replace(TITLE_LABEL, '')
    if (!text.startsWith(headline) || text.length === headline.length) continue
    const rest = text.slice(headline.length)
    const separator = TITLE_SEPARATORS.find((candidate) => rest.startsWith(candidate))
    if (separator) return rest.slice(separator.length)
  }
  return undefined
}

/**
 * The outlets that staff photographers' credits name, each once however many
 * photos it credits: one photographer's ten pictures are one piece of evidence.
 * A line outside the credits the images stage found must start with a known
 * given name: "Local Government / Libraries" is a trail of sections.
 */
function creditOutlets(images: readonly Image[], lines: readonly Line[]): string[] {
  const outlets = new Map<string, string>()
  const credited = (credit: string, isPhotographer: (name: string) => boolean) => {
    const outlet = credit.length <= MAX_CUE_LINE ? staffCreditOutlet(credit, isPhotographer) : undefined
    if (outlet) outlets.set(siteKey(outlet.trim()), outlet)
  }
  for (const image of images) credited(image.credit ?? '', isPersonName)
  for (const line of lines) credited(line.text, isLikelyPersonName)
  return [...outlets.values()]
}

/**
 * `Jane Roe / The Daily Planet`, `Photo by Jane Roe/The Daily Planet`, a
 * caption ending `(Jane Roe / The Daily Planet)` → `The Daily Planet`, when a
 * photographer's name is before the slash. `Name / Source via Agency` names
 * the agency's client, not the site.
 */
function staffCreditOutlet(text: string, isPhotographer: (name: string) => boolean): string | undefined {
  // Both patterns need the slash between person and outlet: most lines are settled without them.
  if (!text.includes('/')) return undefined
  const credit = CREDIT_LINE.exec(text) ?? CREDIT_IN_PARENTHESES.exec(text)
  const outlet = credit?.[2]
  return outlet && !VIA.test(outlet) && isPhotographer(credit[1] ?? '') ? outlet : undefined
}
