/**
 * Stage: page chrome. Lines matching the phrase lists in `rules/chrome.ts`
 * (share buttons, newsletter and donation appeals, cookie notices…) are
 * labelled so that no later stage takes them for article text. A donation
 * appeal takes the paragraphs and buttons under its opening line with it.
 * Teaser-list headings and reading times are labelled here too.
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {APPEAL_BUTTONS, APPEAL_WORDS, CHROME_RULES} from '../rules/chrome.js'
import {READING_TIME, RELATED_HEADINGS} from '../rules/teasers.js'
import {readByline} from '../text/bylines.js'
import {isProse} from '../text/features.js'
import {claim, isFree} from './roles.js'

/** Headings are short; longer lines are not tried against the heading patterns. */
const MAX_HEADING_LENGTH = 100
/** Lines an appeal runs to under its opening line. */
const MAX_APPEAL_LINES = 10
/** Appeal words a paragraph needs to belong to the appeal above it. */
const MIN_APPEAL_WORDS = 2

export default function chrome() {
  return (_tree: unknown, file: VFile) => {
    let appealLines = 0
    for (const line of file.data.lines ?? []) {
      if (!isFree(file, line.index)) continue
      const rule = chromeRule(line.text)
      if (rule) {
        claim(file, line.index, 'chrome', rule)
        appealLines = rule === 'donation' ? MAX_APPEAL_LINES : 0
      } else if (appealLines > 0 && isAppealText(line)) {
        claim(file, line.index, 'chrome', 'appeal')
        appealLines--
      } else {
        appealLines = 0
        if (line.text.length <= MAX_HEADING_LENGTH && RELATED_HEADINGS.some((heading) => heading.test(line.text))) {
          // "More about badges | Request a badge": a heading's words in a row of links, which opens no list.
          claim(file, line.index, 'related-heading', line.text.includes(' | ') ? 'heading-in-link-row' : 'related-heading')
        } else if (isReadingTime(line.text)) claim(file, line.index, 'teaser-meta', 'reading-time')
      }
    }
  }
}

/** A teaser's reading time ("4 min read"). "By Jane Roe · 4 min read" is a byline, for the byline stage or the teaser list it stands in. */
function isReadingTime(text: string): boolean {
  return READING_TIME.test(text) && !readByline(text)?.explicit
}

/** A paragraph that asks for support, or a button under the appeal. */
function isAppealText(line: Line): boolean {
  if (APPEAL_BUTTONS.test(line.text)) return true
  const words = new Set(line.text.match(APPEAL_WORDS)?.map((word) => word.toLowerCase()))
  return isProse(line) && words.size >= MIN_APPEAL_WORDS
}

/** The name of the chrome rule a line matches, if any. */
export function chromeRule(text: string): string | undefined {
  return CHROME_RULES.find(({pattern, requires}) => (requires === undefined || requires.test(text)) && pattern.test(text))?.rule
}
