/**
 * Hard-wrapped text: what `lynx -dump`, `w3m -dump`, html2text, mail
 * clients and plain-text documents save, every paragraph broken into lines
 * of at most a fixed width. The stages read a paragraph as a line, so each
 * wrapped paragraph is joined back into one; `inputPlace` maps a place in
 * the joined lines back to the line and column of the input.
 *
 * A line was broken by the wrapping, not by its author, when the next line's
 * first word would not have fitted on it. The text counts as wrapped only
 * when such lines carry much of it and no line of prose is wider than the
 * width they share, which a page of one-line paragraphs never shows.
 * Widths are counted in columns, as those tools count them.
 */
import {columns} from '../format/columns.js'

/** Widths text is wrapped at: 72 for mail and RFCs, 76 to 80 for terminal dumps; narrower columns are menus. */
const MIN_WIDTH = 40
const MAX_WIDTH = 100
/** Lines that run on and end within FULL_LINE_SLACK of a width, in number and as a share of all that run on, for it to be the width. */
const FULL_LINE_SLACK = 5
const MIN_LINES_AT_WIDTH = 2
const MIN_SHARE_AT_WIDTH = 0.1
/** Lines broken by the wrapping needed, and the share of the text's characters they must carry. */
const MIN_WRAPPED_LINES = 3
const MIN_WRAPPED_SHARE = 0.2
/** Share of the text's characters allowed in lines of prose wider than the width: a URL may overflow, prose does not. */
const MAX_OVERFLOW_SHARE = 0.05
/**
 * A list item starts a line of its own, even under a full line; a middle dot is a separator ("By Jane Roe · 4
 * min read"), not a bullet, and nor is a dash before a word in lower case ("– powiedział rzecznik").
 */
const LIST_ITEM = /^(?:[*•+-]\s|–\s(?!\p{Ll})|\d{1,3}[.)]\s|\(?[a-z]\)\s)/u
/** A sentence's end at the end of a line, and a line that starts in lower case: no sentence runs on so ("…the Bosphorus." / "opinion Nadia Georgieva"). */
const SENTENCE_END = /[.!?]["”’)]?$/u
const LOWER_CASE_START = /^\p{Ll}/u
/** Scripts written without spaces are wrapped anywhere: their lines are left as they are. */
const NO_SPACES_SCRIPT = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]/g
const MAX_NO_SPACES_SHARE = 0.1

/** How hard-wrapped lines were joined: what maps the joined lines back to the input's. */
export interface Wrapping {
  /** The width the text was wrapped at. */
  width: number
  /** For each joined line, the index of the input line it starts on. */
  inputLines: number[]
  /** For each joined line, where each input line it took in starts in it (the first at 0). */
  starts: number[][]
}

export interface Unwrapped {
  /** The lines, each wrapped paragraph joined into one. */
  lines: string[]
  /** Null when the text was not wrapped: `lines` are then the lines given. */
  wrapping: Wrapping | null
}

/**
 * `lines`: the normalised lines (trimmed, spaces collapsed); `rawLines`: the
 * same lines as the input has them, whose lengths the wrapping went by.
 */
export function unwrapLines(lines: string[], rawLines: readonly string[]): Unwrapped {
  const unchanged = {lines, wrapping: null}
  // Each input line's width in columns, measured once: every test below reads them.
  const widths = rawLines.map((line) => displayWidth(line.trimEnd()))
  const width = wrapWidth(lines, widths)
  if (width === null || isWrittenWithoutSpaces(lines)) return unchanged
  const broken = lines.map((_, index) => isBrokenByWrapping(index, lines, widths, width))
  const characters = (select: (index: number) => boolean) => lines.reduce((sum, line, index) => (select(index) ? sum + line.length : sum), 0)
  const total = characters(() => true)
  const overflow = characters((index) => (widths[index] ?? 0) > width && (lines[index] ?? '').includes(' '))
  const wrapped = broken.filter(Boolean).length
  if (wrapped < MIN_WRAPPED_LINES || characters((index) => broken[index] === true) < MIN_WRAPPED_SHARE * total || overflow > MAX_OVERFLOW_SHARE * total) {
    return unchanged
  }
  const joined: string[] = []
  const wrapping: Wrapping = {width, inputLines: [], starts: []}
  for (let index = 0; index < lines.length; index++) {
    let text = lines[index] ?? ''
    const starts = [0]
    wrapping.inputLines.push(index)
    while (broken[index]) {
      index++
      starts.push(text.length + 1)
      text = `${text} ${lines[index]}`
    }
    joined.push(text)
    wrapping.starts.push(starts)
  }
  return {lines: joined, wrapping}
}

