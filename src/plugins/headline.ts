/**
 * Stage: the headline. Every title-shaped line above the lead paragraph is a
 * candidate, and each piece of evidence adds to its score: a headline's
 * length, set off as a block of its own, repeated elsewhere on the page (as
 * the page title or a share text, or as the page title over a kicker and a
 * shorter form), followed by a byline, a date or a standfirst, defined by
 * the lead's first words (an encyclopedia article). Lines inside menus and
 * lists, section labels and lines in a list of teasers count against it;
 * the last line of a teaser list is a candidate again when it alone has a
 * byline or date under it.
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {DEFINITION_AFTER_SUBJECT, LABELLED_TITLE, NOT_HEADLINES, SITE_SUFFIX, TITLE_LABEL} from '../rules/headlines.js'
import {TITLE_SEPARATORS} from '../rules/sites.js'
import {isCreditLine, isPersonName, isRoleLine, readByline} from '../text/bylines.js'
import {opensOnDate} from '../text/dates.js'
import {endsSentence, isProse, isTitleCase, isTitleLike, nextNonBlank, previousNonBlank, wordCount} from '../text/features.js'
import {remembered} from '../text/remembered.js'
import {startsLowerCase} from '../text/teasers.js'
import {claim, isFree, labelOf} from './roles.js'

/** What each piece of evidence is worth. */
const WEIGHTS = {
  headlineLength: 1.5,
  tooShort: -2,
  ownBlock: 1.5,
  repeated: 3,
  /** The full title, with a shorter form of it just below: `Name's Dress -- STOLEN!!!` over `Name` and `Dress ... STOLEN!!!!`. */
  fullerTitle: 3,
  bylineOrDateNext: 2.5,
  bylineOrDateNear: 1,
  standfirstNext: 2,
  titleCase: 0.5,
  inMenu: -2.5,
  looksLikeBylineOrDate: -4,
  looksLikeName: -1.5,
  afterTeaserHeading: -3,
  underAHeadline: -2,
  mostlyNumbers: -2,
  numberedItem: -2,
  /** The lead paragraph opens by defining the line's words: an encyclopedia article and its title. */
  definedByLead: 8,
  /** A headline of a sentence or two that ends in a full stop (`… its benches. Ask who that's for.`): rarer than one without. */
  fullStop: -3,
  /** `Minister … said the measures would go to Cabinet`: a caption or a sentence; headlines say `says`. */
  reportedSpeech: -2,
  /** Per candidate between this one and the body: breaks ties in favour of the nearer. */
  distance: -0.05
}

/** A tabloid's headline runs to thirty words and more. */
const MAX_HEADLINE_WORDS = 60
/** A headline that ends in a full stop is short, a sentence or two; a longer line is a paragraph. */
const MAX_FULL_STOP_HEADLINE_WORDS = 20
const MAX_FULL_STOP_HEADLINE_SENTENCES = 2

/** A role credited alone, with the place it files from. */
const MAX_ROLE_CREDIT_WORDS = 6
/** A kicker set right over a headline is a few words; a word alone there is mostly a label (`Image`). */
const MIN_KICKER_WORDS = 2
const MAX_KICKER_WORDS = 4
/** A standfirst is at most this long; a longer line is the lead paragraph. */
const STANDFIRST_WORDS = 40

/** `12. Load balancing`: an item of a numbered list or table of contents. */
const NUMBERED_ITEM = /^\d{1,3}(?:\.\d{1,3})*\.? \p{Lu}/u

