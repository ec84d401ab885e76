/**
 * Stage: the standfirst (dek): a sentence or two right under the headline,
 * above where the body starts. Bylines, dates and credits may sit between.
 */
import type {VFile} from 'vfile'
import {mentionsDate} from '../text/dates.js'
import {isTitleCase, nextNonBlank, wordCount} from '../text/features.js'
import {claim, isFree, labelOf} from './roles.js'

/** Lines looked at below the headline. */
const WINDOW = 4
const MIN_WORDS = 6

export default function subtitle() {
  return (_tree: unknown, file: VFile) => {
    file.data.subtitle = null
    const lines = file.data.lines ?? []
    const headlineLine = lines.find((line) => labelOf(file, line.index) === 'headline')
    if (!headlineLine) return
    const bodyStart = file.data.zones?.bodyStart ?? lines.length
    for (const line of nextNonBlank(lines, headlineLine.index, WINDOW)) {
      if (line.index >= bodyStart) return
      if (!isFree(file, line.index)) continue
      const dek = wordCount(line) >= MIN_WORDS && !mentionsDate(line.text) && !isTitleCase(line)
      if (dek) {
        file.data.subtitle = line.text
        claim(file, line.index, 'subtitle', 'under-headline')
      }
      return
    }
  }
}
