/**
 * Stage: photo credits and captions, wherever they sit. Claimed before the
 * body, the byline and the teasers are read, so that a long caption is never
 * a paragraph and a credit never a byline.
 */
import type {VFile} from 'vfile'
import type {Image} from '../article.js'
import {
  AGENCY_PHOTO,
  BY_CREDIT,
  CAPTION_LABEL,
  COURTESY_CREDIT,
  CREDIT_WORDS,
  DASH_CREDIT,
  LABELLED_CAPTION,
  LABELLED_CREDIT,
  SLASH_CREDIT,
  STOCK_CREDIT,
  TRAILING_CREDITS,
  WRITER_ROLES
} from '../rules/credits.js'
import type {Line} from '../data.js'
import {BYLINE_OPENER, WIRE_AGENCY_SET} from '../rules/bylines.js'
import {CREDIT_LINE} from '../rules/sites.js'
import {isLikelyPersonName, isPersonName} from '../text/bylines.js'
import {wordCount} from '../text/features.js'
import {claim, isFree} from './roles.js'

/** A caption above its credit is a sentence of a few words at least. */
const SENTENCE_ENDING = /[.!?]["”’)]?$/u
const MIN_CAPTION_WORDS = 4
const MIN_LABELLED_CAPTION_WORDS = 2
/** A credit with its label (`Photo: …`, `Foto: …`). */
const LABELLED_CREDIT_RULE = 'labelled-credit'
/** A dash between words, which a credit `Name - staff, AP` needs: most lines have none. */
const DASH = / [-–—] /

export default function images() {
  return (_tree: unknown, file: VFile) => {
    const found: Image[] = []
    /** The line of the last image found: a credit and a caption on lines next to each other are one picture's. */
    let previousLine = -1
    /** The line of a caption's label printed alone, if any: the caption is on the line under it. */
    let captionLabel: number | undefined
    const lines = file.data.lines ?? []
    for (const line of lines) {
      if (!isFree(file, line.index)) continue
      if (CAPTION_LABEL.test(line.text)) {
        // "Image caption," alone: the caption is the next line, and the label keeps it next to the credit above.
        claim(file, line.index, 'chrome', 'caption-label')
        if (previousLine === line.index - 1) previousLine = line.index
        captionLabel = line.index
        continue
      }
      const above = lines[line.index - 1]
      const image =
        captionLabel !== undefined && captionLabel === line.index - 1
          ? readLabelledCaption(line.text)
          : (readImage(line.text) ?? staffCreditUnder(file, line, above))
      if (!image) continue
      const previous = found.at(-1)
      if (previous && previousLine === line.index - 1 && completes(previous, image)) {
        previous.caption ??= image.caption
        previous.credit ??= image.credit
      } else if (image.caption === null && above && isFree(file, above.index) && isCaptionAbove(above, image.rule === LABELLED_CREDIT_RULE)) {
        // A figure prints its caption and credit on lines next to each other; paragraphs are set apart.
        found.push({caption: above.text, credit: image.credit})
        claim(file, above.index, 'caption', 'above-credit')
      } else found.push({caption: image.caption, credit: image.credit})
      previousLine = line.index
      claim(file, line.index, image.caption === null ? 'credit' : 'caption', image.rule)
    }
    file.data.images = found
  }
}

/** `Tobiah Renwick for The Fenwick Review`: a photographer and the outlet the picture was taken for. */
const FOR_OUTLET = /^([^()]{3,60}) for (The )?\p{Lu}[^()]{1,60}$/u
/** A name and the agency after it in brackets. */
const NAME_WITH_AGENCY = /^([^()]{3,60}) \(([^()]{2,40})\)$/u

/**
 * `Glen Harper / The Ashby Echo`, `Tobiah Renwick for The Fenwick Review` or
 * `Jacinto Marcos Albarrán (EFE)` right under a caption: the outlet's own
 * photographer, or an agency's. Alone, such
 * a line may be a path, a pair of names or a byline, so it is a credit only
 * under a sentence that reads as a caption.
 */
function staffCreditUnder(file: VFile, line: Line, above: Line | undefined): FoundImage | undefined {
  if (!above || !isFree(file, above.index) || !isCaptionAbove(above, false)) return undefined
  const photographer = line.text.includes('/') ? CREDIT_LINE.exec(line.text)?.[1] : (agencyPhotographer(line.text) ?? takenFor(line.text))
  return photographer && isPersonName(photographer) ? {caption: null, credit: line.text, rule: 'staff-credit'} : undefined
}

/** The photographer of `Name for The Outlet`, when the outlet has its article or the name a known given name (not `Essential Items for Allergy Relief`). */
function takenFor(text: string): string | undefined {
  const [, name, article] = FOR_OUTLET.exec(text) ?? []
  return name && (article || isLikelyPersonName(name)) ? name : undefined
}

/** `Jacinto Marcos Albarrán (EFE)` under a caption: a photographer and the agency in brackets (the same line alone may be a byline). */
function agencyPhotographer(text: string): string | undefined {
  const [, name, agency] = NAME_WITH_AGENCY.exec(text) ?? []
  return name && agency && WIRE_AGENCY_SET.has(agency.toLowerCase()) ? name : undefined
}

/** The line right above a credit is its caption when it reads as a sentence: not a title, a name or a date. */
function isCaptionAbove(line: Line, labelledCredit: boolean): boolean {
  if (line.text.length > MAX_CAPTION_LENGTH) return false
  // Over `Foto: …`, `Фото: …`, a caption needs no full stop: many outlets print none (`Most w Tarnowcu`).
  return labelledCredit ? wordCount(line) >= MIN_LABELLED_CAPTION_WORDS : SENTENCE_ENDING.test(line.text) && wordCount(line) >= MIN_CAPTION_WORDS
}

/** A credit alone and a caption alone, in either order (`Image copyright …` over `Image caption …`). */
function completes(previous: Image, image: Image): boolean {
  return (previous.caption === null && image.credit === null) || (previous.credit === null && image.caption === null)
}

export interface FoundImage extends Image {
  /** The rule that read the line, for `--explain`. */
  rule: string
}

/** Captions are a few sentences at most; longer lines are not tried (and the patterns stay cheap). */
const MAX_CAPTION_LENGTH = 500

/** Read a line as a credit, a caption, or a caption with its credit. `By Jane Roe / EFE` is a byline. */
export function readImage(text: string): FoundImage | undefined {
  if (text.length > MAX_CAPTION_LENGTH || BYLINE_OPENER.test(text)) return undefined
  const credit = readCredit(text)
  if (credit) return {caption: null, ...credit}
  const captionLine = LABELLED_CAPTION.exec(text)
  const labelled = captionLine?.[1] ?? captionLine?.[2]
  if (labelled) {
    const split = splitTrailingCredit(labelled)
    return {caption: split?.caption ?? labelled, credit: split?.credit ?? null, rule: 'labelled-caption'}
  }
  return splitTrailingCredit(text)
}

/** A line that is nothing but a credit. */
function readCredit(text: string): {credit: string; rule: string} | undefined {
  const agencyPhoto = AGENCY_PHOTO.exec(text)?.[1]
  if (agencyPhoto) return {credit: agencyPhoto, rule: 'agency-photo'}
  const byCredit = BY_CREDIT.exec(text)?.[1]
  if (byCredit) return {credit: byCredit, rule: 'by-credit'}
  const labelled = LABELLED_CREDIT.exec(text)?.[1]
  if (labelled) return {credit: labelled, rule: LABELLED_CREDIT_RULE}
  if (STOCK_CREDIT.test(text)) return {credit: text, rule: 'stock-credit'}
  const courtesy = COURTESY_CREDIT.exec(text)?.[1]
  if (courtesy) return {credit: courtesy, rule: 'courtesy-credit'}
  // The slash first: most lines have none, and the pattern is the costliest here.
  if (text.includes('/') && SLASH_CREDIT.test(text) && CREDIT_WORDS.test(text)) return {credit: text, rule: 'slash-credit'}
  const source = DASH.test(text) ? DASH_CREDIT.exec(text)?.[1] : undefined
  if (source && CREDIT_WORDS.test(source) && !WRITER_ROLES.test(source)) return {credit: text, rule: 'dash-credit'}
  return undefined
}

/** The line under a caption's label: the caption, and the credit if one ends it. */
function readLabelledCaption(text: string): FoundImage | undefined {
  if (text.length > MAX_CAPTION_LENGTH) return undefined
  return splitTrailingCredit(text) ?? {caption: text, credit: null, rule: 'under-caption-label'}
}

/** A caption that ends in its credit, split into both. */
function splitTrailingCredit(text: string): FoundImage | undefined {
  for (const {rule, requires, pattern} of TRAILING_CREDITS) {
    if (!requires(text)) continue
    const [, caption, credit] = pattern.exec(text) ?? []
    if (!caption || !credit) continue
    // A name glued to the end of a sentence is a credit only when it names an agency or library.
    if (rule === 'caption-slash-credit' && !CREDIT_WORDS.test(credit)) continue
    if (rule === 'caption-name-credit' && !isPersonName(credit)) continue
    return {caption: caption.replace(/ ?[|–—-]$/, ''), credit, rule}
  }
  return undefined
}
