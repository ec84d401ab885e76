/**
 * Properties that hold for every input, checked on generated ones: arbitrary
 * Unicode strings, arbitrary bytes, and page-shaped text built from the
 * pieces real pages are made of (prose, quotes, bylines, dates, credits,
 * chrome, markup, odd spaces and line ends).
 *
 * - parsing never throws (bytes may be refused, with an InputError);
 * - the Article validates against the JSON Schema;
 * - the headline, every paragraph, caption, credit and quote occur in the
 *   normalised input (a headline may join the lines it is wrapped over):
 *   nothing is made up;
 * - the same input gives the same Article.
 */
import {Ajv2020} from 'ajv/dist/2020.js'
import fc from 'fast-check'
import type {Article} from '../src/article.js'
import {ARTICLE_SCHEMA, InputError, parseArticle, parseArticleBytes} from '../src/index.js'
import {normaliseText} from '../src/text/normalise.js'

const validate = new Ajv2020({allErrors: true, strict: true}).compile(ARTICLE_SCHEMA)

/** Any UTF-16 code unit, unpaired surrogates included. */
const codeUnit = fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))

const anyText = fc.oneof(fc.string({unit: 'binary', maxLength: 400}), fc.string({unit: codeUnit, maxLength: 400}), fc.string({unit: 'binary-ascii', maxLength: 400}))

const WORDS = ['the', 'council', 'said', 'on', 'Tuesday', 'Ruth', 'Okonedo', 'told', 'reporters', 'a', 'new', 'ferry', 'will', 'run', 'from', 'June', 'and', 'of', 'in', 'it’s', 'island', 'Harrow', 'Port', 'Elwin', 'budget', 'vote']
const word = fc.constantFrom(...WORDS)
const sentence = fc
  .tuple(fc.array(word, {minLength: 3, maxLength: 22}), fc.constantFrom('.', '.', '?', '!', '', ':', ','))
  .map(([words, end]) => `${words.join(' ')}${end}`.replace(/^./, (first) => first.toUpperCase()))
const title = fc.array(word, {minLength: 3, maxLength: 12}).map((words) => words.map((each) => each.charAt(0).toUpperCase() + each.slice(1)).join(' '))
const quoteMark = fc.constantFrom('"', '“', '”', '«', '»', '„', '‘', '’')
const pageLine = fc.oneof(
  {weight: 1, arbitrary: title},
  {weight: 6, arbitrary: fc.array(sentence, {minLength: 1, maxLength: 4}).map((sentences) => sentences.join(' '))},
  {weight: 2, arbitrary: fc.tuple(sentence, sentence, word).map(([quoted, rest, name]) => `“${quoted}” ${name} said. ${rest}`)},
  {weight: 1, arbitrary: fc.tuple(word, sentence).map(([name, quoted]) => `${name} said: "${quoted}`)},
  {weight: 1, arbitrary: fc.tuple(sentence, quoteMark, sentence).map(([a, mark, b]) => `${a} ${mark}${b}`)},
  {weight: 1, arbitrary: fc.constantFrom('By Dana Whitlock and Renée Castell, Reuters', 'March 3, 2024', 'Updated 2 hours ago', 'Published 14 May 2024 10:30 BST', 'now')},
  {weight: 1, arbitrary: fc.constantFrom('Photo: Jane Roe/AFP', 'The harbour at dawn (AP Photo/Jane Roe)', 'Caption: the old tram depot', 'Pavel Bednyakov / POOL / TASS')},
  {weight: 1, arbitrary: fc.constantFrom('Read more', 'Share', 'Advertisement', 'Sign up for our newsletter', '© 2024 Lakeside Courier', '5 min read', 'Related', 'opinion Leonid Bershidsky')},
  {weight: 1, arbitrary: fc.constantFrom('<p>The ferry runs again.</p>', 'Fish &amp; chips&nbsp;now', 'one<br>two', '\u00A0\t\f', '\u200B', 'a\x07b', '')},
  {weight: 2, arbitrary: fc.constant('')}
)
const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\u2028')
const page = fc
  .tuple(fc.array(fc.tuple(pageLine, lineEnd), {maxLength: 40}), fc.boolean())
  .map(([lines, prefixed]) => `${prefixed ? ' date 2024-05-14 ' : ''}${lines.map(([line, end]) => line + end).join('')}`)

