/**
 * Text measured in terminal columns: wrapping and truncating for the
 * terminal views. Wide East Asian characters take two columns, combining
 * marks and format characters none.
 *
 * Everything here walks the text once, code point by code point. (Grapheme
 * segmentation with Intl.Segmenter, which string-width and wrap-ansi use,
 * slows down quadratically on long lines in Node 20; a 1 MB paragraph of
 * Chinese would take minutes.) The cost: an emoji sequence joined with ZWJ
 * is counted as the sum of its parts.
 */
import {eastAsianWidth} from 'get-east-asian-width'

/** Code points that take no column: marks, format characters (ZWJ, bidi controls), variation selectors. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Variation_Selector}]$/u
/** Below U+0300 every printable character is one column wide. */
const FIRST_COMBINING = 0x300

/** Columns one code point takes. */
function charColumns(char: string): number {
  const code = char.codePointAt(0) ?? 0
  if (code < FIRST_COMBINING) return 1
  return ZERO_WIDTH.test(char) ? 0 : eastAsianWidth(code)
}

/** Columns a text takes on a terminal. */
export function columns(text: string): number {
  let total = 0
  for (const char of text) total += charColumns(char)
  return total
}

/** `text` cut to at most `width` columns, with `…` where it was cut. */
export function truncate(text: string, width: number): string {
  let used = 0
  let offset = 0
  let cut = 0
  for (const char of text) {
    used += charColumns(char)
    if (used > width) return `${text.slice(0, cut)}…`
    offset += char.length
    if (used < width) cut = offset
  }
  return text
}

/** A stretch of the text drawn in a style (bold, a colour). */
export interface Span {
  start: number
  end: number
  style: (text: string) => string
}

interface LineRange {
  start: number
  end: number
}

/**
 * `text` wrapped to lines of at most `width` columns, each span drawn in its
 * style line by line, so that no colour code runs across a line break.
 * Spans must be in order and must not overlap.
 */
export function wrap(text: string, width: number, spans: readonly Span[] = []): string[] {
  let next = 0
  return lineRanges(text, width).map(({start, end}) => {
    while (next < spans.length && (spans[next]?.end ?? 0) <= start) next++
    let out = ''
    let cursor = start
    for (let index = next; index < spans.length; index++) {
      const span = spans[index]
      if (!span || span.start >= end) break
      const from = Math.max(span.start, start)
      const to = Math.min(span.end, end)
      out += text.slice(cursor, from) + span.style(text.slice(from, to))
      cursor = to
    }
    return out + text.slice(cursor, end)
  })
}

/** `text` wrapped to `width` columns, all of it in one style. */
export function wrapStyled(text: string, width: number, style: (text: string) => string): string[] {
  return wrap(text, width, [{start: 0, end: text.length, style}])
}

/**
 * Where the lines of the wrapped text start and end. Lines break at spaces;
 * a word longer than a whole line (a URL, or a sentence in a script written
 * without spaces) is broken between characters, starting on the current line.
 */
function lineRanges(text: string, width: number): LineRange[] {
  const lines: LineRange[] = []
  let line: LineRange | null = null
  let used = 0
  const endLine = () => {
    if (line) lines.push(line)
    line = null
    used = 0
  }

  for (let start = 0; start < text.length; ) {
    const space = text.indexOf(' ', start)
    const end = space === -1 ? text.length : space
    if (end > start) placeWord(start, end)
    start = end + 1
  }
  endLine()
  return lines

  function placeWord(start: number, end: number): void {
    const wordWidth = columns(text.slice(start, end))
    // The spaces since the previous word on this line.
    const gap = line ? start - line.end : 0
    if (line && used + gap + wordWidth <= width) {
      line.end = end
      used += gap + wordWidth
      return
    }
    if (wordWidth <= width) {
      endLine()
      line = {start, end}
      used = wordWidth
      return
    }
    if (line) {
      if (used + gap >= width) endLine()
      else used += gap
    }
    let offset = start
    for (const char of text.slice(start, end)) {
      const charWidth = charColumns(char)
      if (line && used + charWidth > width) endLine()
      line ??= {start: offset, end: offset}
      offset += char.length
      line.end = offset
      used += charWidth
    }
  }
}
