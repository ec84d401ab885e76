/**
 * Words and punctuation of a stretch of prose, with their offsets. Text
 * inside quotation marks is masked out beforehand (see `maskQuotes`), so a
 * quote reads as one token and its words never pass for the narrative's.
 */
import {TITLE_NOUNS} from '../rules/people.js'

/** Stands for every character of a quote, marks included, in masked text. */
export const QUOTE_MASK = '\uE000'

export type TokenKind = 'word' | 'punctuation' | 'quote'

export interface Token {
  text: string
  kind: TokenKind
  start: number
  end: number
  /** The case of its first letter: `upper` for `Putin`, `lower` for `said`, `none` for digits, CJK and marks. */
  initial: 'upper' | 'lower' | 'none'
}

/**
 * A word (letters and digits, with inner apostrophes, hyphens and dots, and a
 * final dot that the tokeniser decides about), a masked quote, or one other
 * visible character; the group that matched says which. Each repetition
 * starts with a separator the first class excludes, so matching is linear.
 */
const TOKEN = /([\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*\.?)|(\uE000+)|[^\s\p{L}\p{M}\p{N}\uE000]/gu

/** Words whose final dot is part of them: abbreviated titles, and the other abbreviations of names and running text. */
const ABBREVIATIONS = new Set([...TITLE_NOUNS.keys(), ...'mr mrs ms st jr sr no vs etc mt ft dept inc corp co ltd'.split(' ')])

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const raw = match[0]
    const start = offset + match.index
    const end = start + raw.length
    if (match[2]) tokens.push({text: raw, kind: 'quote', start, end, initial: 'none'})
    else if (!match[1]) tokens.push({text: raw, kind: 'punctuation', start, end, initial: 'none'})
    else if (raw.endsWith('.') && !keepsDot(raw)) {
      tokens.push({text: raw.slice(0, -1), kind: 'word', start, end: end - 1, initial: initialOf(raw)})
      tokens.push({text: '.', kind: 'punctuation', start: end - 1, end, initial: 'none'})
    } else tokens.push({text: raw, kind: 'word', start, end, initial: initialOf(raw)})
  }
  return tokens
}

/** Comparing a letter with its other case is cheaper than a Unicode property test per token; ASCII is told by its code. */
function initialOf(word: string): Token['initial'] {
  const code = word.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? 'upper' : code >= 0x61 && code <= 0x7a ? 'lower' : 'none'
  const first = word.charAt(0)
  if (first !== first.toLowerCase()) return 'upper'
  return first !== first.toUpperCase() ? 'lower' : 'none'
}

/** `Mr.`, `R.` and `U.S.` keep their dot; `said.` ends a sentence. */
function keepsDot(word: string): boolean {
  const bare = word.slice(0, -1)
  return /^\p{Lu}$/u.test(bare) || bare.includes('.') || ABBREVIATIONS.has(bare.toLowerCase())
}

export function isCapitalised(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.initial === 'upper'
}

export function isLowercaseWord(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.initial === 'lower'
}

/** A user name on a forum or network: letters then digits (`elmo666`). */
export function isHandle(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.initial !== 'none' && /\d$/u.test(token.text) && /^\p{L}+\d+$/u.test(token.text)
}

/** The text with every quoted stretch (marks included) replaced by QUOTE_MASK, offsets unchanged. */
export function maskQuotes(text: string, pieces: ReadonlyArray<{start: number; end: number}>): string {
  if (pieces.length === 0) return text
  let masked = ''
  let from = 0
  for (const {start, end} of pieces) {
    masked += text.slice(from, start) + QUOTE_MASK.repeat(end - start + 1)
    from = end + 1
  }
  return masked + text.slice(from)
}

/** Punctuation that ends a sentence. */
export const SENTENCE_END = new Set(['.', '!', '?', '…', '。', '！', '？'])
const ENDS_SENTENCE_INSIDE = /[.!?…。！？]\s*.$/u

/**
 * Indexes of the tokens that start sentences in a paragraph, read on its
 * masked tokens so a full stop inside a quote does not end the narrative's
 * sentence; a quote that ends with one does end it when a capitalised word
 * follows.
 */
export function sentenceStarts(text: string, tokens: readonly Token[]): number[] {
  const starts = [0]
  tokens.forEach((token, index) => {
    const next = tokens[index + 1]
    if (!next) return
    const endsHere =
      (token.kind === 'punctuation' && SENTENCE_END.has(token.text) && (/[。！？]/u.test(token.text) || startsSentence(next))) ||
      (token.kind === 'quote' && ENDS_SENTENCE_INSIDE.test(text.slice(Math.max(token.start, token.end - 4), token.end)) && isCapitalised(next))
    if (endsHere) starts.push(index + 1)
  })
  return starts
}

/** Index of the last value below `at` in an ascending list, or -1. */
export function indexBefore(sorted: readonly number[], at: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sorted[middle] ?? Infinity) < at) low = middle + 1
    else high = middle
  }
  return low - 1
}

/** Index of the token that starts at or contains `offset`, by binary search over tokens in order. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((tokens[middle]?.start ?? Infinity) <= offset) low = middle
    else high = middle - 1
  }
  return low
}

function startsSentence(token: Token): boolean {
  return isCapitalised(token) || token.kind === 'quote' || /^[\p{N}(\[¿¡]/u.test(token.text)
}
