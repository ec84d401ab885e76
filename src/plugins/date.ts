/**
 * Stage: the publication date. The store's ` date YYYY-MM-DD ` prefix when
 * there is one; otherwise the date printed in the header or by the headline
 * and byline (datelines, "Published …", bylines with dates glued on),
 * preferring a publication date over an update. Teaser lines are never read.
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {PUBLISHED_LABEL, UPDATED_LABEL} from '../rules/dates.js'
import {findDate, isEnglish, opensOnDate, textBeforeDate} from '../text/dates.js'
import {nextNonBlank, previousNonBlank} from '../text/features.js'
import {claim, labelOf} from './roles.js'

/** Non-blank lines read below the headline and the byline, above the headline, and at the top of the body. */
const LINES_BELOW_ANCHOR = 6
const LINES_ABOVE_HEADLINE = 2
const BODY_LINES_SEARCHED = 3
/** Lines above the body searched: the header, not the menus of a whole page. */
const HEADER_LINES_SEARCHED = 80
/** A line holding a date with at most this many words is a dateline, not a paragraph. */
const DATELINE_WORDS = 16
/** Lines of the body read to tell its language. */
const LANGUAGE_SAMPLE_LINES = 10

/** A year of the web's time. */
const YEAR = /\b(?:19|20)\d{2}\b/

const WEIGHTS = {published: 2, updated: -3, onBylineOrHeadline: 1, short: 1, nearBylineOrHeadline: 1}

export default function date() {
  return (_tree: unknown, file: VFile) => {
    const scored = scoredDateLines(file)
    if (file.data.datePrefix) {
      // The prefix dates the page; the date line printed by the headline is still the header's, not a paragraph,
      // found without chrono-node to read it.
      scored.some(({line}) => claimDateline(file, line))
      file.data.date = file.data.datePrefix
    } else file.data.date = readPrintedDate(file, scored)
    // `Posted Thu, Mar 4, 2027` and `|Updated Thu, Mar 4, 2027 at 3:40 pm ET`: every labelled date line is the header's.
    for (const {line, labelled} of scored) if (labelled) claimDateline(file, line)
  }
}

/** A header line that mentions a date, how strongly it reads as the publication date, and whether a published or updated label says so. */
interface DateLine {
  line: Line
  score: number
  labelled: boolean
}

/** The lines of the header that mention a date, best first (by label, length and place), without reading the dates. */
function scoredDateLines(file: VFile): DateLine[] {
  const lines = file.data.lines ?? []
  const {bodyStart} = file.data.zones ?? {bodyStart: lines.length}
  const anchors = lines.filter((line) => ['headline', 'byline'].includes(labelOf(file, line.index) ?? ''))
  // A date right over the headline is the article's as much as one under it (`Thứ năm, 12/11/2026, 17:05` over the
  // title, below the masthead's `Thứ sáu, 13/11/2026`), and is read even where teasers long enough to read as prose
  // opened the body zone above it.
  const overHeadline = anchors.filter((anchor) => labelOf(file, anchor.index) === 'headline').flatMap((headline) => previousNonBlank(lines, headline.index, LINES_ABOVE_HEADLINE))
  const nearAnchors = new Set([...anchors.flatMap((anchor) => [anchor, ...nextNonBlank(lines, anchor.index, LINES_BELOW_ANCHOR)]), ...overHeadline])
  const header = lines.slice(Math.max(0, bodyStart - HEADER_LINES_SEARCHED), bodyStart)
  const candidates = new Set([...header, ...nextNonBlank(lines, bodyStart - 1, BODY_LINES_SEARCHED), ...nearAnchors])
  return [...candidates]
    .map((line) => dateLine(file, line, nearAnchors))
    .filter((candidate) => candidate !== undefined)
    .sort((a, b) => b.score - a.score || a.line.index - b.line.index)
}

/** The date printed in the header: chrono-node, the slow part, reads the scored lines best first. */
function readPrintedDate(file: VFile, scored: readonly DateLine[]): string | null {
  const lines = file.data.lines ?? []
  const {bodyStart} = file.data.zones ?? {bodyStart: lines.length}
  // The page's language decides only how a date with slashes reads: it is not looked at otherwise.
  const dayFirst = scored.some(({line}) => line.text.includes('/')) && !isEnglish(bodyText(lines, bodyStart))
  for (const {line} of scored) {
    const found = findDate(line.text, file.data.referenceDate ?? null, dayFirst)
    if (found) {
      claimDateline(file, line)
      return found.value
    }
  }
  return null
}

/** `Published On 2 Sep 2026`, `posted on April 21, 2015, at 11:29 a.m.`: a date with its year, after a short label at most; not `The council voted on 6 March 2024 to …`. */
function opensOnDatedLine(text: string): boolean {
  return YEAR.test(text) && opensOnDate(text)
}

/** Claims a short line that opens on the date as the dateline, and says whether it did; a paragraph that mentions one stays a paragraph. */
function claimDateline(file: VFile, line: Line): boolean {
  const dateline = labelOf(file, line.index) === 'other' && line.words <= DATELINE_WORDS && opensOnDatedLine(line.text)
  if (dateline) claim(file, line.index, 'dateline', 'printed-date')
  return dateline
}

/** The first lines of the body, whose language tells how the page writes its dates. */
function bodyText(lines: readonly Line[], bodyStart: number): string {
  return lines
    .slice(bodyStart, bodyStart + LANGUAGE_SAMPLE_LINES)
    .map((line) => line.text)
    .join(' ')
}

/** The line as a date line, with how strongly its date reads as the publication date; undefined when it has no date to read. */
function dateLine(file: VFile, line: Line, nearAnchors: Set<Line>): DateLine | undefined {
  const label = labelOf(file, line.index)
  // Page furniture dates something else: a wiki's "last edited" footer, a cookie notice. A reading time
  // by the headline or byline is the article's own ("Updated Mon, March 3, 2025 · 3 min read").
  const ownReadingTime = file.data.roles?.[line.index]?.rule === 'reading-time' && nearAnchors.has(line)
  if ((label?.startsWith('teaser') && !ownReadingTime) || label === 'blank' || label === 'caption' || label === 'credit' || label === 'chrome') return undefined
  const before = textBeforeDate(line.text)
  if (before === undefined) return undefined
  const published = PUBLISHED_LABEL.test(before)
  const updated = UPDATED_LABEL.test(before)
  let score = 0
  if (published) score += WEIGHTS.published
  if (updated) score += WEIGHTS.updated
  if (label === 'byline' || label === 'headline') score += WEIGHTS.onBylineOrHeadline
  if (line.words <= DATELINE_WORDS) score += WEIGHTS.short
  if (nearAnchors.has(line)) score += WEIGHTS.nearBylineOrHeadline
  return {line, score, labelled: published || updated}
}
