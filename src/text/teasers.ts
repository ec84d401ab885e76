/**
 * The shapes of the lines of a teaser card: its headline (a title that links
 * to another article), and the small lines around it. Judged on one line at
 * a time; the related stage reads the rhythm of a list from these.
 */
import type {Line} from '../data.js'
import {SENTENCE_FINAL_WORDS, STOPWORDS} from '../rules/stopwords.js'
import {CALL_TO_ACTION, CITATION, COMMENT_HEADER, TEASER_META} from '../rules/teasers.js'
import {isLikelyPersonName, isPersonName, readByline} from './bylines.js'
import {hasWrittenDate, mentionsDate} from './dates.js'
import {endsOnFullStop, endsSentence, isProse, isTitleCase, wordCount} from './features.js'
import {remembered} from './remembered.js'

/** Longest line taken for a teaser headline; longer lines are paragraphs. */
const MAX_HEADLINE_LENGTH = 250
const MAX_HEADLINE_WORDS = 30
/** A headline in a script without spaces: at least this many characters. */
const MIN_CJK_HEADLINE = 6
/** Titles this long read as headlines on their own; shorter ones are often menu items. */
const STRONG_WORDS = 6
const STRONG_CJK = 8
/** Four or five words make a headline when they read as a sentence or carry its punctuation. */
const MEDIUM_WORDS = 4
const HEADLINE_MARKS = /[:?!"“”‘’'«»\d]/u

/** A bare name under a teaser is its author's; longer capitalised lines are titles. */
const MAX_NAME_WORDS = 3
/** Words from which a line that stops on a function word is a headline cut short. */
const CUT_HEADLINE_WORDS = 10
/** Words of the shortest sentence that ends on a particle ("Talks drag on"). */
const MIN_SENTENCE_WORDS = 3
const TIME_OF_DAY = /\b\d{1,2}:\d{2}\b/
const MAX_STAMP_WORDS = 15
/** A title cut short, perhaps inside its quotation marks (`'If I die...'`): a full stop there ends no sentence. */
const ELLIPSIS = /(?:\.\.\.|…)["'”’»]*$/u
/** A line that stops on a comma or colon continues on the next line: it is not a title. */
const OPEN_ENDING = /[,;:–—-]$/
const LETTER = /[\p{L}']/u
/** A first word in lower case: a sentence carrying on, not a title ("iOS 8.3 out now" and "eBay…" are names). */
const LOWER_START = /^\p{Ll}+(?![\p{L}\d])/u
/** Reference-list carets, bullets, numbered sections ("12.2."), dot leaders of a table of contents. */
const NOT_A_TITLE = /^[\^•·*]|^\d+\.\d+|\.{4}|…{2}/u
/** A row of `[links]` or `a | b | c` is a toolbar; words glued together ("HomePhotos VideosCelebrity") are a row of links. */
const MAX_BRACKETS = 2
const MAX_BARS = 1
const GLUED_WORDS = /\p{Ll}\p{Lu}\p{Ll}/gu
const MAX_GLUED = 1
/** A link that leads on ("View all »", "Next story →", "Also on the app View All") rather than naming an article. */
const ARROW_ENDING = /[»›→>]$|\b(?:view|see|show) all$/iu
/** A guillemet that closes a quotation («double crime») is no arrow. */
const OPENING_GUILLEMET = '«'
/** Calls to action are short; longer lines that open with "See" or "Make" are headlines. */
const MAX_CALL_TO_ACTION_WORDS = 5
const NO_LOWER_CASE = /^[^\p{Ll}]*$/u

/** A line that could be a teaser's headline: a title of a few words that neither starts nor stops mid-sentence. */
export const isTeaserHeadline = remembered((line: Line): boolean => {
  const {text} = line
  if (text.length > MAX_HEADLINE_LENGTH || isLinkRow(text) || leadsOn(text)) return false
  if (line.cjk > line.words) return line.cjk >= MIN_CJK_HEADLINE && !/[。]$/u.test(text)
  return line.sentenceStarts.length <= 2 && hasTitleShape(text, wordCount(line)) && !isTeaserMeta(line)
})

/** The headline of an inline teaser (`Related: <headline>`): a title of at least three words. */
export function isInlineHeadline(text: string): boolean {
  const words = text.split(' ').length
  if (words <= 6 && hasWrittenDate(text)) return false
  return words >= 3 && text.length <= MAX_HEADLINE_LENGTH && !isLinkRow(text) && !leadsOn(text) && hasTitleShape(text, words)
}

function hasTitleShape(text: string, words: number): boolean {
  if (words < 2 || words > MAX_HEADLINE_WORDS || startsLowerCase(text) || NOT_A_TITLE.test(text) || CITATION.test(text)) return false
  if (words <= MAX_CALL_TO_ACTION_WORDS && CALL_TO_ACTION.test(text)) return false
  // A few words in capitals are a section heading ("EDITOR'S PICKS").
  if (words < STRONG_WORDS && NO_LOWER_CASE.test(text)) return false
  if (ELLIPSIS.test(text)) return true
  if (OPEN_ENDING.test(text) || endsOnFullStop(text)) return false
  // A short line that stops on "the" or "of" is a fragment; a long one is a headline cut to fit its box.
  return words >= CUT_HEADLINE_WORDS || !stopsMidPhrase(text)
}

export function startsLowerCase(text: string): boolean {
  return LOWER_START.test(text)
}

/**
 * A title that reads as an article's headline rather than a menu item or a
 * section name ("Standard Ad Units", "Research & Thought Leadership").
 */
export function isStrongHeadline(line: Line): boolean {
  if (line.cjk > line.words) return line.cjk >= STRONG_CJK
  const words = wordCount(line)
  if (words >= STRONG_WORDS) return true
  return words >= MEDIUM_WORDS && (!isTitleCase(line) || HEADLINE_MARKS.test(line.text))
}

/**
 * The line stops on "the", "of", "and"… with nothing after it: cut short
 * (found from the end, in one pass). A phrasal verb's particle may end a
 * sentence ("…as strike drags on"), not a button ("Read on", "Sign up");
 * after a hyphen it ends a noun ("line-up", "follow-up").
 */
export function stopsMidPhrase(text: string): boolean {
  const end = text.length
  let start = end
  while (start > 0 && LETTER.test(text.charAt(start - 1))) start--
  const word = text.slice(start, end)
  if (word === '' || word !== word.toLowerCase() || !STOPWORDS.has(word) || text.charAt(start - 1) === '-') return false
  return !SENTENCE_FINAL_WORDS.has(word) || text.split(' ', MIN_SENTENCE_WORDS).length < MIN_SENTENCE_WORDS
}

function leadsOn(text: string): boolean {
  return ARROW_ENDING.test(text) && !(text.endsWith('»') && text.includes(OPENING_GUILLEMET))
}

function isLinkRow(text: string): boolean {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0
  return count(/\[/g) > MAX_BRACKETS || count(/ \| |｜|\w\|\w/g) > MAX_BARS || count(GLUED_WORDS) > MAX_GLUED
}

/** A teaser's byline, date, list number, comment count or time: never its headline. */
export const isTeaserMeta = remembered((line: Line): boolean => {
  const {text} = line
  if (TEASER_META.some((pattern) => pattern.test(text))) return true
  if ((isPersonName(text) && wordCount(line) <= MAX_NAME_WORDS) || (readByline(text)?.credit !== undefined && wordCount(line) <= 8)) return true
  if (isAuthorInPublication(text)) return true
  // The date pattern last: it is the costly test, and paragraphs fail on their length.
  return (wordCount(line) <= 6 && mentionsDate(text)) || isPostStamp(line)
})

/** A reader's comment's header; COMMENT_HEADER is tried only on lines with a time's colon or a leading `#`: its look-aheads read every line to the end. */
export function isCommentHeader(text: string): boolean {
  return (text.includes(':') || text.startsWith('#')) && COMMENT_HEADER.test(text)
}

/** A date with a time of day in a short line stamps a post or a comment ("Rarst · March 10, 2017 at 1:26 AM"). */
export function isPostStamp(line: Line): boolean {
  return wordCount(line) <= MAX_STAMP_WORDS && TIME_OF_DAY.test(line.text) && hasWrittenDate(line.text)
}

/** A publication's name is short; longer lines after "Name in" are titles ("Kate Moss in Her Own Words About the Sixties"). */
const MAX_PUBLICATION_WORDS = 4
const PUBLICATION = new RegExp(String.raw`^\p{Lu}\S*(?: \S+){0,${MAX_PUBLICATION_WORDS - 1}}$`, 'u')

/** A card's author and the publication it appeared in: "Jane Roe in Harbour Notes". */
function isAuthorInPublication(text: string): boolean {
  const at = text.indexOf(' in ')
  return at > 0 && text.length <= MAX_HEADLINE_LENGTH && isLikelyPersonName(text.slice(0, at)) && PUBLICATION.test(text.slice(at + 4))
}

/** Running text that is not a headline: a body paragraph or a teaser's summary. */
export function isRunningText(line: Line): boolean {
  return isProse(line) || (endsSentence(line) && wordCount(line) >= 6 && !isTitleCase(line))
}