/** A teaser-list heading this many lines above makes a line a teaser; further up, only in a list of bylined teasers. */
const TEASER_HEADING_NEAR = 3
const TEASER_LIST_REACH = 12
/** How far below a title line its shorter form may stand (a kicker or a date between). */
const SHORT_FORM_REACH = 4
/** The past tense of reported speech, which headlines leave to their articles. */
const REPORTED_SPEECH = /\b(?:said|told)\b/
/** A label printed alone over its value: `Date:`, `Published:`. */
const LABEL_ALONE = /^\p{L}[\p{L} ]{1,20}:$/u
/** `Kicker: ` or `Kicker：` before a headline. */
const KICKER_COLON = /[^:：][:：] ?$/u
/** Words for comparing two titles: letters, digits and what sticks to them (`$150K`, `Nyong'o's`). */
const TITLE_WORD = /[\p{L}\p{N}$'’]+/gu
/** The lines under a headline that hold its standfirst, byline and date. */
const TITLE_BLOCK_LINES = 3
/** Non-blank lines looked through under a blurb over the article for its title. */
const LINES_PAST_BLURB = 10
/** A lead paragraph has at least this many words and ends a sentence; the headline comes before it. */
const LEAD_WORDS = 15
/** An encyclopedia's sentence may end in a citation mark: `…the Mozilla Corporation.[2]`. */
const CITATION_AFTER_SENTENCE = /[.!?]\[\d{1,3}\]$/

export default function headline() {
  return (_tree: unknown, file: VFile) => {
    const lines = file.data.lines ?? []
    const zones = file.data.zones ?? {bodyStart: lines.length, bodyEnd: lines.length}
    const first = lines.find((line) => line.index >= zones.bodyStart && isParagraph(line))
    // A show's blurb over the episode's own title block is no lead: the title is looked for past it.
    const titleBlockBelow = first && titleBlockPast(file, first, lines)
    const lead = titleBlockBelow ? lines.find((line) => line.index > titleBlockBelow.index && isParagraph(line)) : first
    const end = lead?.index ?? zones.bodyEnd
    // A page without running text (a gallery) has a headline only with a byline or date under it; a menu or a table has none.
    const withoutBody = zones.bodyStart >= lines.length
    const candidates = lines
      .slice(0, end)
      .filter((line) => isFree(file, line.index) || isArticleAfterTeasers(file, line, lines))
      .filter((line) => (isTitleLike(line, 1) || isTitleWithFullStop(line)) && !NOT_HEADLINES.some((pattern) => pattern.test(line.text)))
      .filter((line) => !withoutBody || nextNonBlank(lines, line.index, TITLE_BLOCK_LINES).some((below) => isBylineBlock(below, lines)))
    const repeated = repeatedInHeader(lines, zones.bodyStart)
    let best: {line: Line; score: number} | undefined
    candidates.forEach((line, rank) => {
      let score = headlineScore(file, line, lines, repeated) + WEIGHTS.distance * (candidates.length - 1 - rank)
      if (lead && definesSubject(lead, line)) score += WEIGHTS.definedByLead
      if (!best || score > best.score) best = {line, score}
    })
    if (!best) {
      file.data.headline = null
      return
    }
    if (labelOf(file, best.line.index) === 'teaser-headline') dropTeaser(file, best.line.index)
    const wrapped = wrappedTitle(file, best.line, lines)
    file.data.headline = bareTitle(wrapped.map((line) => line.text).join(' '))
    for (const line of wrapped) claim(file, line.index, 'headline', line === best.line ? 'best-title-line' : 'wrapped-title-line')
    // The parts of a page title printed below it are the header's, not a byline or a standfirst.
    const short = shortFormBelow(file, best.line, lines)
    if (!short) return
    for (const kicker of kickersBetween(best.line, short, lines)) claim(file, kicker.index, 'kicker', 'in-page-title')
    claim(file, short.index, 'headline', 'short-form-of-title')
  }
}

/** A page title's headline, without the label a scraper put before it or the site's name after it. */
function bareTitle(title: string): string {
  return title.replace(TITLE_LABEL, '').replace(SITE_SUFFIX, '')
}

/**
 * A title wrapped over lines set one under the other, the later ones carrying
 * on in lower case ("Council promises new Mill Lane bridge" / "by spring"):
 * every line of it, from whichever one won.
 */
function wrappedTitle(file: VFile, best: Line, lines: readonly Line[]): Line[] {
  let first = best.index
  let last = best.index
  while (carriesOn(file, lines[first - 1], lines[first])) first--
  while (carriesOn(file, lines[last], lines[last + 1])) last++
  return lines.slice(first, last + 1)
}

/** `next`, set right under the title line `line`, carries it on in lower case; a byline carries nothing on. */
function carriesOn(file: VFile, line: Line | undefined, next: Line | undefined): boolean {
  if (!line || !next || line.text === '' || !isFree(file, line.index) || !isFree(file, next.index)) return false
  return startsLowerCase(next.text) && !endsSentence(line) && isTitleLike(next, 1) && !looksLikeBylineOrDate(line) && !looksLikeBylineOrDate(next)
}

function headlineScore(file: VFile, line: Line, lines: Line[], repeated: Set<string>): number {
  const words = wordCount(line)
  const [next, ...near] = nextNonBlank(lines, line.index, 3)
  let score = isTitleLike(line, 1) ? 0 : WEIGHTS.fullStop
  if (hasHeadlineLength(line)) score += WEIGHTS.headlineLength
  if (NUMBERED_ITEM.test(line.text)) score += WEIGHTS.numberedItem
  if (words <= 2) score += WEIGHTS.tooShort
  if (setOffAbove(line, lines) && line.blankAfter) score += WEIGHTS.ownBlock
  // A word or two printed again is a section's name in the menu over its kicker (`Opinion`), not a title repeated.
  if (words > 2 && repeated.has(line.text.toLowerCase()) && !inRepeatedBlock(line, lines, repeated)) score += WEIGHTS.repeated
  if (shortFormBelow(file, line, lines)) score += WEIGHTS.fullerTitle
  if (isTitleCase(line) && words >= 4) score += WEIGHTS.titleCase
  if (isInMenu(line, lines)) score += WEIGHTS.inMenu
  if (looksLikeBylineOrDate(line)) score += WEIGHTS.looksLikeBylineOrDate
  else if (isPersonName(line.text)) score += WEIGHTS.looksLikeName
  if (line.numeric > line.words / 2) score += WEIGHTS.mostlyNumbers
  if (REPORTED_SPEECH.test(line.text)) score += WEIGHTS.reportedSpeech
  if (next && isBylineBlock(next, lines)) score += WEIGHTS.bylineOrDateNext
  else if (near.some((nearLine) => isBylineBlock(nearLine, lines))) score += WEIGHTS.bylineOrDateNear
  if (next && isFree(file, next.index) && isStandfirst(next)) score += WEIGHTS.standfirstNext
  if (followsTeaserHeading(file, line, lines)) score += WEIGHTS.afterTeaserHeading
  if (followsItsHeadline(file, line, lines)) score += WEIGHTS.underAHeadline
  return score
}

/**
 * The line and the lines on both sides of it are all printed twice: a
 * site's header repeated (for phones and for desktops), not a title
 * repeated as the page title or a share text.
 */
function inRepeatedBlock(line: Line, lines: Line[], repeated: Set<string>): boolean {
  const [above] = previousNonBlank(lines, line.index, 1)
  const [below] = nextNonBlank(lines, line.index, 1)
  return [above, below].every((neighbour) => neighbour !== undefined && repeated.has(neighbour.text.toLowerCase()))
}

/** A short line set apart, of a sentence or two, that would be title-like but for its final full stop. */
function isTitleWithFullStop(line: Line): boolean {
  const words = wordCount(line)
  const sentences = line.sentenceStarts.length
  return line.text.endsWith('.') && line.blankBefore && line.blankAfter && words >= 4 && words <= MAX_FULL_STOP_HEADLINE_WORDS && sentences <= MAX_FULL_STOP_HEADLINE_SENTENCES
}

/** A paragraph of running text, long enough to be a lead. */
function isParagraph(line: Line): boolean {
  return isProse(line) && (endsSentence(line) || CITATION_AFTER_SENTENCE.test(line.text)) && wordCount(line) >= LEAD_WORDS
}

/** Four to MAX_HEADLINE_WORDS words; eight to sixty characters in scripts written without spaces. */
function hasHeadlineLength(line: Line): boolean {
  if (line.cjk > line.words) return line.text.length >= 8 && line.text.length <= 60
  return line.words >= 4 && line.words <= MAX_HEADLINE_WORDS
}

/**
 * A date line, a byline, or names with their outlet or role (`Jane Roe, Staff
 * Writer`); a bare name is judged with the line under it (isBylineBlock). A
 * headline may name a date (`… owners have until June 30th`).
 * Remembered: each line is asked about again for every candidate near it.
 */
const looksLikeBylineOrDate = remembered(
  (line: Line): boolean =>
    line.words <= 16 &&
    (opensOnDate(line.text) || readByline(line.text) !== undefined || (isCreditLine(line.text) && !isPersonName(line.text)) || isRoleCredit(line))
)

/** `Staff Correspondent, Nilganj`, `Our Correspondent`: a byline that names a role and no one. */
function isRoleCredit(line: Line): boolean {
  return line.words <= MAX_ROLE_CREDIT_WORDS && isRoleLine(line.text.split(', ')[0] ?? '')
}

/** A bare name's date may stand under a Follow button or the writer's social links. */
const LINES_UNDER_NAME = 3

/**
 * A byline or date, or a bare name with a byline or date right under it (a Follow button or social links between),
 * or a label over its date (`Date:` / `March 4, 2027`).
 */
function isBylineBlock(line: Line, lines: Line[]): boolean {
  if (looksLikeBylineOrDate(line)) return true
  if (LABEL_ALONE.test(line.text)) return nextNonBlank(lines, line.index, 1).some(looksLikeBylineOrDate)
  return isPersonName(line.text) && nextNonBlank(lines, line.index, LINES_UNDER_NAME).some(looksLikeBylineOrDate)
}

/** A standfirst: a sentence or two, longer than a label, shorter than a paragraph, not a byline or a date. */
function isStandfirst(line: Line): boolean {
  const words = wordCount(line)
  return words >= 5 && words <= STANDFIRST_WORDS && !looksLikeBylineOrDate(line) && !LABELLED_TITLE.test(line.text)
}

/** The lead paragraph starts with the line's words and goes on to define them: `Mozilla is a …`. */
function definesSubject(lead: Line, line: Line): boolean {
  return lead.text.startsWith(line.text) && DEFINITION_AFTER_SUBJECT.test(lead.text.slice(line.text.length))
}

/**
 * One of a run of short lines with no blank line between them: a menu, a tag list, a table of contents. A
 * block of two lines, a few words over the line, is a kicker over its title.
 */
function isInMenu(line: Line, lines: Line[]): boolean {
  const isMenuItem = (neighbour: Line | undefined) =>
    neighbour !== undefined && neighbour.text !== '' && wordCount(neighbour) <= 4 && !looksLikeBylineOrDate(neighbour)
  return (isMenuItem(lines[line.index - 1]) && !underKicker(line, lines)) || isMenuItem(lines[line.index + 1])
}

/** A blank line above, or a kicker set on the line above. */
function setOffAbove(line: Line, lines: Line[]): boolean {
  return line.blankBefore || underKicker(line, lines)
}

/**
 * `Meghbati erosion` / `Homes vanish overnight …`: a title in a block of two lines under a kicker of a few words
 * (not a label such as `Image`, nor a writer's name over a time).
 */
function underKicker(line: Line, lines: Line[]): boolean {
  const kicker = lines[line.index - 1]
  if (!kicker?.blankBefore || !line.blankAfter || !hasHeadlineLength(line)) return false
  const words = wordCount(kicker)
  return words >= MIN_KICKER_WORDS && words <= MAX_KICKER_WORDS && !endsSentence(kicker) && !looksLikeBylineOrDate(kicker) && !isPersonName(kicker.text)
}

/** Right under a shorter title line of its own block: this is the standfirst, that the headline. */
function followsItsHeadline(file: VFile, line: Line, lines: Line[]): boolean {
  const [previous] = previousNonBlank(lines, line.index, 1)
  if (!previous || !line.blankBefore || !isFree(file, previous.index) || !isTitleLike(previous)) return false
  if (!hasHeadlineLength(previous) || !setOffAbove(previous, lines) || looksLikeBylineOrDate(previous)) return false
  // Standfirsts are written in sentence case, or say at least as much as their headline; a labelled title is not one.
  if (LABELLED_TITLE.test(line.text)) return false
  if (!isTitleCase(line)) return true
  // Where nouns are capitalised (German), a longer title case line may be the headline under a kicker: it
  // is when a standfirst of whole sentences and then the byline stand under it.
  const [next, afterNext] = nextNonBlank(lines, line.index, 2)
  const standfirstBelow = next !== undefined && isStandfirst(next) && endsSentence(next) && afterNext !== undefined && isBylineBlock(afterNext, lines)
  return wordCount(line) >= wordCount(previous) && (endsSentence(line) || !standfirstBelow)
}

/**
 * The nearest heading above is "Related", "Read more"…: the line is a
 * teaser. Further down the list it still is when a title line with its own
 * byline or date comes between: a list of teasers shaped like the article.
 */
function followsTeaserHeading(file: VFile, line: Line, lines: Line[]): boolean {
  const above = previousNonBlank(lines, line.index, TEASER_LIST_REACH)
  const heading = above.findIndex((previous) => labelOf(file, previous.index) === 'related-heading')
  if (heading < 0) return false
  if (heading < TEASER_HEADING_NEAR) return true
  const between = above.slice(0, heading)
  return !between.some(isParagraph) && between.some((previous) => isTeaserWithByline(previous, lines))
}

/** A title line with a byline, a date or a bare name under it. */
function isTeaserWithByline(line: Line, lines: Line[]): boolean {
  const [next] = nextNonBlank(lines, line.index, 1)
  if (!next || !isTitleLike(line) || !hasHeadlineLength(line)) return false
  return looksLikeBylineOrDate(next) || isPersonName(next.text)
}

/** Under a title line set apart (not in a menu), the shorter form of it the page also prints. */
function shortFormBelow(file: VFile, line: Line, lines: Line[]): Line | undefined {
  if (isInMenu(line, lines)) return undefined
  return nextNonBlank(lines, line.index, SHORT_FORM_REACH).find((below) => isFree(file, below.index) && isShortFormOf(below, line, lines))
}

/**
 * The page title over its parts: `Name's Dress -- STOLEN!!!` above the
 * kicker `Name` and the shorter `Dress ... STOLEN!!!!`, or `Kicker：Headline`
 * above `Headline`. A title line further down (`short`) that `full` says
 * again with the kicker the page prints apart. When the rest of `full` is
 * set off by a separator it is the site's name, and `short` the headline.
 */
function isShortFormOf(short: Line, full: Line, lines: Line[]): boolean {
  if (short.text.length >= full.text.length || !isTitleLike(short) || !hasHeadlineLength(short)) return false
  const fullText = full.text.toLowerCase()
  const shortText = short.text.toLowerCase()
  if (TITLE_SEPARATORS.some((separator) => fullText.startsWith(shortText + separator) || fullText.endsWith(separator + shortText))) return false
  if (fullText.endsWith(shortText) && KICKER_COLON.test(fullText.slice(0, -shortText.length))) return true
  return kickersBetween(full, short, lines).length > 0 && sharesEveryWord(short.text, full.text)
}

/** Lines between the page title and its short form that the title includes and the short form leaves out. */
function kickersBetween(full: Line, short: Line, lines: Line[]): Line[] {
  const fullText = full.text.toLowerCase()
  const shortText = short.text.toLowerCase()
  return lines.slice(full.index + 1, short.index).filter((line) => {
    const text = line.text.toLowerCase()
    return text.length > 1 && fullText.includes(text) && !shortText.includes(text)
  })
}

/** Every word of `short` (three at least) is a word of `full`, whatever the punctuation between. */
function sharesEveryWord(short: string, full: string): boolean {
  const fullWords = new Set(full.toLowerCase().match(TITLE_WORD))
  const shortWords = short.toLowerCase().match(TITLE_WORD) ?? []
  return shortWords.length >= 3 && shortWords.every((word) => fullWords.has(word))
}

/**
 * A line taken for the last of a list of teasers that has a byline or date
 * under it when the teasers above it have none: the list ended, and this is
 * the article's own title.
 */
function isArticleAfterTeasers(file: VFile, line: Line, lines: Line[]): boolean {
  if (labelOf(file, line.index) !== 'teaser-headline' || !hasTitleBlockBelow(file, line, lines)) return false
  // A teaser further down: the list goes on, and this is one of its cards.
  if (nextNonBlank(lines, line.index, TITLE_BLOCK_LINES).some((next) => labelOf(file, next.index) === 'teaser-headline')) return false
  const teasersAbove = previousNonBlank(lines, line.index, TEASER_LIST_REACH).filter((previous) => labelOf(file, previous.index) === 'teaser-headline')
  return teasersAbove.length > 0 && !teasersAbove.some((teaser) => hasTitleBlockBelow(file, teaser, lines))
}

/**
 * A title line with its byline or date under it, set below the paragraph
 * first taken for the lead with no other paragraph between (`Undercurrent
 * is the station's daily podcast…` over `The last ferry out of Port Ellery`
 * and `May 18, 2027`): the paragraph is a blurb over the article.
 */
function titleBlockPast(file: VFile, paragraph: Line, lines: Line[]): Line | undefined {
  for (const line of nextNonBlank(lines, paragraph.index, LINES_PAST_BLURB)) {
    if (isParagraph(line) && isFree(file, line.index)) return undefined
    if (isFree(file, line.index) && isTitleLike(line) && hasTitleBlockBelow(file, line, lines)) return line
  }
  return undefined
}

/** A byline or a date among the next few lines (a standfirst may come first), before the next teaser. */
function hasTitleBlockBelow(file: VFile, line: Line, lines: Line[]): boolean {
  for (const next of nextNonBlank(lines, line.index, TITLE_BLOCK_LINES)) {
    if (labelOf(file, next.index) === 'teaser-headline') return false
    if (isBylineBlock(next, lines)) return true
  }
  return false
}

/** The line is the article's headline after all: it is no teaser. */
function dropTeaser(file: VFile, index: number): void {
  const at = file.data.relatedLines?.indexOf(index) ?? -1
  if (at < 0) return
  file.data.related?.splice(at, 1)
  file.data.relatedLines?.splice(at, 1)
}

/** A title cut short with an ellipsis; group 1 is what is left of it, long enough to name one title. */
const CUT_SHORT = /^(.{20,}?) ?(?:\.{3}|…)$/u

/**
 * Line texts that occur twice above the body, whole, cut short, or as the start of a
 * longer line: a page title is often the headline plus the site's name.
 * (Repeats below the header are menus and tables of contents.)
 */
function repeatedInHeader(lines: Line[], bodyStart: number): Set<string> {
  const counts = new Map<string, number>()
  const header = lines.slice(0, bodyStart).filter((line) => line.text !== '')
  // `Ashby library to close at the end of …` in a breadcrumb: the line it cuts short is printed again.
  const cutShort = header.flatMap((line) => CUT_SHORT.exec(line.text.toLowerCase())?.[1] ?? [])
  for (const line of header) {
    const text = line.text.toLowerCase()
    counts.set(text, (counts.get(text) ?? 0) + 1 + cutShort.filter((stem) => text.length > stem.length + 1 && text.startsWith(stem)).length)
    for (const separator of TITLE_SEPARATORS) {
      const at = text.lastIndexOf(separator)
      if (at > 0) counts.set(text.slice(0, at), (counts.get(text.slice(0, at)) ?? 0) + 1)
    }
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([text]) => text))
}
