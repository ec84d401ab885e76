/**
 * Pairing quotation marks by type across the paragraphs of a body.
 *
 * Only outermost quotes are returned: marks inside an open quote belong to it
 * (a quote within a quote). Apostrophes inside words are not marks. A quote
 * that runs over several paragraphs (each opens with a mark, only the last
 * closes) is one quote. A mark that is never closed is reported, and its
 * quote read to the end of its paragraph: the next paragraph starts afresh,
 * so one stray mark cannot swallow the rest of the article.
 */

/** Opening mark → the marks that may close it. */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"”',
  '“': '”',
  '„': '“”',
  '«': '»',
  '‹': '›',
  '‘': '’',
  "'": "'",
  '‚': '‘’',
  '「': '」',
  '『': '』',
  // Swedish and Finnish open a quote with the mark that closes it (`”Vi försökte”, säger hon`); Danish and
  // German books turn the guillemets round (`»Vi prøvede«, siger hun`).
  '”': '”',
  '»': '«'
}

/** The closing marks of each kind of opening mark, to skip the text between them. */
const CLOSING_MARKS: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.values(CLOSERS).map((closers) => [closers, new RegExp(`[${closers}]`, 'gu')])
)

/** Any mark that may open a quote, to skip the text between them. */
const OPENING_MARK = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'gu')