/** Everything the Article takes whole from one line of the page. */
function takenTexts(article: Article): string[] {
  const images = article.images.flatMap(({caption, credit}) => [caption, credit])
  return [article.headline, ...article.body, ...images].filter((text): text is string => text !== null)
}

/**
 * Quotes are made of the body, which is made of the input. A quote may run
 * over paragraphs (joined with one space, the opening marks of the later
 * paragraphs left out): compare without marks.
 */
function withoutMarks(text: string): string {
  return text.replace(/["“”„«»‹›‘’]/g, ' ').replace(/\s+/g, ' ').trim()
}

function checkArticle(article: Article, input: string): void {
  const valid = validate(JSON.parse(JSON.stringify(article)))
  expect(valid ? [] : validate.errors).toEqual([])
  const text = normaliseText(input).text
  // A headline wrapped over lines is given whole, its lines joined with a space.
  const madeOfInput = (taken: string) => text.includes(taken) || (taken === article.headline && text.replaceAll('\n', ' ').includes(taken))
  expect(takenTexts(article).filter((taken) => !madeOfInput(taken))).toEqual([])
  const flowing = withoutMarks(article.body.join(' '))
  expect(article.quotes.map(({text: quoted}) => withoutMarks(quoted)).filter((quoted) => !flowing.includes(quoted))).toEqual([])
}

describe('parseArticle on any text', () => {
  it.each([
    ['arbitrary Unicode strings', anyText],
    ['page-shaped text', page]
  ])('never throws, gives a valid Article made of the input, and the same one twice (%s)', (_name, texts) => {
    fc.assert(
      fc.property(texts, (input) => {
        const article = parseArticle(input)
        checkArticle(article, input)
        expect(parseArticle(input)).toEqual(article)
      }),
      {numRuns: 150}
    )
  })
})

describe('counterexamples the properties found', () => {
  it.each([
    // A byline over a lower-case kicker line was joined to it as a wrapped headline.
    'By Dana Whitlock and Renée Castell, Reuters\nopinion Leonid Bershidsky\nThe the the the. The the the the.\n'
  ])('%j', (input) => {
    const article = parseArticle(input)
    checkArticle(article, input)
    expect(article.headline?.includes('Reuters opinion')).not.toBe(true)
  })
})

describe('parseArticleBytes on any bytes', () => {
  const encodings = ['utf-8', 'utf-16le', 'utf-16be'] as const
  const encodedPage = fc.tuple(page, fc.constantFrom(...encodings), fc.boolean()).map(([text, encoding, bom]) => {
    const body = encoding === 'utf-8' ? Buffer.from(text, 'utf8') : utf16(text, encoding)
    const mark = {'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff]}[encoding]
    return Uint8Array.from([...(bom ? mark : []), ...body])
  })

  it.each([
    ['arbitrary bytes', fc.uint8Array({maxLength: 1500})],
    ['pages in UTF-8 and UTF-16', encodedPage]
  ])('gives a valid Article or refuses the bytes with a reason, the same way twice (%s)', (_name, inputs) => {
    fc.assert(
      fc.property(inputs, (bytes) => {
        const outcome = attempt(() => parseArticleBytes(bytes))
        if (outcome instanceof InputError) {
          expect(outcome.code).toBe('binary')
          expect(outcome.message).toMatch(/^not a text file: /)
        } else if (outcome instanceof Error) {
          throw outcome
        } else {
          const again = parseArticleBytes(bytes)
          expect(again).toEqual(outcome)
          expect(validate(JSON.parse(JSON.stringify(outcome))) ? [] : validate.errors).toEqual([])
        }
        expect(attempt(() => parseArticleBytes(bytes))).toEqual(outcome)
      }),
      {numRuns: 150}
    )
  })
})

function attempt(parse: () => Article): Article | Error {
  try {
    return parse()
  } catch (error) {
    return error as Error
  }
}

function utf16(text: string, encoding: 'utf-16le' | 'utf-16be'): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le')
  if (encoding === 'utf-16be') bytes.swap16()
  return bytes
}
