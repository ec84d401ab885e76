/**
 * article-parse as a library: scraped news-page text in, an Article out.
 */
export type {Article, Image, Person, Quote, Teaser, Warning} from './article.js'
export {ARTICLE_FIELDS} from './article.js'
export {parseArticle, parseArticleBytes, parseArticleFile, runStages, type ParseOptions} from './parse.js'
export {explainBytes, explainText, type Explanation, type LineExplanation} from './explain.js'
export {formatArticle, FORMATS, type Format, type View} from './format/index.js'
export {describeError, InputError} from './errors.js'
export {DEFAULT_MAX_BYTES, readInputFile, readStreamBytes} from './input/read.js'
export {ARTICLE_SCHEMA} from './schema.js'
