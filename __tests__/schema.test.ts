import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import {main} from '../src/cli/main.js'
import {ARTICLE_SCHEMA, parseArticleBytes, parseArticleFile} from '../src/index.js'
import {sampleArticle} from './helpers/article.js'
import {fakeIO} from './helpers/io.js'
import {describeWithShared, SEED} from './helpers/shared.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))
const inputs = readdirSync(FIXTURES, {recursive: true, encoding: 'utf8'})
  .filter((path) => path.endsWith('input.txt'))
  .map((path) => [dirname(path), join(FIXTURES, path)] as const)

const validate = new Ajv2020({strict: true, allErrors: true}).compile(ARTICLE_SCHEMA)

describe('the JSON Schema', () => {
  it('is printed by --schema', async () => {
    const io = fakeIO()
    expect(await main(['--schema'], io)).toBe(0)
    expect(JSON.parse(io.out())).toEqual(ARTICLE_SCHEMA)
    expect(io.err()).toBe('')
  })

  it('accepts a complete article', () => {
    expect(validate(sampleArticle())).toBe(true)
  })

  it('rejects an article with a field missing, a wrong type or an unknown field', () => {
    const {headline: _headline, ...withoutHeadline} = sampleArticle()
    expect(validate(withoutHeadline)).toBe(false)
    expect(validate.errors?.map((error) => error.message)).toEqual(["must have required property 'headline'"])
    expect(validate({...sampleArticle(), quotes: [{...sampleArticle().quotes[0], paragraph: -1}]})).toBe(false)
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(['/quotes/0/paragraph'])
    expect(validate({...sampleArticle(), extra: 1})).toBe(false)
  })

  it('has fixtures to validate', () => {
    expect(inputs.length).toBeGreaterThan(0)
  })

  it.each(inputs)('validates the output for fixture %s', (_name, path) => {
    const article = parseArticleBytes(readFileSync(path), {source: path})
    expect([validate(article), validate.errors]).toEqual([true, null])
  })
})

describeWithShared('the JSON Schema and the reference page', () => {
  it('validates the output for the reference page', async () => {
    const article = await parseArticleFile(`${SEED}.txt`)
    expect([validate(article), validate.errors]).toEqual([true, null])
  })
})
