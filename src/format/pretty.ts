/**
 * The terminal view: an article laid out for reading, in colour when the
 * terminal supports it. Quotes are highlighted where they stand in the body,
 * with their speakers under the paragraph.
 */
import type {Article, Quote, Teaser} from '../article.js'
import {wrap, wrapStyled, type Span} from './columns.js'
import {printable, type View} from './view.js'

/** Lines longer than this are tiring to read, however wide the terminal. */
const MAX_MEASURE = 100
/** The width assumed when the output is not a terminal. */
const DEFAULT_COLUMNS = 80
const MIN_MEASURE = 20
const BULLET = '  • '
const SPEAKER_DASH = '  — '
/** Marks that may stand around a quote's text; the highlight takes them in. */
const QUOTE_MARK = /["“”„«»‹›‘’]/

export function formatPretty(article: Article, view: View): string {
  const {chalk} = view
  const width = Math.max(MIN_MEASURE, Math.min(view.columns ?? DEFAULT_COLUMNS, MAX_MEASURE))
  const styled = (text: string, style: (text: string) => string) => wrapStyled(printable(text), width, style).join('\n')

  const header = [styled(article.headline ?? '(no headline found)', article.headline ? chalk.bold : chalk.dim)]
  if (article.source) header.unshift(styled(article.source, chalk.dim))
  const metadata = [article.date, article.site, article.byline].filter((part): part is string => Boolean(part))
  if (metadata.length > 0) header.push(styled(metadata.join(' · '), chalk.dim))
  const blocks = [header.join('\n')]

  if (article.subtitle) blocks.push(styled(article.subtitle, chalk.italic))
  const credits = article.images.map((image) => styled(`▣ ${[image.caption, image.credit].filter(Boolean).join(' — ')}`, chalk.dim))
  if (credits.length > 0) blocks.push(credits.join('\n'))

  const quotesByParagraph = groupByParagraph(article.quotes)
  article.body.forEach((paragraph, index) => {
    const quotes = quotesByParagraph[index] ?? []
    const text = printable(paragraph)
    const lines = wrap(text, width, quoteSpans(text, quotes, chalk.yellow))
    for (const speaker of speakers(quotes)) {
      lines.push(...hanging(SPEAKER_DASH, wrapStyled(printable(speaker), width - SPEAKER_DASH.length, chalk.yellow.dim)))
    }
    blocks.push(lines.join('\n'))
  })
  if (article.body.length === 0) blocks.push(chalk.dim('(no body text found)'))
  if (article.truncated) blocks.push(chalk.dim('[the page text is cut off here]'))

  if (article.related.length > 0) {
    blocks.push([chalk.bold('Related'), ...article.related.map((teaser) => teaserItem(teaser, view, width))].join('\n'))
  }
  return `${blocks.join('\n\n')}\n`
}

/** Where the paragraph's quotes stand, with the marks around them, in order. */
function quoteSpans(paragraph: string, quotes: readonly Quote[], style: Span['style']): Span[] {
  const spans: Span[] = []
  let cursor = 0
  for (const quote of quotes) {
    const found = quote.text === '' ? -1 : paragraph.indexOf(quote.text, cursor)
    if (found === -1) continue
    let start = found
    let end = found + quote.text.length
    if (QUOTE_MARK.test(paragraph.charAt(start - 1))) start--
    // A closing mark may follow the comma or full stop that ends the quote.
    if (/[,.?!]/.test(paragraph.charAt(end)) && QUOTE_MARK.test(paragraph.charAt(end + 1))) end++
    if (QUOTE_MARK.test(paragraph.charAt(end))) end++
    spans.push({start, end, style})
    cursor = end
  }
  return spans
}

function groupByParagraph(quotes: readonly Quote[]): Quote[][] {
  const groups: Quote[][] = []
  for (const quote of quotes) (groups[quote.paragraph] ??= []).push(quote)
  return groups
}

/** Who spoke the paragraph's quotes, once each: `Vladimir Putin, to Ebrahim Raisi`. */
function speakers(quotes: readonly Quote[]): string[] {
  const lines = quotes.map(({speaker, addressee}) => `${speaker ?? 'unattributed'}${addressee ? `, to ${addressee}` : ''}`)
  return [...new Set(lines)]
}

/** `  • kicker  Headline  author · 3 min read`, wrapped under its own indent. */
function teaserItem(teaser: Teaser, {chalk}: View, width: number): string {
  // No-break spaces keep "3 min read" on one line.
  const minutes = teaser.readingMinutes === null ? null : `${teaser.readingMinutes}\u00A0min\u00A0read`
  const details = [teaser.author, minutes].filter((part): part is string => part !== null).join(' · ')
  const parts: Array<[string, Span['style']]> = [[teaser.headline, (text) => text]]
  if (teaser.kicker) parts.unshift([teaser.kicker, chalk.cyan])
  if (details) parts.push([details, chalk.dim])
  let text = ''
  const spans: Span[] = []
  for (const [part, style] of parts) {
    if (text) text += '  '
    spans.push({start: text.length, end: text.length + part.length, style})
    text += part
  }
  return hanging(BULLET, wrap(printable(text), width - BULLET.length, spans)).join('\n')
}

/** Lines after `marker`, the following ones indented to line up with the first. */
function hanging(marker: string, lines: string[]): string[] {
  const indent = ' '.repeat(marker.length)
  return lines.map((line, index) => (index === 0 ? marker : indent) + line)
}
