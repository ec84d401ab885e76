/**
 * Stage: the body paragraphs. Every line of the body zone that no earlier
 * stage claimed: prose, and the subheadings and list items between it;
 * stray one-word lines (buttons, labels) are left out.
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {endsSentence, wordCount} from '../text/features.js'
import {claim, isFree, labelOf} from './roles.js'

const ONE_WORD_HEADING = /^\p{Lu}\p{Ll}{3,}$/u

export default function body() {
  return (_tree: unknown, file: VFile) => {
    const lines = file.data.lines ?? []
    const {bodyStart, bodyEnd} = file.data.zones ?? {bodyStart: 0, bodyEnd: 0}
    const paragraphs = lines
      .slice(bodyStart, bodyEnd)
      .filter((line) => isFree(file, line.index) && isBodyText(line) && !isInsideChromeBlock(file, lines, line))
    for (const line of paragraphs) claim(file, line.index, 'body', 'in-body-zone')
    file.data.body = paragraphs.map((line) => line.text)
    file.data.bodyLines = paragraphs.map((line) => line.index)
    if (paragraphs.length === 0) {
      file.message('No article body found: the text has no run of prose paragraphs', {ruleId: 'no-body', source: 'article-parse'})
    }
  }
}

/**
 * A line in the same block as chrome above and below it (no blank line
 * between) belongs to that chrome: the blurb of a newsletter box, the text
 * of a donation appeal.
 */
function isInsideChromeBlock(file: VFile, lines: Line[], line: Line): boolean {
  const above = blockNeighbour(lines, line.index, -1)
  const below = blockNeighbour(lines, line.index, 1)
  return above !== undefined && below !== undefined && labelOf(file, above) === 'chrome' && labelOf(file, below) === 'chrome'
}

/** The index of the adjacent line in the same block, if the block continues that way. */
function blockNeighbour(lines: Line[], index: number, step: 1 | -1): number | undefined {
  const neighbour = lines[index + step]
  return neighbour && neighbour.text !== '' ? neighbour.index : undefined
}

function isBodyText(line: Line): boolean {
  return wordCount(line) >= 2 || endsSentence(line) || isOneWordHeading(line)
}

/** `Ingredients`, `Background`: a heading of one capitalised word, set apart by blank lines. */
function isOneWordHeading(line: Line): boolean {
  return line.blankBefore && line.blankAfter && ONE_WORD_HEADING.test(line.text)
}
