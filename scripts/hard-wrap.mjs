// Greedy word wrap, as text-mode browsers (lynx -dump, w3m -dump) and mail clients save
// text: as many words as fit in `width` columns to a line; a longer word has a line of its own.
// Used by `npm run eval` and by the tests of hard-wrapped input.

/** The store's date prefix is added to the page as saved: no part of the wrapping. */
const DATE_PREFIX = /^ date \d{4}-\d{2}-\d{2} /

export function hardWrap(text, width) {
  const prefix = DATE_PREFIX.exec(text)?.[0] ?? ''
  return prefix + text.slice(prefix.length).split('\n').map((line) => wrapLine(line, width)).join('\n')
}

function wrapLine(line, width) {
  const lines = []
  let current = ''
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current)
      current = word
    } else current = current === '' ? word : `${current} ${word}`
  }
  return [...lines, current].join('\n')
}
