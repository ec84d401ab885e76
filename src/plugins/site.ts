/**
 * Stage: the publication's name. Every place a page names its publisher is a
 * vote: a donation banner, a copyright line, a page title `Headline | Site`,
 * a `From:` line, "X Contributor", an author bio ("is a reporter for X"), a
 * newsletter appeal, links such as "About X" or "More from X", a staff photo
 * credit `Name / Site`. The name with the most weight wins.
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {AGENCY_SET} from '../rules/bylines.js'
import {CORPORATE_SUFFIX, CREDIT_LINE, CREDIT_OUTLET_WEIGHT, MASTHEAD_WEIGHT, NOT_SITE_WORDS, SITE_CUES, TITLE_SEPARATORS, TITLE_SUFFIX_WEIGHT} from '../rules/sites.js'
import {STOPWORDS} from '../rules/stopwords.js'
import {isLikelyPersonName} from '../text/bylines.js'
import {stripSuffixes, trimTrailing} from '../text/trim.js'

/** Lines longer than this are prose; site cues sit in short lines or near the start of a line. */
const MAX_CUE_LINE = 300
const MASTHEAD_WORDS = 3

export default function site() {
  return (_tree: unknown, file: VFile) => {
    const votes = new Votes()
    const lines = file.data.lines ?? []
    for (const line of lines) {
      if (line.text === '' || line.text.length > MAX_CUE_LINE) continue
      for (const cue of SITE_CUES) votes.add(cue.pattern.exec(line.text)?.[1], cue.weight)
    }
    votes.add(titleSuffix(lines, file.data.headline ?? null), TITLE_SUFFIX_WEIGHT)
    for (const image of file.data.images ?? []) votes.add(creditOutlet(image.credit), CREDIT_OUTLET_WEIGHT)
    for (const line of lines) if (line.text.length <= MAX_CUE_LINE) votes.add(CREDIT_LINE.exec(line.text)?.[1], CREDIT_OUTLET_WEIGHT)
    votes.addMastheads(lines)
    file.data.site = votes.winner()
  }
}

/** Weight per name, compared case-insensitively and without a leading "The". */
class Votes {
  private readonly weights = new Map<string, {name: string; weight: number}>()

  add(name: string | undefined, weight: number): void {
    const cleaned = name && stripSuffixes(trimTrailing(name.trim(), ".,:;’'"), CORPORATE_SUFFIX)
    if (!cleaned || !/\p{L}{2}/u.test(cleaned) || isLikelyPersonName(cleaned) || AGENCY_SET.has(cleaned.toLowerCase())) return
    if (cleaned.toLowerCase().split(' ').every((word) => NOT_SITE_WORDS.has(word) || STOPWORDS.has(word))) return
    const key = siteKey(cleaned)
    const entry = this.weights.get(key)
    if (entry) entry.weight += weight
    else this.weights.set(key, {name: cleaned, weight})
  }

  /** Short lines that are only a name already voted for: mastheads and logos say it again. */
  addMastheads(lines: Line[]): void {
    for (const line of lines) {
      if (line.words === 0 || line.words > MASTHEAD_WORDS) continue
      const entry = this.weights.get(siteKey(line.text))
      if (entry) entry.weight += MASTHEAD_WEIGHT
    }
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
    if (!line.text.startsWith(headline) || line.text.length === headline.length) continue
    const rest = line.text.slice(headline.length)
    const separator = TITLE_SEPARATORS.find((candidate) => rest.startsWith(candidate))
    if (separator) return rest.slice(separator.length)
  }
  return undefined
}

/** `Jane Roe / The Daily Planet` → `The Daily Planet`; agencies are not the site. */
function creditOutlet(credit: string | null): string | undefined {
  if (!credit?.includes('/')) return undefined
  return credit.split('/').pop()
}
