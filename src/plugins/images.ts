/**
 * Stage: photo credits and captions, wherever they sit. Claimed before the
 * body is found so that a long caption is never read as a paragraph.
 */
import type {VFile} from 'vfile'
import type {Image} from '../article.js'
import {
  AGENCY_PHOTO,
  CREDIT_WORDS,
  GLUED_SLASH_CREDIT,
  LABELLED_CAPTION,
  LABELLED_CREDIT,
  SLASH_CREDIT,
  TRAILING_CREDITS
} from '../rules/credits.js'
import {claim, isFree} from './roles.js'

export default function images() {
  return (_tree: unknown, file: VFile) => {
    const found: Image[] = []
    for (const line of file.data.lines ?? []) {
      if (!isFree(file, line.index)) continue
      const image = readImage(line.text)
      if (!image) continue
      found.push(image)
      claim(file, line.index, image.caption === null ? 'credit' : 'caption', image.rule)
    }
    file.data.images = found.map(({caption, credit}) => ({caption, credit}))
  }
}

interface FoundImage extends Image {
  rule: string
}

/** Captions are a few sentences at most; longer lines are not tried (and patterns stay linear). */
const MAX_CAPTION_LENGTH = 500
/** A caption before a trailing credit has at least this many characters. */
const MIN_CAPTION_LENGTH = 10

/** Read a line as a credit, a caption, or a caption with its credit. */
export function readImage(text: string): FoundImage | undefined {
  if (text.length > MAX_CAPTION_LENGTH) return undefined
  const agencyPhoto = AGENCY_PHOTO.exec(text)
  if (agencyPhoto?.[1]) return {caption: null, credit: agencyPhoto[1], rule: 'agency-photo'}
  const labelled = LABELLED_CREDIT.exec(text)
  if (labelled?.[1]) return {caption: null, credit: text.replace(/^\(|\)$/g, ''), rule: 'labelled-credit'}
  if (SLASH_CREDIT.test(text) && CREDIT_WORDS.test(text)) return {caption: null, credit: text, rule: 'slash-credit'}
  const caption = LABELLED_CAPTION.exec(text)
  if (caption?.[1]) return {caption: caption[1], credit: null, rule: 'labelled-caption'}
  const trailing = trailingCredit(text)
  if (trailing) return {...trailing, rule: 'caption-with-credit'}
  const glued = GLUED_SLASH_CREDIT.exec(text)
  if (glued?.[1] && glued[2] && CREDIT_WORDS.test(glued[2]) && !/[.!?]$/.test(text)) {
    return {caption: glued[1], credit: glued[2], rule: 'caption-with-credit'}
  }
  return undefined
}

/** The earliest credit that runs to the end of the line and leaves a caption before it. */
function trailingCredit(text: string): Image | undefined {
  let found: {index: number; credit: string} | undefined
  for (const {label, credit} of TRAILING_CREDITS) {
    label.lastIndex = MIN_CAPTION_LENGTH
    for (let start = label.exec(text); start && (!found || start.index < found.index); start = label.exec(text)) {
      credit.lastIndex = start.index + start[0].length
      const rest = credit.exec(text)
      if (rest?.[1]) {
        found = {index: start.index, credit: rest[1]}
        break
      }
    }
  }
  return found && {caption: withoutTrailingSeparator(text.slice(0, found.index)), credit: found.credit}
}

function withoutTrailingSeparator(text: string): string {
  return /[|–—-]$/.test(text) ? text.slice(0, -1).trimEnd() : text
}
