import {readFileSync} from 'node:fs'
import {parseArticleFile} from '../src/index.js'
import {describeWithShared, SEED} from './helpers/shared.js'

describeWithShared('the reference page', () => {
  it('parses to its expected JSON on every field listed there', async () => {
    const expected = JSON.parse(readFileSync(`${SEED}.expected.json`, 'utf8')) as Record<string, unknown>
    const article = await parseArticleFile(`${SEED}.txt`)
    // Fields added since (quotes' `partial`, `people`, `warnings`) are not in the expected file.
    expect(article).toMatchObject(expected)
    expect(Object.keys(expected).length).toBeGreaterThan(10)
  })
})
