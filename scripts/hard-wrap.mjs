// Greedy word wrap, as text-mode browsers (lynx -dump, w3m -dump) and mail clients save
// text: as many words as fit in `width` columns to a line; a longer word has a line of its own.
// Wide characters (Hangul, Han) take two columns, as on a terminal.
// Used by `npm run eval` and by the tests of hard-wrapped input.
import {eastAsianWidth} from 'get-east-asian-width'

/** The store's date prefix is added to the page as saved: no part of the wrapping. */
const DATE_PREFIX = /^ date \d{4}-\d{2}-\d{2} /

export function hardWrap(text, width) {
  const prefix = DATE_PREFIX.exec(text)?.[0] ?? ''
  return prefix + text.slice(prefix.length).split('\n').map((line) => wrapLine(line, width)).join('\n')
}

function wrapLine(line, width) {
  const lines = []
  let current = ''
  let used = 0
  for (const word of line.split(' ')) {
    const size = columns(word)
    if (current !== '' && used + 1 + size <= width) {
      current = `${current} ${word}`
      used += 1 + size
      continue
    }
    if (current !== '') lines.push(current)
    current = word
    used = size
  }
  return [...lines, current].join('\n')
}

function columns(word) {
  let total = 0
  for (const char of word) total += eastAsianWidth(char.codePointAt(0) ?? 0)
  return total
}
