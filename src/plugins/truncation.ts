/**
 * Stage: was the page cut off? Stored pages are often cut at a fixed length,
 * mid-sentence. The last line of text then ends without sentence punctuation
 * although it reads as a sentence (not a title, a label or a footer).
 */
import type {VFile} from 'vfile'
import {endsSentence, isTitleCase, previousNonBlank, wordCount} from '../text/features.js'
import {labelOf} from './roles.js'

/** A sentence cut short still has this many words; fewer is a label or a button. */
const MIN_WORDS = 6
const TEXT_LABELS = new Set(['body', 'teaser-summary', 'subtitle'])

export default function truncation() {
  return (_tree: unknown, file: VFile) => {
    const lines = file.data.lines ?? []
    const [line, above] = previousNonBlank(lines, lines.length, 2)
    // A paragraph cut short may not be read as body; a line after the footer ("… is the home of local news") is no part of the article.
    const isText = (label: string | undefined) => TEXT_LABELS.has(label ?? '') || (label === 'other' && above !== undefined && labelOf(file, above.index) === 'body')
    file.data.truncated = line !== undefined && isText(labelOf(file, line.index)) && wordCount(line) >= MIN_WORDS && !endsSentence(line) && !isTitleCase(line)
  }
}
