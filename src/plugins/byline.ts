/**
 * Stage: the byline, and the people and organisations it credits. Looked for
 * below the headline down to the first paragraphs, then just above the
 * headline; a teaser's byline is never taken (teaser lines are claimed).
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {DATE_IN_TEXT} from '../rules/dates.js'
import {bylineCredit, isPersonName, splitCredits} from '../text/bylines.js'
import {nextNonBlank, previousNonBlank} from '../text/features.js'
import {claim, isFree} from './roles.js'

/** Non-blank lines searched below the headline, and above it. */
const LINES_BELOW = 12
const LINES_ABOVE = 4

export default function byline() {
  return (_tree: unknown, file: VFile) => {
    file.data.byline = null
    file.data.authors = []
    file.data.agencies = []
    const lines = file.data.lines ?? []
    const headlineLine = lines.find((line) => file.data.roles?.[line.index]?.label === 'headline')
    const anchor = headlineLine?.index ?? (file.data.zones?.bodyStart ?? 0) - 1
    const candidates = [
      ...nextNonBlank(lines, anchor, LINES_BELOW),
      ...previousNonBlank(lines, Math.max(anchor, 0), LINES_ABOVE)
    ].filter((line) => isFree(file, line.index))
    const found = findCredited(candidates) ?? findNameByDate(candidates, lines, anchor)
    if (!found) return
    file.data.byline = found.line.text
    file.data.authors = found.authors
    file.data.agencies = found.agencies
    claim(file, found.line.index, 'byline', found.rule)
  }
}

interface FoundByline {
  line: Line
  authors: string[]
  agencies: string[]
  rule: string
}

/** A line that reads as a byline ("By …", "Name - date", "on … by …") and credits someone. */
function findCredited(candidates: Line[]): FoundByline | undefined {
  for (const line of candidates) {
    const credit = bylineCredit(line.text)
    if (!credit) continue
    const {authors, agencies} = splitCredits(credit)
    if (authors.length + agencies.length > 0) return {line, authors, agencies, rule: 'byline-shape'}
  }
  return undefined
}

/** A bare name right next to the headline or to a date line. */
function findNameByDate(candidates: Line[], lines: Line[], anchor: number): FoundByline | undefined {
  for (const line of candidates) {
    if (!isPersonName(line.text)) continue
    const neighbours = [...previousNonBlank(lines, line.index, 1), ...nextNonBlank(lines, line.index, 1)]
    const byHeadline = neighbours.some((neighbour) => neighbour.index === anchor)
    const byDate = neighbours.some((neighbour) => DATE_IN_TEXT.test(neighbour.text) && neighbour.words <= 12)
    if (byHeadline || byDate) return {line, authors: [line.text], agencies: [], rule: byDate ? 'name-by-date' : 'name-by-headline'}
  }
  return undefined
}
