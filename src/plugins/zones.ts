/**
 * Stage: the page's zones. The body is the stretch of lines with the most
 * running text net of everything else (the maximum-sum segment, as in
 * body-text-extraction): prose lines count their words, every other line
 * costs a little, chrome and teaser headings cost a lot. What comes before is
 * the header, what comes after the tail.
 */
import type {VFile} from 'vfile'
import type {Line, LineLabel} from '../data.js'
import {NEXT_ARTICLE_MARKER} from '../rules/teasers.js'
import {readByline} from '../text/bylines.js'
import {endsSentence, isListItem, isProse, isTitleLike, nextNonBlank, wordCount} from '../text/features.js'
import {isCommentHeader, isPostStamp} from '../text/teasers.js'
import {labelOf} from './roles.js'

/** What crossing a line costs when it is not running text. */
const COST: Partial<Record<LineLabel, number>> = {
  chrome: 4,
  'related-heading': 40,
  'teaser-headline': 6,
  'teaser-kicker': 6,
  'teaser-summary': 12,
  'teaser-meta': 6
}
const OTHER_LINE_COST = 2
/** An item of a list counts its words at this weight, when it has this many. */
const LIST_ITEM_WEIGHT = 0.5
const MIN_LIST_ITEM_WORDS = 3

/** Chrome that ends an article (a comments section opens, a press release's `ENDS`): crossing it costs as much as a teaser heading. */
const ARTICLE_END_RULES: ReadonlySet<string> = new Set(['comments', 'comment-form', 'release-end'])
const ARTICLE_END_COST = 40
/** Fields of a comment form, among the lines under a comment count, that open the comments. */
const MIN_COMMENT_FORM_FIELDS = 3
const COMMENT_FORM_REACH = 6
/** A commenter's name or handle over the comment's stamp. */
const MAX_COMMENTER_WORDS = 4
/** Words of running text, net, that make the stretch above readers' comments an article. */
const MIN_ARTICLE_ABOVE_COMMENTS = 50
/** A second article's title has at least this many words, and its byline stands within this many lines under it. */
const MIN_TITLE_WORDS = 4
const BYLINE_REACH = 2
/** A line that ends on a closing quote mark with no sentence ending inside it is a quoted title (`Népal : «… utiles»`), not running text. */
const QUOTED_TITLE = /[^.!?…]["”»]$/u

export default function zones() {
  return (_tree: unknown, file: VFile) => {
    const lines = file.data.lines ?? []
    const scores = lines.map((line) => lineScore(file, line))
    let [start, end] = bestSegment(scores)
    // Comments longer than a short article may outweigh it: the stretch is then sought above them,
    // where an article of a paragraph or two must stand (not a comment counter under a standfirst).
    const commentsAbove = lastCommentsOpening(file, lines, start)
    if (commentsAbove !== undefined) {
      const [above, aboveEnd] = bestSegment(scores.slice(0, commentsAbove))
      if (sum(scores.slice(above, aboveEnd)) >= MIN_ARTICLE_ABOVE_COMMENTS) [start, end] = [above, aboveEnd]
    }
    // No running text anywhere (a gallery, a page of links): all of it is header, where the headline and date are sought.
    if (start === end) {
      file.data.zones = {bodyStart: lines.length, bodyEnd: lines.length}
      return
    }
    const bodyEnd = commentsStart(file, lines, start, end) ?? nextArticleStart(lines, start, end) ?? end
    file.data.zones = {bodyStart: start, bodyEnd: widenToShortParagraphs(file, lines, start, bodyEnd)}
  }
}

/**
 * Where readers' comments open inside the stretch found: a comment count or
 * form ("There are 13 comments") with a comment's stamp under it ("Margot
 * Ellery · March 10, 2017 at 6:16 PM"), or with the fields of a comment form
 * under it ("Your name *", "Allowed HTML tags: …"). Long comments outweigh
 * what crossing the count costs, but they are never the article's.
 */
function commentsStart(file: VFile, lines: readonly Line[], start: number, end: number): number | undefined {
  for (let index = start + 1; index < end; index++) if (opensComments(file, lines, index)) return index
  return undefined
}

/** The last opening of readers' comments above `start` with a paragraph of prose above it. */
function lastCommentsOpening(file: VFile, lines: readonly Line[], start: number): number | undefined {
  for (let index = start - 1; index > 0; index--) {
    if (opensComments(file, lines, index)) return lines.slice(0, index).some((line) => isProse(line)) ? index : undefined
  }
  return undefined
}

/** A comment count or form (`There are 13 comments`) with a comment's stamp, or a comment form's fields, under it. */
function opensComments(file: VFile, lines: readonly Line[], index: number): boolean {
  const ruleOf = (at: number) => file.data.roles?.[at]?.rule ?? ''
  if (!ARTICLE_END_RULES.has(ruleOf(index))) return false
  const below = nextNonBlank(lines, index, COMMENT_FORM_REACH)
  const [next, second] = below
  if (next && (isPostStamp(next) || isCommentHeader(next.text))) return true
  // `Kojo Anane` / `March 4, 2027 at 12:31 pm`: the commenter's name (or handle) over the stamp.
  if (next && second && wordCount(next) <= MAX_COMMENTER_WORDS && !endsSentence(next) && isPostStamp(second)) return true
  return below.filter((field) => ruleOf(field.index) === 'comment-form').length >= MIN_COMMENT_FORM_FIELDS
}

/**
 * Where a second article starts inside the stretch found: a page saved with
 * the next story loaded under it (infinite scroll) runs on into its title,
 * byline and paragraphs, which outweigh the little set between. "Next
 * article" over a title with a "By" byline under it opens another article.
 * (A weekly edition's articles, one after another without the marker, are
 * read as one body.)
 */
function nextArticleStart(lines: readonly Line[], start: number, end: number): number | undefined {
  for (let index = start + 1; index < end; index++) {
    const marker = lines[index]
    if (!marker || !NEXT_ARTICLE_MARKER.test(marker.text)) continue
    const [title, ...below] = nextNonBlank(lines, index, 1 + BYLINE_REACH)
    if (title && isTitleLike(title, MIN_TITLE_WORDS) && !endsSentence(title) && below.some((line) => readByline(line.text)?.explicit)) return index
  }
  return undefined
}

function lineScore(file: VFile, line: Line): number {
  const label = labelOf(file, line.index)
  if (label === 'blank') return 0
  if (label === 'chrome' && ARTICLE_END_RULES.has(file.data.roles?.[line.index]?.rule ?? '')) return -ARTICLE_END_COST
  if (label && label !== 'other') return -(COST[label] ?? OTHER_LINE_COST)
  if (isProse(line) && !QUOTED_TITLE.test(line.text)) return wordCount(line)
  // `+ Added Slime Block`: an item of the article's own list says something; a menu's items are a word or two.
  return isListItem(line) && wordCount(line) >= MIN_LIST_ITEM_WORDS ? wordCount(line) * LIST_ITEM_WEIGHT : -OTHER_LINE_COST
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

/** Kadane's maximum-sum segment; returns [start, end) or an empty segment at 0. */
function bestSegment(scores: number[]): [number, number] {
  let best = 0
  let bestRange: [number, number] = [0, 0]
  let sum = 0
  let start = 0
  scores.forEach((score, index) => {
    if (sum <= 0) {
      sum = 0
      start = index
    }
    sum += score
    if (sum > best) {
      best = sum
      bestRange = [start, index + 1]
    }
  })
  return bestRange
}

/** A closing paragraph too short to count as prose ("Thanks for reading.") still belongs to the body. */
function widenToShortParagraphs(file: VFile, lines: Line[], start: number, end: number): number {
  let widened = end
  for (let index = end; index < lines.length; index++) {
    const line = lines[index]
    if (!line || labelOf(file, index) === 'blank') continue
    if (labelOf(file, index) !== 'other' || !endsSentence(line) || wordCount(line) < 3 || !line.blankBefore) break
    widened = index + 1
  }
  return Math.max(widened, start)
}
