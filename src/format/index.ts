/**
 * Every output format behind one call: the CLI (and any batch writer) picks a
 * format by name and gets the text to write.
 */
import {Chalk} from 'chalk'
import type {Article} from '../article.js'
import {formatJson, formatNdjson} from './json.js'
import {formatMarkdown} from './markdown.js'
import {formatPretty} from './pretty.js'
import type {View} from './view.js'

export {formatExplain} from './explain.js'
export {formatSchema} from './json.js'
export type {View} from './view.js'

export const FORMATS = ['json', 'ndjson', 'pretty', 'markdown'] as const
export type Format = (typeof FORMATS)[number]

const FORMATTERS: Record<Format, (article: Article, view: View) => string> = {
  json: formatJson,
  ndjson: formatNdjson,
  pretty: formatPretty,
  markdown: formatMarkdown
}

/** Plain text at the width assumed off a terminal. */
const PLAIN_VIEW: View = {chalk: new Chalk({level: 0}), columns: null}

/** The article as text in `format`; `view` matters to the terminal view only. */
export function formatArticle(article: Article, format: Format, view: View = PLAIN_VIEW): string {
  return FORMATTERS[format](article, view)
}
