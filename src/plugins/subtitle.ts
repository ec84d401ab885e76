/**
 * Stage: the standfirst (dek): a sentence or two right under the headline.
 * Bylines, dates, credits and share buttons may sit between; they are
 * claimed by then and skipped. The line is claimed before the body is read,
 * so it never doubles as the first paragraph.
 */
import type {VFile} from 'vfile'
import type {Line, LineLabel} from '../data.js'
import {PUBLISHED_LABEL, UPDATED_LABEL} from '../rules/dates.js'
import {LABELLED_TITLE} from '../rules/headlines.js'
import {ARTICLE_LIST_HEADING, CALL_TO_ACTION} from '../rules/teasers.js'
import {readByline} from '../text/bylines.js'
import {textBeforeDate} from '../text/dates.js'
import {isListItem, isTitleCase, nextNonBlank, wordCount} from '../text/features.js'
import {isRunningText, isTeaserMeta, stopsMidPhrase} from '../text/teasers.js'
import {claim, isFree, labelOf} from './roles.js'

/** Lines looked at below the headline. */
const WINDOW = 6
const MIN_WORDS = 6
const MAX_WORDS = 60
/** In scripts without spaces, characters instead of words. */
const MIN_CJK = 20

/** The dateline that opens a news story's first paragraph: `MOSCOW (AP) —`, `WASHINGTON —`, `PARIS, March 3 -`. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]{2,40}(?:,[^—–-]{0,40})?(?:\s*\([^)]{1,30}\))?\s*[—–-]\s/u
/** What goes on under a dek in a page's title block. */
const TITLE_BLOCK_LABELS: ReadonlySet<LineLabel> = new Set(['byline', 'dateline', 'credit', 'caption'])
const TITLE_BLOCK_LABELS_UNDER_BYLINE: ReadonlySet<LineLabel> = new Set(['byline', 'dateline'])
const BUTTON_RULES: ReadonlySet<string> = new Set(['share', 'follow', 'comments'])
/** `Serves 4 · Prep 15 min · No cooking`: fields set in a row, not a sentence. */
const FIELD_SEPARATORS = / [·•|] .* [·•|] /u
/** Lines under a headline that are labels, not a standfirst: `Topics: …`, `Tags: …`, `Posted by …`. */
const LABEL_LINE = /^(?:(?:topics?|tags?|filed under|categories|sections?|keywords?)\s*:|(?:posted|written|published|updated) by\b)/i

export default function subtitle() {
  return (_tree: unknown, file: VFile) => {
    file.data.subtitle = null
    const lines = file.data.lines ?? []
    const headlineLine = lines.find((line) => labelOf(file, line.index) === 'headline')
    if (!headlineLine) return
    const bodyStart = file.data.zones?.bodyStart ?? lines.length
    for (const line of nextNonBlank(lines, headlineLine.index, WINDOW)) {
      // "Key points" opens the article's own list, whose first item is no standfirst; nor is an item under the headline.
      if (ARTICLE_LIST_HEADING.test(line.text) || isListItem(line)) return
      // Claimed lines (byline, date, credit, buttons), other dates with their labels and short labels ("From: Herald
      // Sun") sit between.
      if (!isFree(file, line.index) || isTeaserMeta(line) || isLabelledDate(line.text) || (wordCount(line) < MIN_WORDS && !isRunningText(line))) continue
      if (isStandfirst(line) && !isVideoTitle(file, lines, line) && (line.index < bodyStart || isSetApart(file, lines, line))) {
        file.data.subtitle = line.text
        claim(file, line.index, 'subtitle', line.index < bodyStart ? 'under-headline' : 'before-first-paragraph')
      }
      return
    }
  }
}

/** A sentence or two that reads as a dek: not a title, not a label, not the dateline of the first paragraph. */
function isStandfirst(line: Line): boolean {
  const words = wordCount(line)
  if (words < MIN_WORDS || words > MAX_WORDS || isTitleCase(line) || LABELLED_TITLE.test(line.text)) return false
  if (line.cjk > line.words && line.cjk < MIN_CJK) return false
  if (DATELINE.test(line.text) || LABEL_LINE.test(line.text) || CALL_TO_ACTION.test(line.text) || /[:,;]$/.test(line.text)) return false
  if (readByline(line.text)?.credit !== undefined || FIELD_SEPARATORS.test(line.text)) return false
  return !stopsMidPhrase(line.text)
}

/** `Le Réveil Atlantique Publié le 17/01/2026 à 14h32`: a date with its label, not a sentence about the story. */
function isLabelledDate(text: string): boolean {
  const before = textBeforeDate(text)
  return before !== undefined && (PUBLISHED_LABEL.test(before) || UPDATED_LABEL.test(before))
}

/**
 * Inside the body zone a dek still stands apart from the first paragraph:
 * the title block goes on under it (a byline, date, credit or share
 * buttons). Without that it may be the lede, which stays in the body. Under
 * the byline, a picture is no title block: the lede often comes before the
 * first picture.
 */
function isSetApart(file: VFile, lines: Line[], line: Line): boolean {
  const [next] = nextNonBlank(lines, line.index, 1)
  if (!next) return false
  const role = file.data.roles?.[next.index]
  // An advertisement's label ("Ad") goes between paragraphs, not in a title block.
  if (role?.label === 'chrome') return BUTTON_RULES.has(role.rule)
  const underByline = lines.slice(0, line.index).some((above) => labelOf(file, above.index) === 'byline')
  const titleBlockLabels = underByline ? TITLE_BLOCK_LABELS_UNDER_BYLINE : TITLE_BLOCK_LABELS
  return (role !== undefined && titleBlockLabels.has(role.label)) || isTeaserMeta(next)
}

/** A line over a video player ("Your video will play in 0:25") is the video's title. */
function isVideoTitle(file: VFile, lines: Line[], line: Line): boolean {
  const [next] = nextNonBlank(lines, line.index, 1)
  return next !== undefined && file.data.roles?.[next.index]?.rule === 'video'
}
