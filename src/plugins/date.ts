/**
 * Stage: the publication date. The store's ` date YYYY-MM-DD ` prefix when
 * there is one; otherwise the date printed by the headline and byline
 * (datelines, "Published …", bylines with dates glued on), preferring a
 * publication date over an update. Teaser lines are never read.
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {DATE_IN_TEXT, PUBLISHED_LABEL, RELATIVE_DATE, UPDATED_LABEL} from '../rules/dates.js'
import {findDate} from '../text/dates.js'
import {claim, labelOf} from './roles.js'

/** Lines of the body searched for a dateline, past the header. */
const BODY_LINES_SEARCHED = 3

export default function date() {
  return (_tree: unknown, file: VFile) => {
    file.data.date = file.data.datePrefix ?? findPrintedDate(file)
  }
}

function findPrintedDate(file: VFile): string | null {
  const lines = file.data.lines ?? []
  const {bodyStart} = file.data.zones ?? {bodyStart: lines.length}
  const referenceDate = file.data.referenceDate ?? null
  let best: {value: string; score: number; line: Line} | undefined
  for (const line of lines.slice(0, bodyStart + BODY_LINES_SEARCHED)) {
    const label = labelOf(file, line.index)
    if (label?.startsWith('teaser') || label === 'blank') continue
    if (!DATE_IN_TEXT.test(line.text) && !RELATIVE_DATE.test(line.text)) continue
    const found = findDate(line.text, referenceDate)
    if (!found) continue
    const before = line.text.slice(0, found.index)
    let score = 0
    if (PUBLISHED_LABEL.test(before)) score += 2
    if (UPDATED_LABEL.test(before)) score -= 3
    if (label === 'byline' || label === 'headline') score += 1
    if (line.words <= 12) score += 1
    if (!best || score > best.score) best = {value: found.value, score, line}
  }
  if (!best) return null
  // A short line holding the date is a dateline; a long one is the first paragraph.
  if (labelOf(file, best.line.index) === 'other' && best.line.words <= 12) claim(file, best.line.index, 'dateline', 'printed-date')
  return best.value
}
