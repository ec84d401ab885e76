/**
 * The JSON Schema (draft 2020-12) of article-parse's output. The type check
 * at the bottom fails the build if the schema and the Article type drift apart.
 */
import type {Article, Image, Person, Quote, Teaser, Warning} from './article.js'

const nullableString = {type: ['string', 'null']} as const
const nullableInteger = {type: ['integer', 'null'], minimum: 0} as const
const stringList = {type: 'array', items: {type: 'string'}} as const

function object<const Properties extends Record<string, unknown>>(description: string, properties: Properties) {
  return {type: 'object', description, additionalProperties: false, required: Object.keys(properties), properties} as const
}

const image = object('A photo credit and/or caption.', {
  caption: nullableString,
  credit: nullableString
})

const quote = object('A direct quote in the body.', {
  text: {type: 'string', description: 'The quoted words without the marks and without a comma that ends them.'},
  speaker: {...nullableString, description: 'The fullest name the article uses for the speaker.'},
  cue: {...nullableString, description: 'The attribution verb or phrase as written.'},
  addressee: {...nullableString, description: 'Who was told.'},
  paragraph: {type: 'integer', minimum: 0, description: 'Index into body of the paragraph where the quote opens.'},
  partial: {type: 'boolean', description: 'A partial quote woven into reported speech.'}
})

const person = object('A person the article names.', {
  name: {type: 'string'},
  role: nullableString,
  mentions: {type: 'integer', minimum: 1}
})

const teaser = object('A teaser for another article.', {
  kicker: nullableString,
  headline: {type: 'string'},
  summary: nullableString,
  author: nullableString,
  readingMinutes: nullableInteger
})

const warning = object('Something the user should know about how the input was read.', {
  message: {type: 'string'},
  line: {type: ['integer', 'null'], minimum: 1},
  column: {type: ['integer', 'null'], minimum: 1},
  rule: {type: 'string'}
})

export const ARTICLE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/article-parse/article-parse/article.schema.json',
  title: 'Article',
  ...object('One news article parsed from scraped page text by article-parse.', {
    date: {...nullableString, description: 'Publication date, YYYY-MM-DD, or a full timestamp when the text states a time.'},
    site: {...nullableString, description: "The publication's name."},
    headline: nullableString,
    subtitle: {...nullableString, description: 'Standfirst or dek.'},
    byline: {...nullableString, description: 'The byline as printed.'},
    authors: {...stringList, description: 'People credited in the byline.'},
    agencies: {...stringList, description: 'News agencies or organisations credited in the byline, and the agencies a credit under the story names (`— with AAP`, `The Associated Press contributed to this report.`).'},
    images: {type: 'array', items: image},
    body: {...stringList, description: "The article's paragraphs in order."},
    quotes: {type: 'array', items: quote},
    people: {type: 'array', items: person},
    related: {type: 'array', items: teaser},
    truncated: {type: 'boolean', description: 'The page text was cut off mid-article or mid-teaser.'},
    source: {...nullableString, description: "The input's path; null for standard input."},
    warnings: {type: 'array', items: warning}
  })
} as const

/** Compile-time guard: each schema object names exactly the keys of its type. */
type SameKeys<Schema extends {properties: object}, Type> = [keyof Schema['properties']] extends [keyof Type]
  ? [keyof Type] extends [keyof Schema['properties']]
    ? true
    : false
  : false
const schemaMatchesTypes: [
  SameKeys<typeof ARTICLE_SCHEMA, Article>,
  SameKeys<typeof image, Image>,
  SameKeys<typeof quote, Quote>,
  SameKeys<typeof person, Person>,
  SameKeys<typeof teaser, Teaser>,
  SameKeys<typeof warning, Warning>
] = [true, true, true, true, true, true]
void schemaMatchesTypes
