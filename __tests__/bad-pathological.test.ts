/**
 * The pathological inputs of the benchmark, at a sixteenth of their size:
 * each completes, and what the Article takes from it is in the input. How
 * long they take is measured by `npm run bench:bad-input`, not here.
 */
import {PATHOLOGICAL_INPUTS} from '../scripts/pathological-inputs.mjs'
import {parseArticleBytes} from '../src/index.js'
import {normaliseText} from '../src/text/normalise.js'

describe.each(Object.entries(PATHOLOGICAL_INPUTS))('pathological input %s', (_name, {size, build}) => {
  it('completes with an Article made of the input', () => {
    const text = build(Math.round(size / 16))
    const article = parseArticleBytes(Buffer.from(text))
    const normalised = normaliseText(text).text
    const taken = [article.headline ?? '', ...article.body, ...article.quotes.map((quote) => quote.text)]
    expect(taken.filter((part) => !normalised.includes(part))).toEqual([])
    expect(article.source).toBeNull()
  })
})
