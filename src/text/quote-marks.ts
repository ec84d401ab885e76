/**
 * Pairing quotation marks by type. Apostrophes inside words are not marks,
 * and marks inside an open quote belong to it (a quote within a quote).
 */

/** Opening mark → the closing marks that end it. */
const PAIRS: Record<string, string> = {
  '"': '"',
  '“': '”',
  '«': '»',
  '„': '“”',
  '‹': '›',
  '‘': '’'
}

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number
  /** Index of the closing mark, or -1 when the quote is not closed in this text. */
  close: number
  /** The words between the marks. */
  text: string
}

/** Quoted spans of `text`, outermost only. */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let index = 0
  while (index < text.length) {
    const char = text.charAt(index)
    const closers = PAIRS[char]
    if (!closers || !isOpening(text, index)) {
      index++
      continue
    }
    const close = findClose(text, index + 1, closers)
    spans.push({open: index, close, text: text.slice(index + 1, close === -1 ? text.length : close)})
    if (close === -1) break
    index = close + 1
  }
  return spans
}

/** An opening mark starts a word: after a space, a bracket or a dash, or at the start. */
function isOpening(text: string, index: number): boolean {
  const before = text.charAt(index - 1)
  const after = text.charAt(index + 1)
  return (index === 0 || /[\s([{—–-]/u.test(before)) && after !== '' && !/\s/u.test(after)
}

function findClose(text: string, from: number, closers: string): number {
  for (let index = from; index < text.length; index++) {
    if (!closers.includes(text.charAt(index))) continue
    // ’ and ' between letters are apostrophes (it’s, O’Brien), not closing marks.
    if (/\p{L}/u.test(text.charAt(index + 1)) && /\p{L}/u.test(text.charAt(index - 1))) continue
    return index
  }
  return -1
}
