/**
 * Stage: the byline, and the people and organisations it credits. Looked for
 * near the headline first: an explicit byline ("By …", "Par …", "… by Name")
 * anywhere in the header, then a name beside a date or a bare name above the
 * body's second paragraph. Last, blogs sign posts after the text ("Posted by
 * …"). A teaser's byline is never taken: teaser lines are claimed before.
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {isLikelyPersonName, isPersonName, readByline, splitCredits} from '../text/bylines.js'
import {mentionsDate} from '../text/dates.js'
import {isProse, nextNonBlank, previousNonBlank, wordCount} from '../text/features.js'
import {claim, isFree, labelOf} from './roles.js'

/** Non-blank lines searched below the headline, above it, and after the body. */
const LINES_BELOW = 24
const LINES_ABOVE = 4
const LINES_AFTER_BODY = 10
const LINES_ENDING_BODY = 4
const ENDS_WITH_BY = /\bby:?$/i
/** A paragraph of prose, as opposed to a caption or a label. */
const PARAGRAPH_WORDS = 15

export default function byline() {
  return (_tree: unknown, file: VFile) => {
    file.data.byline = null
    file.data.authors = []
    file.data.agencies = []
    const lines = file.data.lines ?? []
    const zones = file.data.zones ?? {bodyStart: 0, bodyEnd: lines.length}
    const headlineLine = lines.find((line) => labelOf(file, line.index) === 'headline')
    const anchor = headlineLine?.index ?? zones.bodyStart - 1
    const free = (candidates: Line[]) => candidates.filter((line) => isFree(file, line.index))
    const below = nextNonBlank(lines, anchor, LINES_BELOW)
    const above = previousNonBlank(lines, Math.max(anchor, 0), LINES_ABOVE)
    // Implicit bylines (a name, a name and a date) come before the second paragraph: the first may be a standfirst.
    const secondParagraph = below.filter((line) => isProse(line) && wordCount(line) >= PARAGRAPH_WORDS)[1]
    const header = free([...below.filter((line) => line.index < (secondParagraph?.index ?? lines.length)), ...above])
    const signature = free([...previousNonBlank(lines, zones.bodyEnd, LINES_ENDING_BODY), ...nextNonBlank(lines, zones.bodyEnd - 1, LINES_AFTER_BODY)])
    const found =
      findCredited(free([...below, ...above]), lines, true) ??
      findCredited(header, lines, false) ??
      findBareName(header, lines, anchor) ??
      findCredited(signature, lines, false)
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

/** A line that reads as a byline and credits someone; only explicit ones ("By …") when asked. */
function findCredited(candidates: Line[], lines: Line[], explicitOnly: boolean): FoundByline | undefined {
  for (const line of candidates) {
    const match = readByline(withNameBelow(line, lines))
    if (!match || (explicitOnly && !match.explicit)) continue
    const {authors, agencies} = splitCredits(match.credit)
    if (authors.length + agencies.length > 0) {
      return {line, authors, agencies, rule: match.explicit ? 'byline-opener' : 'name-and-date'}
    }
  }
  return undefined
}

/** `Written on Feb 24 by` with the name on the next line reads as one byline. */
function withNameBelow(line: Line, lines: Line[]): string {
  if (!ENDS_WITH_BY.test(line.text)) return line.text
  const [next] = nextNonBlank(lines, line.index, 1)
  return next && isPersonName(next.text) ? `${line.text} ${next.text}` : line.text
}

/**
 * A line that is only a person's name: a byline when it starts with a known
 * given name, or sits right under the headline or next to a date.
 */
function findBareName(candidates: Line[], lines: Line[], anchor: number): FoundByline | undefined {
  for (const line of candidates) {
    if (!isPersonName(line.text)) continue
    const neighbours = [...previousNonBlank(lines, line.index, 1), ...nextNonBlank(lines, line.index, 1)]
    const byHeadline = previousNonBlank(lines, line.index, 1)[0]?.index === anchor
    const byDate = neighbours.some((neighbour) => neighbour.words <= 16 && mentionsDate(neighbour.text))
    const knownName = isLikelyPersonName(line.text)
    if (!knownName && !byHeadline && !byDate) continue
    const rule = knownName ? 'known-given-name' : byDate ? 'name-by-date' : 'name-by-headline'
    return {line, authors: [line.text], agencies: [], rule}
  }
  return undefined
}
