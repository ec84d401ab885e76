/**
 * Stage: teasers for other articles. A teaser list opens at a heading such as
 * "Read more" or "Related" and runs as long as its lines have a teaser's
 * shape: kicker, headline, summary, reading time. It ends where running text
 * resumes (two prose lines in a row) or at the end of the page. Inline
 * `READ MORE: <headline>` lines are single teasers.
 */
import type {VFile} from 'vfile'
import type {Teaser} from '../article.js'
import type {Line} from '../data.js'
import {INLINE_TEASER, READING_TIME} from '../rules/chrome.js'
import {KICKER_WITH_AUTHOR} from '../rules/teasers.js'
import {endsSentence, isProse, isTitleCase, isTitleLike, nextNonBlank, wordCount} from '../text/features.js'
import {claim, isFree, labelOf} from './roles.js'

export default function related() {
  return (_tree: unknown, file: VFile) => {
    const lines = file.data.lines ?? []
    const teasers: Teaser[] = []
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]
      if (!line) continue
      if (labelOf(file, index) === 'related-heading') {
        index = readTeaserList(file, lines, index + 1, teasers) - 1
        continue
      }
      const inline = isFree(file, index) ? INLINE_TEASER.exec(line.text) : null
      if (inline?.[1]) {
        claim(file, index, 'teaser-headline', 'inline-teaser')
        teasers.push(teaser({headline: inline[1]}))
      }
    }
    file.data.related = teasers
  }
}

function teaser(fields: Partial<Teaser> & {headline: string}): Teaser {
  const {headline, kicker = null, summary = null, author = null, readingMinutes = null} = fields
  return {kicker, headline, summary, author, readingMinutes}
}

/** Read teaser cards from `from`; returns the index after the list. */
function readTeaserList(file: VFile, lines: Line[], from: number, teasers: Teaser[]): number {
  let current: Teaser | undefined
  let pendingKicker: {kicker: string; author: string | null} | undefined
  let prosesInARow = 0
  let index = from
  for (; index < lines.length; index++) {
    const line = lines[index]
    if (!line || line.text === '') continue
    const label = labelOf(file, index)
    if (label === 'related-heading') break
    const minutes = READING_TIME.exec(line.text)
    if (minutes) {
      if (current) current.readingMinutes = Number(minutes[1])
      claim(file, index, 'teaser-meta', 'reading-time')
      continue
    }
    if (label !== 'other') continue
    if (isProse(line)) {
      prosesInARow++
      if (prosesInARow >= 2 || !current || current.summary !== null) break
      current.summary = line.text
      claim(file, index, 'teaser-summary', 'after-teaser-headline')
      continue
    }
    prosesInARow = 0
    const kicker = kickerOf(line, lines, index)
    if (kicker) {
      pendingKicker = kicker
      claim(file, index, 'teaser-kicker', 'before-teaser-headline')
      continue
    }
    if (current && current.summary === null && isSummaryOf(line, current)) {
      current.summary = line.text
      claim(file, index, 'teaser-summary', 'after-teaser-headline')
      continue
    }
    if (!isTitleLike(line)) break
    current = teaser({headline: line.text, kicker: pendingKicker?.kicker ?? null, author: pendingKicker?.author ?? null})
    pendingKicker = undefined
    teasers.push(current)
    claim(file, index, 'teaser-headline', 'in-teaser-list')
  }
  return index
}

/** A teaser's summary reads as a sentence rather than a title and says more than its headline. */
function isSummaryOf(line: Line, current: Teaser): boolean {
  const longer = wordCount(line) > current.headline.split(' ').length
  return !isTitleCase(line) && (longer || endsSentence(line))
}

/** A kicker: a short label right above a teaser headline ("opinion Leonid Bershidsky", "post-mutiny call"). */
function kickerOf(line: Line, lines: Line[], index: number): {kicker: string; author: string | null} | undefined {
  const withAuthor = KICKER_WITH_AUTHOR.exec(line.text)
  if (withAuthor?.[1] && withAuthor[2]) return {kicker: withAuthor[1], author: withAuthor[2]}
  const [next] = nextNonBlank(lines, index, 1)
  const looksLikeLabel = wordCount(line) <= 4 && !endsSentence(line) && /^[\p{Ll}\p{Lu}\d-]/u.test(line.text)
  const lowerOrCaps = /^\p{Ll}/u.test(line.text) || line.text === line.text.toUpperCase()
  if (looksLikeLabel && lowerOrCaps && next && isTitleLike(next) && wordCount(next) > wordCount(line)) {
    return {kicker: line.text, author: null}
  }
  return undefined
}
