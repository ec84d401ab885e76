/**
 * Teaser cards: the labels written above a teaser's headline. Opinion-type
 * kickers are often followed by the columnist's name ("opinion Leonid Bershidsky").
 */

export const AUTHOR_KICKERS: readonly string[] = [
  'opinion', 'analysis', 'commentary', 'column', 'op-ed', 'editorial', 'review', 'interview', 'comment', 'perspective',
  'letter', 'essay', 'blog'
]

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}`

/** `opinion Leonid Bershidsky` → kicker `opinion`, author `Leonid Bershidsky`. */
export const KICKER_WITH_AUTHOR = new RegExp(
  String.raw`^((?:${AUTHOR_KICKERS.map((kicker) => `[${kicker[0]}${kicker[0]?.toUpperCase()}]${kicker.slice(1)}`).join('|')})):? (${NAME})$`,
  'u'
)
