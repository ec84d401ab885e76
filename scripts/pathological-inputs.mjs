/**
 * Pathological inputs, each a function from a size in bytes to text of
 * about that size. scripts/bench-bad-input.mjs times them at full size;
 * __tests__/bad-pathological.test.ts checks that small ones complete.
 */

const SENTENCES = [
  'The council voted on Tuesday to extend the night bus service to the northern suburbs.',
  '"We have waited long enough for this," said Mara Velden, who chairs the residents\' association.',
  'Officials said the cost would be met from the transport budget without raising fares.',
  'According to the operator, the first buses will run from the second week of March.',
  'Critics argued that the plan ignored the villages east of the river, where service ended in 2019.'
]

/** Repeat `unit(index)` until the text is `bytes` long. */
function fill(bytes, unit) {
  const parts = []
  let length = 0
  for (let index = 0; length < bytes; index++) {
    const part = unit(index)
    parts.push(part)
    length += Buffer.byteLength(part)
  }
  return parts.join('')
}

const MB = 1024 * 1024

/** name → {size: full size in bytes, build: (bytes) => text} */
export const PATHOLOGICAL_INPUTS = {
  // An ordinary article, very long: paragraphs with blank lines between.
  'page-10mb': {
    size: 10 * MB,
    build: (bytes) => `Night buses return to the north\n\nBy Ilse Moreau\n\n${fill(bytes, (i) => `${SENTENCES[i % 5]} ${SENTENCES[(i + 2) % 5]}\n\n`)}`
  },
  // One line of prose, no line break at all.
  'single-line-1mb': {size: MB, build: (bytes) => fill(bytes, (i) => `${SENTENCES[i % 5]} `)},
  // A menu-like page: 100,000 short lines.
  'short-lines-100k': {size: 100_000 * 8, build: (bytes) => fill(bytes, (i) => `${['Home', 'News', 'Sport', 'Read more', 'Share'][i % 5]} ${i % 97}\n`)},
  // 50,000 quote marks that never close, on one line and in separate paragraphs.
  'open-quotes-50k-one-line': {size: 50_000 * 24, build: (bytes) => fill(bytes, (i) => `"Word ${i % 13} said she `)},
  'open-quotes-50k-paragraphs': {size: 50_000 * 40, build: (bytes) => fill(bytes, (i) => `He said: "It will not close ${i % 7}\n\n`)},
  // Quotes that close, many to a paragraph, each attributed.
  'closed-quotes-one-line-1mb': {size: MB, build: (bytes) => fill(bytes, (i) => `"This is quote number ${i} here," said Ana Lind. `)},
  // Repetitions aimed at regular expressions.
  'capitalised-words-1mb': {size: MB, build: (bytes) => fill(bytes, () => 'Aaa ')},
  'spaces-and-tabs-1mb': {size: MB, build: (bytes) => `x${' \t'.repeat(bytes / 2)}y`},
  'one-word-1mb': {size: MB, build: (bytes) => 'a'.repeat(bytes)},
  'digits-and-dots-1mb': {size: MB, build: (bytes) => fill(bytes, (i) => `${i % 31}.${i % 12}.`)},
  'slashes-1mb': {size: MB, build: (bytes) => fill(bytes, () => 'Ab / ')},
  'angle-brackets-1mb': {size: MB, build: (bytes) => fill(bytes, (i) => (i % 2 ? '<p ' : '<'))},
  'ampersands-1mb': {size: MB, build: (bytes) => fill(bytes, () => '&amp')},
  'bylines-100k-lines': {size: 100_000 * 20, build: (bytes) => fill(bytes, (i) => `By Jo Re ${i % 10} and\n`)},
  'dates-100k-lines': {size: 100_000 * 16, build: (bytes) => fill(bytes, (i) => `March ${(i % 28) + 1}, 2024\n`)},
  'read-more-100k-lines': {size: 100_000 * 14, build: (bytes) => fill(bytes, () => 'Read more\nTitle Of A Story\n')},
  // One teaser list of 50,000 cards under its heading, some set off by a blank line.
  'teaser-list-50k-cards': {
    size: 50_000 * 40,
    build: (bytes) => `Read more\n\n${fill(bytes, (i) => `${i % 2 ? '' : '\n'}Ferry fares to rise by ${i % 40} percent in April\n`)}`
  }
}
