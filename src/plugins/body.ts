/**
 * Stage: the body paragraphs. Every line of the body zone that no earlier
 * stage claimed: prose, and the subheadings and list items between it;
 * stray one-word lines (buttons, labels) are left out.
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {endsSentence, wordCount} from '../text/features.js'
import {claim, isFree} from './roles.js'

export default function body() {
  return (_tree: unknown, file: VFile) => {
    const lines = file.data.lines ?? []
    const {bodyStart, bodyEnd} = file.data.zones ?? {bodyStart: 0, bodyEnd: 0}
    const paragraphs = lines.slice(bodyStart, bodyEnd).filter((line) => isFree(file, line.index) && isBodyText(line))
    for (const line of paragraphs) claim(file, line.index, 'body', 'in-body-zone')
    file.data.body = paragraphs.map((line) => line.text)
    file.data.bodyLines = paragraphs.map((line) => line.index)
    if (paragraphs.length === 0) {
      file.message('No article body found: the text has no run of prose paragraphs', {ruleId: 'no-body', source: 'article-parse'})
    }
  }
}

function isBodyText(line: Line): boolean {
  return wordCount(line) >= 2 || endsSentence(line)
}
