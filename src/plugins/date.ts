/**
 * Stage: the publication date. The store's ` date YYYY-MM-DD ` prefix when
 * there is one; otherwise the date printed in the header or by the headline
 * and byline (datelines, "Published …", bylines with dates glued on),
 * preferring a publication date over an update. Teaser lines are never read.
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {PUBLISHED_LABEL, UPDATED_LABEL} from '../rules/dates.js'
import {dateMention, findDate, isEnglish} from '../text/dates.js'
import {nextNonBlank} from '../text/features.js'
import {claim, labelOf} from './roles.js'

/** Non-blank lines read below the headline and the byline, and at the top of the body. */
const LINES_BELOW_ANCHOR = 6
const BODY_LINES_SEARCHED = 3
/** Lines above the body searched: the header, not the menus of a whole page. */
const HEADER_LINES_SEARCHED = 80
/** A line holding a date with at most this many words is a dateline, not a paragraph. */
const DATELINE_WORDS = 16
/** Lines of the body read to tell its language. */
const LANGUAGE_SAMPLE_LINES = 10

const WEIGHTS = {published: 2, updated: -3, onBylineOrHeadline: 1, short: 1, nearBylineOrHeadline: 1}

export default function date() {
  return (_tree: unknown, file: VFile) => {
    const printed = findPrintedDate(file)
    file.data.date = file.data.datePrefix ?? printed
  }
}

/** The date printed in the header, its line claimed as the dateline (with a date prefix too, so it is no paragraph). */
function findPrintedDate(file: VFile): string | null {
  const lines = file.data.lines ?? []
  const {bodyStart} = file.data.zones ?? {bodyStart: lines.length}
  const anchors = lines.filter((line) => ['headline', 'byline'].includes(labelOf(file, line.index) ?? ''))
  const nearAnchors = new Set(anchors.flatMap((anchor) => [anchor, ...nextNonBlank(lines, anchor.index, LINES_BELOW_ANCHOR)]))
  const header = lines.slice(Math.max(0, bodyStart - HEADER_LINES_SEARCHED), bodyStart)
  const candidates = new Set([...header, ...nextNonBlank(lines, bodyStart - 1, BODY_LINES_SEARCHED), ...nearAnchors])
  // Score every line that mentions a date, then let chrono-node read them best first: it is the slow part.
  const scored = [...candidates]
    .map((line) => ({line, score: dateLineScore(file, line, nearAnchors)}))
    .filter((candidate): candidate is {line: Line; score: number} => candidate.score !== undefined)
    .sort((a, b) => b.score - a.score || a.line.index - b.line.index)
  let best: {value: string; line: Line} | undefined
  // The page's language decides only how a date with slashes reads: it is not looked at otherwise.
  const dayFirst = scored.some(({line}) => line.text.includes('/')) && !isEnglish(bodyText(lines, bodyStart))
  for (const {line} of scored) {
    const found = findDate(line.text, file.data.referenceDate ?? null, dayFirst)
    if (found) {
      best = {value: found.value, line}
      break
    }
  }
  if (!best) return null
  if (labelOf(file, best.line.index) === 'other' && best.line.words <= DATELINE_WORDS) {
    claim(file, best.line.index, 'dateline', 'printed-date')
  }
  return best.value
}

/** The first lines of the body, whose language tells how the page writes its dates. */
function bodyText(lines: readonly Line[], bodyStart: number): string {
  return lines
    .slice(bodyStart, bodyStart + LANGUAGE_SAMPLE_LINES)
    .map((line) => line.text)
    .join(' ')
}

/** How strongly a line's date reads as the publication date; undefined when the line has no date to read. */
function dateLineScore(file: VFile, line: Line, nearAnchors: Set<Line>): number | undefined {
  const label = labelOf(file, line.index)
  // Page furniture dates something else: a wiki's "last edited" footer, a cookie notice. A reading time
  // by the headline or byline is the article's own ("Updated Mon, March 3, 2025 · 3 min read").
  const ownReadingTime = file.data.roles?.[line.index]?.rule === 'reading-time' && nearAnchors.has(line)
  if ((label?.startsWith('teaser') && !ownReadingTime) || label === 'blank' || label === 'caption' || label === 'credit' || label === 'chrome') return undefined
  const mention = dateMention(line.text)
  if (!mention) return undefined
  const before = line.text.slice(0, mention.index)
  let score = 0
  if (PUBLISHED_LABEL.test(before)) score += WEIGHTS.published
  if (UPDATED_LABEL.test(before)) score += WEIGHTS.updated
  if (label === 'byline' || label === 'headline') score += WEIGHTS.onBylineOrHeadline
  if (line.words <= DATELINE_WORDS) score += WEIGHTS.short
  if (nearAnchors.has(line)) score += WEIGHTS.nearBylineOrHeadline
  return score
}