/**
 * The width the text was wrapped at, if it was: the widest length near which
 * many lines of prose that run on into the next line end. Wrapping fills
 * most lines to within a word of the width; a table row or a line of code
 * wider than that stands alone. A line that ends its paragraph may come
 * closer to the width than any that runs on (on a short page, with few lines
 * to go by), so the width is that of the widest line of prose within a word
 * of it.
 */
function wrapWidth(lines: readonly string[], widths: readonly number[]): number | null {
  const runOnAt = new Array<number>(MAX_WIDTH + 1).fill(0)
  const proseAt = new Array<number>(MAX_WIDTH + 1).fill(0)
  let runOn = 0
  for (let index = 0; index < lines.length; index++) {
    const length = widths[index] ?? 0
    if (length > MAX_WIDTH || !lines[index]?.includes(' ')) continue
    proseAt[length] = (proseAt[length] ?? 0) + 1
    if (!lines[index + 1]) continue
    runOnAt[length] = (runOnAt[length] ?? 0) + 1
    runOn++
  }
  const enough = Math.max(MIN_LINES_AT_WIDTH, MIN_SHARE_AT_WIDTH * runOn)
  for (let width = MAX_WIDTH; width >= MIN_WIDTH; width--) {
    if (runOnAt[width] === 0) continue
    let near = 0
    for (let length = width; length > width - FULL_LINE_SLACK; length--) near += runOnAt[length] ?? 0
    if (near < enough) continue
    for (let wider = Math.min(MAX_WIDTH, width + FULL_LINE_SLACK); wider > width; wider--) if (proseAt[wider]) return wider
    return width
  }
  return null
}

function isWrittenWithoutSpaces(lines: readonly string[]): boolean {
  const text = lines.join('\n')
  return (text.match(NO_SPACES_SCRIPT)?.length ?? 0) > MAX_NO_SPACES_SHARE * text.length
}

/** The next line's first word would not have fitted on this line: the line was broken by the wrapping. */
function isBrokenByWrapping(index: number, lines: readonly string[], widths: readonly number[], width: number): boolean {
  const line = lines[index] ?? ''
  const next = lines[index + 1] ?? ''
  if (line === '' || next === '' || LIST_ITEM.test(next) || (SENTENCE_END.test(line) && LOWER_CASE_START.test(next))) return false
  const length = widths[index] ?? 0
  // A word wider than the width has a line of its own.
  if (length > width) return !line.includes(' ')
  const nextWord = displayWidth(next.indexOf(' ') === -1 ? next : next.slice(0, next.indexOf(' ')))
  return length + 1 + nextWord > width
}

/** Anything past this may be wide or take no column: only such text is measured character by character. */
const BEYOND_ONE_COLUMN = /[^\u0000-\u02FF]/

/** Columns a line takes, as the tools that wrapped it counted: Hangul and other wide letters take two. */
function displayWidth(text: string): number {
  return BEYOND_ONE_COLUMN.test(text) ? columns(text) : text.length
}

/** Where a place in the joined lines (1-based line and column) is in the input. */
export function inputPlace(wrapping: Wrapping | null, line: number, column: number): {line: number; column: number} {
  const starts = wrapping?.starts[line - 1]
  if (!wrapping || !starts) return {line, column}
  let taken = 1
  while (taken < starts.length && (starts[taken] ?? Infinity) <= column - 1) taken++
  return {line: (wrapping.inputLines[line - 1] ?? 0) + taken, column: column - (starts[taken - 1] ?? 0)}
}
