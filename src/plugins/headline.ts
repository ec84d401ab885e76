/**
 * Stage: the headline. Every title-shaped line of the header is a candidate;
 * the one with the best evidence wins: repeated elsewhere on the page (as the
 * page title or a share text), set off as a block of its own, followed by a
 * byline, date or standfirst, a headline's length, and close to the body.
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {DATE_IN_TEXT} from '../rules/dates.js'
import {bylineCredit, isPersonName} from '../text/bylines.js'
import {isTitleCase, isTitleLike, nextNonBlank, wordCount} from '../text/features.js'
import {claim, isFree} from './roles.js'

/** How far past a candidate to look for its byline or date. */
const FOLLOWER_WINDOW = 4

export default function headline() {
  return (_tree: unknown, file: VFile) => {
    const lines = file.data.lines ?? []
    const {bodyStart} = file.data.zones ?? {bodyStart: lines.length}
    const candidates = lines.slice(0, bodyStart).filter((line) => isFree(file, line.index) && isTitleLike(line))
    const repeated = repeatedTexts(lines)
    let best: {line: Line; score: number} | undefined
    candidates.forEach((line, rank) => {
      const distance = candidates.length - 1 - rank
      const score = headlineScore(line, lines, repeated) - 0.15 * distance
      if (!best || score > best.score) best = {line, score}
    })
    file.data.headline = best ? best.line.text : null
    if (best) claim(file, best.line.index, 'headline', 'best-title-line')
  }
}

function headlineScore(line: Line, lines: Line[], repeated: Set<string>): number {
  let score = 0
  const words = wordCount(line)
  if (repeated.has(line.text.toLowerCase())) score += 4
  if (line.blankBefore && line.blankAfter) score += 2
  if (words >= 4 && words <= 20) score += 1
  if (words <= 2) score -= 3
  if (isTitleCase(line) && words >= 4) score += 0.5
  if (isPersonName(line.text) || bylineCredit(line.text) || DATE_IN_TEXT.test(line.text)) score -= 4
  if (hasBylineOrDateAfter(line, lines)) score += 2
  return score
}

function hasBylineOrDateAfter(line: Line, lines: Line[]): boolean {
  const following = nextNonBlank(lines, line.index, FOLLOWER_WINDOW)
  return following.some((next) => bylineCredit(next.text) !== undefined || (DATE_IN_TEXT.test(next.text) && next.words <= 12))
}

/**
 * Line texts that occur again on the page, whole or as the start or end of a
 * longer line: a page title is often the headline plus the site's name.
 */
function repeatedTexts(lines: Line[]): Set<string> {
  const counts = new Map<string, number>()
  const texts = lines.filter((line) => line.text !== '').map((line) => line.text.toLowerCase())
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1)
  const repeated = new Set([...counts].filter(([, count]) => count > 1).map(([text]) => text))
  for (const text of texts) {
    for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ']) {
      const at = text.lastIndexOf(separator)
      if (at > 0) repeated.add(text.slice(0, at))
    }
  }
  return repeated
}
