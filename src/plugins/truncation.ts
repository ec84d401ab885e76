/**
 * Stage: was the page cut off? Stored pages are often cut at a fixed length,
 * mid-sentence. The last line of text then ends without sentence punctuation
 * although it reads as a sentence (not a title, a label or a footer).
 */
import type {VFile} from 'vfile'
import {endsSentence, isTitleCase, wordCount} from '../text/features.js'
import {labelOf} from './roles.js'

/** A sentence cut short still has this many words; fewer is a label or a button. */
const MIN_WORDS = 6
const TEXT_LABELS = new Set(['body', 'teaser-summary', 'other', 'subtitle'])

export default function truncation() {
  return (_tree: unknown, file: VFile) => {
    const lines = file.data.lines ?? []
    let last = lines.length - 1
    while (last >= 0 && lines[last]?.text === '') last--
    const line = lines[last]
    file.data.truncated =
      line !== undefined &&
      TEXT_LABELS.has(labelOf(file, last) ?? '') &&
      wordCount(line) >= MIN_WORDS &&
      !endsSentence(line) &&
      !isTitleCase(line)
  }
}
