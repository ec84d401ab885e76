/**
 * Markdown: YAML front matter with the metadata, then the article as a
 * CommonMark document. The document is built as an mdast tree and written by
 * mdast-util-to-markdown, which escapes whatever in the page text would
 * otherwise turn into markup ("1." or "#" at the start of a paragraph, "*", "[").
 */
import type {BlockContent, List, PhrasingContent, RootContent} from 'mdast'
import {toMarkdown} from 'mdast-util-to-markdown'
import type {Article, Quote, Teaser} from '../article.js'
import {onFirstUse} from '../on-first-use.js'

const yaml = onFirstUse<typeof import('yaml')>('yaml')

export function formatMarkdown(article: Article): string {
  const {date, site, headline, authors, agencies, source} = article
  // lineWidth 0: one line per value, never folded.
  const frontMatter = yaml().stringify({date, site, headline, authors, agencies, source}, {lineWidth: 0})
  const children: RootContent[] = []
  if (headline) children.push({type: 'heading', depth: 1, children: [text(headline)]})
  if (article.subtitle) children.push(paragraph([{type: 'emphasis', children: [text(article.subtitle)]}]))
  children.push(...article.body.map((body) => paragraph([text(body)])))
  if (article.quotes.length > 0) children.push(heading('Quotes'), list(article.quotes.map(quoteItem)))
  if (article.related.length > 0) children.push(heading('Related'), list(article.related.map(teaserItem)))
  return `---\n${frontMatter}---\n\n${toMarkdown({type: 'root', children}, {bullet: '-'})}`
}

/** `“The words” — **Speaker**, to Addressee` */
function quoteItem(quote: Quote): PhrasingContent[] {
  const speaker: PhrasingContent = quote.speaker
    ? {type: 'strong', children: [text(quote.speaker)]}
    : {type: 'emphasis', children: [text('unattributed')]}
  return [text(`“${quote.text}” — `), speaker, ...(quote.addressee ? [text(`, to ${quote.addressee}`)] : [])]
}

/** `**Headline** (kicker · author · 3 min read): summary` */
function teaserItem(teaser: Teaser): PhrasingContent[] {
  const minutes = teaser.readingMinutes === null ? null : `${teaser.readingMinutes} min read`
  const details = [teaser.kicker, teaser.author, minutes].filter((part): part is string => part !== null)
  const after = `${details.length > 0 ? ` (${details.join(' · ')})` : ''}${teaser.summary ? `: ${teaser.summary}` : ''}`
  return [{type: 'strong', children: [text(teaser.headline)]}, ...(after ? [text(after)] : [])]
}

function text(value: string): PhrasingContent {
  return {type: 'text', value}
}

function paragraph(children: PhrasingContent[]): BlockContent {
  return {type: 'paragraph', children}
}

function heading(title: string): BlockContent {
  return {type: 'heading', depth: 2, children: [text(title)]}
}

function list(items: PhrasingContent[][]): List {
  return {type: 'list', ordered: false, spread: false, children: items.map((item) => ({type: 'listItem', spread: false, children: [paragraph(item)]}))}
}
