/**
 * Stage: where the header ends. The body zone starts at the first run of
 * prose, but a standfirst or a first caption is prose too; when the headline,
 * byline or dateline sit below that start, the body begins after them, and
 * what lies between belongs to the header. The other way round, a live
 * page's "Key points" under its byline open the body above its first run of
 * prose: the points are short lines, no prose, but they are the article's.
 */
import type {VFile} from 'vfile'
import type {Line, LineLabel, Zones} from '../data.js'
import {ARTICLE_LIST_HEADING} from '../rules/teasers.js'
import {mentionsDate} from '../text/dates.js'
import {endsSentence, isProse, wordCount} from '../text/features.js'
import {claim, isFree, labelOf} from './roles.js'

const HEADER_LABELS: ReadonlySet<LineLabel> = new Set(['headline', 'byline', 'dateline'])
/** Header lines further into the body zone than this many lines are not moved out of it, nor list headings above it into it. */
const REACH = 12
/** Lines above the body zone searched for paragraphs cut off by a box of teasers, and the words they need. */
const BOX_REACH = 30
const MIN_WORDS_ABOVE_BOX = 20
/** Words of a button or a count in the byline's block (`Zur Merkliste hinzufügen`). */
const MAX_BUTTON_WORDS = 4

export default function headerEnd() {
  return (_tree: unknown, file: VFile) => {
    const zones = file.data.zones
    if (!zones) return
    if (!endHeaderInBodyZone(file, zones)) openBodyAtArticleList(file, zones)
    openBodyAboveTeaserBox(file, zones)
  }
}

/**
 * Moves the body's start up to the paragraphs between the header and a box
 * of teasers that cut them off from the rest (a tabloid's `RELATED ARTICLES`
 * after its second paragraph): crossing a teaser heading costs the body zone
 * more than a paragraph or two bring.
 */
function openBodyAboveTeaserBox(file: VFile, zones: Zones): void {
  const lines = file.data.lines ?? []
  let heading: number | undefined
  let firstParagraph: number | undefined
  let words = 0
  for (let index = zones.bodyStart - 1; index >= Math.max(0, zones.bodyStart - BOX_REACH); index--) {
    const label = labelOf(file, index) ?? 'other'
    if (HEADER_LABELS.has(label)) {
      if (firstParagraph !== undefined && words >= MIN_WORDS_ABOVE_BOX) zones.bodyStart = firstParagraph
      return
    }
    if (label === 'related-heading') {
      // A second heading above the paragraphs: they sit among teaser lists, not above the body.
      if (heading !== undefined && firstParagraph !== undefined) return
      heading = index
    }
    const line = lines[index]
    if (heading !== undefined && line && isFree(file, index) && isProse(line)) {
      firstParagraph = index
      words += wordCount(line)
    }
  }
}

/**
 * Moves the body's start below the last header line inside the body zone,
 * and below the dates and buttons set in one block with it; whether there
 * was one.
 */
function endHeaderInBodyZone(file: VFile, zones: Zones): boolean {
  const lines = file.data.lines ?? []
  const limit = Math.min(zones.bodyEnd, zones.bodyStart + REACH)
  for (let index = limit - 1; index >= zones.bodyStart; index--) {
    if (HEADER_LABELS.has(labelOf(file, index) ?? 'other')) {
      let end = index + 1
      while (end < zones.bodyEnd && isHeaderDetail(lines[end])) end++
      zones.bodyStart = end
      return true
    }
  }
  return false
}

/** `Aktualisiert: 13.03.2024, 09:10 Uhr`, `Artikel teilen`, `Comments: 46`: a date or a button, no sentence. */
function isHeaderDetail(line: Line | undefined): boolean {
  if (!line || line.text === '' || isProse(line)) return false
  return mentionsDate(line.text) || (wordCount(line) <= MAX_BUTTON_WORDS && !endsSentence(line))
}

/** Moves the body's start up to the list under an article-list heading between the header and the body zone. */
function openBodyAtArticleList(file: VFile, zones: Zones): void {
  const lines = file.data.lines ?? []
  for (let index = zones.bodyStart - 1; index >= Math.max(0, zones.bodyStart - REACH); index--) {
    if (HEADER_LABELS.has(labelOf(file, index) ?? 'other')) return
    const line = lines[index]
    if (line && isFree(file, index) && ARTICLE_LIST_HEADING.test(line.text)) {
      claim(file, index, 'chrome', 'article-list-heading')
      zones.bodyStart = index + 1
      return
    }
  }
}
