/**
 * Every fixture under fixtures/ is an input.txt of our own writing with the
 * expected.json a careful reader would write for it. Each field present in
 * expected.json must match exactly; `source` is left out (paths differ).
 * Cases under fixtures/pending/ are known misreadings: they are expected to
 * fail, so the suite says so when a change fixes one and it can move up.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArticleBytes} from '../src/index.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))
/** Fields every fixture must state, so that no fixture asserts nothing. */
const REQUIRED_FIELDS = ['date', 'site', 'headline', 'byline', 'authors', 'agencies', 'body']

/** Fixture folders: any folder holding an input.txt, at any depth. */
function fixtureDirs(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      return existsSync(join(path, 'input.txt')) ? [path] : fixtureDirs(path)
    })
}

const PENDING = 'pending/'
const cases = fixtureDirs(FIXTURES).map((dir) => [dir.slice(FIXTURES.length), dir] as const)

it('has fixtures to check', () => {
  expect(cases.length).toBeGreaterThanOrEqual(12)
})

describe.each(cases)('fixture %s', (name, dir) => {
  const expectedPath = join(dir, 'expected.json')

  it('has an expected.json stating the core fields', () => {
    expect(existsSync(expectedPath)).toBe(true)
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>
    expect(REQUIRED_FIELDS.filter((field) => !(field in expected))).toEqual([])
  })

  const parses = name.startsWith(PENDING) ? it.failing : it
  parses('parses to expected.json', () => {
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>
    const article = parseArticleBytes(readFileSync(join(dir, 'input.txt'))) as unknown as Record<string, unknown>
    const actual = Object.fromEntries(Object.keys(expected).map((field) => [field, article[field]]))
    expect(actual).toEqual(expected)
  })
})
