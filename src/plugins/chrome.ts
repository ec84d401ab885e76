/**
 * Stage: page chrome. Lines matching the phrase lists in `rules/chrome.ts`
 * (share buttons, newsletter and donation appeals, cookie notices…) are
 * labelled so that no later stage takes them for article text.
 */
import type {VFile} from 'vfile'
import {CHROME_RULES} from '../rules/chrome.js'
import {READING_TIME, RELATED_HEADINGS} from '../rules/teasers.js'
import {claim, isFree} from './roles.js'

export default function chrome() {
  return (_tree: unknown, file: VFile) => {
    for (const line of file.data.lines ?? []) {
      if (!isFree(file, line.index)) continue
      const rule = chromeRule(line.text)
      if (rule) claim(file, line.index, 'chrome', rule)
      else if (RELATED_HEADINGS.some((heading) => heading.test(line.text))) {
        claim(file, line.index, 'related-heading', 'related-heading')
      } else if (READING_TIME.test(line.text)) claim(file, line.index, 'teaser-meta', 'reading-time')
    }
  }
}

/** The name of the chrome rule a line matches, if any. */
export function chromeRule(text: string): string | undefined {
  return CHROME_RULES.find(({pattern}) => pattern.test(text))?.rule
}
