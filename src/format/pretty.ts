/**
 * The terminal view: an article laid out for reading, in colour when the
 * terminal supports it.
 */
import type {ChalkInstance} from 'chalk'
import type {Article} from '../article.js'

export interface PrettyOptions {
  chalk: ChalkInstance
  /** Columns to wrap to. */
  width: number
}

export function formatPretty(article: Article, {chalk, width}: PrettyOptions): string {
  const out: string[] = []
  if (article.source) out.push(chalk.dim(article.source))
  out.push(chalk.bold(article.headline ?? '(no headline)'))
  const meta = [article.date, article.site, article.byline].filter((part): part is string => Boolean(part))
  if (meta.length > 0) out.push(chalk.dim(meta.join(' · ')))
  if (article.subtitle) out.push('', chalk.italic(wrap(article.subtitle, width)))
  for (const image of article.images) {
    out.push(chalk.dim(`▣ ${[image.caption, image.credit].filter(Boolean).join(' — ')}`))
  }
  for (const paragraph of article.body) out.push('', wrap(paragraph, width))
  if (article.related.length > 0) {
    out.push('', chalk.bold('Related'))
    for (const teaser of article.related) {
      const kicker = teaser.kicker ? `${chalk.cyan(teaser.kicker)} ` : ''
      const minutes = teaser.readingMinutes === null ? '' : chalk.dim(` (${teaser.readingMinutes} min read)`)
      out.push(`  • ${kicker}${teaser.headline}${minutes}`)
    }
  }
  return `${out.join('\n')}\n`
}

/** Wrap text at spaces to `width` columns. */
export function wrap(text: string, width: number): string {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  if (current) lines.push(current)
  return lines.join('\n')
}
