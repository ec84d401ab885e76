/**
 * JSON and NDJSON: the Article with its fields in the documented order; and
 * the JSON Schema they follow.
 */
import {ARTICLE_FIELDS, type Article} from '../article.js'
import {ARTICLE_SCHEMA} from '../schema.js'

/** The Article as a plain object with its fields in contract order. */
export function orderedArticle(article: Article): Record<string, unknown> {
  return Object.fromEntries(ARTICLE_FIELDS.map((field) => [field, article[field]]))
}

/** Indented JSON, for one article. */
export function formatJson(article: Article): string {
  return `${JSON.stringify(orderedArticle(article), null, 2)}\n`
}

/** One compact line, for streams of articles. */
export function formatNdjson(article: Article): string {
  return `${JSON.stringify(orderedArticle(article))}\n`
}

/** The JSON Schema of the output, for `--schema`. */
export function formatSchema(): string {
  return `${JSON.stringify(ARTICLE_SCHEMA, null, 2)}\n`
}