/** Marks that only ever open a quote. The straight `"` and `‘` open one only at the start of a word. */
const ALWAYS_OPENING = new Set(['“', '„', '«', '‹', '「', '『'])
/** Opening marks that may stand apart from the quote's first word (`« texte »`). */
const SPACED_OPENING = new Set(['«', '‹'])
/** What an ambiguous opening mark follows: a space, a bracket, a dash, a colon, another mark, or CJK text. */
const BEFORE_OPENING = /[\s([{\u2014\u2013\-/:;"“‘«„\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF1F]/u
const LETTER = /[\p{L}\p{N}]/u
const STRAIGHT_SINGLE = "'"
/** Punctuation next to the mark that closes a quote written with straight single marks. */
const QUOTE_END_PUNCTUATION = /[.,!?;:…]/u
const DOUBLE_MARKS = new Set(['"', '“', '„', '”'])

export interface QuoteSpan {
  /** Paragraph of the opening mark. */
  paragraph: number
  /** Offset of the opening mark in that paragraph. */
  open: number
  /** Paragraph of the closing mark: later than `paragraph` for a quote that runs over several. */
  endParagraph: number
  /** Offset of the closing mark in `endParagraph`; -1 when the quote ran to the end of its paragraph unclosed. */
  close: number
  /** The words between the marks; the paragraphs of a long quote joined with a single space. */
  text: string
}

/** An opening mark that is never closed: its quote was read to the end of the paragraph. */
export interface StrayMark {
  paragraph: number
  offset: number
  mark: string
}

/** A piece of a quote inside one paragraph: offsets of its first and last character, marks included. */
export interface QuotePiece {
  span: QuoteSpan
  start: number
  end: number
}

export interface QuoteMarks {
  spans: QuoteSpan[]
  stray: StrayMark[]
}

/** One to three capitalised words: a nickname's. */
const NICKNAME = /^\p{Lu}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*){0,2}$/u
const NAME_WORD = /^\p{Lu}[\p{L}.'’\-]*$/u
const NAME_WORD_AFTER = /^ \p{Lu}/u

/** `Teofilo "Mang Pilo" Manalastas`: capitalised words in quotes between two words of a name are its nickname, no quote. */
export function isNickname(span: QuoteSpan, paragraphs: readonly string[]): boolean {
  const paragraph = paragraphs[span.paragraph] ?? ''
  return (
    span.endParagraph === span.paragraph &&
    span.close !== -1 &&
    NICKNAME.test(span.text) &&
    paragraph.charAt(span.open - 1) === ' ' &&
    NAME_WORD.test(paragraph.slice(paragraph.lastIndexOf(' ', span.open - 2) + 1, span.open - 1)) &&
    NAME_WORD_AFTER.test(paragraph.slice(span.close + 1, span.close + 3))
  )
}

/** The text with each nickname and the space after it blanked, so that the name reads as written without it. */
export function withoutNicknames(text: string, nicknames: readonly QuotePiece[]): string {
  let blanked = text
  for (const {start, end} of nicknames) blanked = blanked.slice(0, start) + ' '.repeat(end - start + 2) + blanked.slice(end + 2)
  return blanked
}

/** The quotes of a body, in order, and the marks that open nothing. */
export function findQuotes(paragraphs: readonly string[]): QuoteMarks {
  const spans: QuoteSpan[] = []
  const stray: StrayMark[] = []
  /** A quote still open at the end of the previous paragraph, with its text so far. */
  let open: {span: QuoteSpan; parts: string[]; mark: string} | undefined
  const finishOpen = (unclosed: boolean): void => {
    if (!open) return
    if (unclosed) stray.push({paragraph: open.span.paragraph, offset: open.span.open, mark: open.mark})
    finish(open.span, open.parts, spans)
    open = undefined
  }
  paragraphs.forEach((text, paragraph) => {
    let index = 0
    if (open) {
      const reopened = continuation(text, open.mark)
      // Without a mark to continue it, the long quote ended with the last paragraph, unclosed.
      if (reopened === -1) finishOpen(true)
      else {
        const close = findCloser(text, reopened + 1, CLOSERS[open.mark] ?? '')
        open.span.endParagraph = paragraph
        open.parts.push(text.slice(reopened + 1, close === -1 ? text.length : close))
        if (close === -1) return
        open.span.close = close
        finishOpen(false)
        index = close + 1
      }
    }
    while (index < text.length) {
      OPENING_MARK.lastIndex = index
      const found = OPENING_MARK.exec(text)
      if (!found) break
      index = found.index
      const mark = found[0]
      const markClosers = CLOSERS[mark] ?? ''
      if (!isOpening(text, index)) {
        index++
        continue
      }
      const close = findCloser(text, index + 1, markClosers)
      // A straight single mark that closes nothing was an apostrophe after all, unless its quote goes on in the
      // next paragraph, which opens with one too (`… said: 'We understand …` / `'Officers have reviewed …'`).
      const goesOn = continuation(paragraphs[paragraph + 1] ?? '', mark) !== -1
      if (close === -1 && mark === STRAIGHT_SINGLE && !goesOn) {
        index++
        continue
      }
      const span = {paragraph, open: index, endParagraph: paragraph, close, text: ''}
      if (close !== -1) {
        finish(span, [text.slice(index + 1, close)], spans)
        index = close + 1
      } else {
        // Never closed here: a quote that opened a sentence goes on in the next paragraph if that opens
        // with a mark; a partial quote inside a sentence, or one with no such paragraph after it, ends here.
        open = {span, parts: [text.slice(index + 1)], mark}
        if (!opensSentence(text, index) || continuation(paragraphs[paragraph + 1] ?? '', mark) === -1) finishOpen(true)
        return
      }
    }
  })
  finishOpen(true)
  return {spans, stray}
}

/** The pieces of each paragraph that lie inside quotes, per paragraph, in order. */
export function piecesByParagraph(spans: readonly QuoteSpan[], paragraphs: readonly string[]): QuotePiece[][] {
  const pieces: QuotePiece[][] = paragraphs.map(() => [])
  for (const span of spans) {
    for (let paragraph = span.paragraph; paragraph <= span.endParagraph; paragraph++) {
      const length = paragraphs[paragraph]?.length ?? 0
      const start = paragraph === span.paragraph ? span.open : 0
      const end = paragraph === span.endParagraph && span.close !== -1 ? span.close : length - 1
      pieces[paragraph]?.push({span, start, end})
    }
  }
  return pieces
}

function finish(span: QuoteSpan, parts: string[], spans: QuoteSpan[]): void {
  span.text = parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
  spans.push(span)
}

/** Where a paragraph that continues a quote opened with `mark` opens again (its first character), or -1. */
function continuation(text: string, mark: string): number {
  const opening = text.charAt(0)
  return familyOf(opening) === familyOf(mark) && isOpening(text, 0) ? 0 : -1
}

/** A mark at the start of the paragraph, or after a full stop, a colon, a comma or a dash: a whole quote opens here. */
function opensSentence(text: string, index: number): boolean {
  return /(?:^|[.!?:;,。！？：，—–-])\s*$/u.test(text.slice(Math.max(0, index - 3), index))
}

/**
 * Double marks are one family: a long quote opened with `"` may go on with `“`; so are the guillemets, as
 * Spanish goes on with `»` after a paragraph opened with `«`.
 */
function familyOf(mark: string): string {
  if (DOUBLE_MARKS.has(mark)) return '"'
  return mark === '»' ? '«' : mark
}

/** An opening mark, not an apostrophe or a closing straight quote. */
function isOpening(text: string, index: number): boolean {
  const mark = text.charAt(index)
  const after = text.charAt(index + 1)
  if (after === '' || (/\s/u.test(after) && !SPACED_OPENING.has(mark))) return false
  // A straight single mark is mostly an apostrophe (`'90s`, `rock 'n' roll`): it opens only a whole quote.
  if (mark === STRAIGHT_SINGLE) return opensSentence(text, index) && LETTER.test(after)
  return ALWAYS_OPENING.has(mark) || index === 0 || BEFORE_OPENING.test(text.charAt(index - 1))
}

/**
 * The next closing mark from `from`. Quotes are read left to right and the
 * next search starts after the mark found, so the text is scanned once.
 */
function findCloser(text: string, from: number, closers: string): number {
  const pattern = CLOSING_MARKS[closers] ?? new RegExp(`[${closers}]`, 'gu')
  for (pattern.lastIndex = from; ; ) {
    const found = pattern.exec(text)
    if (!found) return -1
    if (!isApostrophe(text, found.index)) return found.index
  }
}

/**
 * ’ and ' between letters (it’s, O’Brien) are apostrophes, not closing marks;
 * so is a straight ' after a letter and before a space (`the players' union`):
 * a straight mark closes a whole quote after its punctuation (`'…,' she said`)
 * or before it (`'…', zei hij`).
 */
function isApostrophe(text: string, index: number): boolean {
  const char = text.charAt(index)
  if ((char === '’' || char === "'") && LETTER.test(text.charAt(index - 1)) && LETTER.test(text.charAt(index + 1))) return true
  return char === STRAIGHT_SINGLE && !QUOTE_END_PUNCTUATION.test(text.charAt(index - 1)) && !QUOTE_END_PUNCTUATION.test(text.charAt(index + 1))
}
