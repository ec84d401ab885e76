/**
 * fixtures/bad/: one folder per kind of strange input, each an `input` (a
 * file, a folder, or nothing) and an expected.json giving the exit code, the
 * exact lines on standard error, and the Article fields the command prints.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {main} from '../src/cli/main.js'
import {fakeIO} from './helpers/io.js'

const BAD = fileURLToPath(new URL('../fixtures/bad/', import.meta.url))

interface Expected {
  description: string
  args?: string[]
  exitCode: number
  /** Lines on standard error; `{input}` stands for the input's path. */
  stderr: string[]
  /** Fields of the printed Article, when there is one. */
  article?: Record<string, unknown>
}

const cases = readdirSync(BAD, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => [entry.name, JSON.parse(readFileSync(join(BAD, entry.name, 'expected.json'), 'utf8')) as Expected] as const)

it('covers every kind of bad input the README lists', () => {
  expect(cases.map(([name]) => name)).toEqual(
    expect.arrayContaining(['binary-nul', 'crlf', 'csv', 'directory', 'empty', 'html-leftovers', 'too-large', 'utf16le-bom', 'windows-1252'])
  )
})

describe.each(cases)('bad input %s', (name, expected) => {
  it(`exits ${expected.exitCode} with the expected messages and output`, async () => {
    const input = join(BAD, name, 'input')
    const io = fakeIO()
    const exitCode = await main([...(expected.args ?? []), input], io)
    expect(exitCode).toBe(expected.exitCode)
    expect(lines(io.err())).toEqual(expected.stderr.map((line) => line.replaceAll('{input}', input)))
    if (expected.article) {
      const article = JSON.parse(io.out()) as Record<string, unknown>
      expect(Object.fromEntries(Object.keys(expected.article).map((field) => [field, article[field]]))).toEqual(expected.article)
    } else {
      expect(io.out()).toBe('')
    }
  })
})

describe('several inputs, some bad', () => {
  it('prints an Article for each good one, one line for each bad one, and exits 1', async () => {
    const paths = ['clean-utf8', 'binary-nul', 'directory', 'windows-1252'].map((name) => join(BAD, name, 'input'))
    const io = fakeIO()
    expect(await main(['-q', '--format', 'ndjson', ...paths], io)).toBe(1)
    const articles = lines(io.out()).map((line) => JSON.parse(line) as {headline: string; source: string})
    expect(articles.map(({source}) => source)).toEqual([paths[0], paths[3]])
    expect(articles.map(({headline}) => headline)).toEqual([
      'Ferry service to Harrow Island to resume after two-year pause',
      'Ferry service to Harrow Island to resume after two-year pause'
    ])
    expect(lines(io.err())).toEqual([
      `article-parse: ${paths[1]}: not a text file: it has a NUL byte (byte 9)`,
      `article-parse: ${paths[2]}: is a directory without .txt files (see --ext)`
    ])
  })
})

describe('standard input', () => {
  it('is refused once it passes --max-bytes, without reading the rest', async () => {
    const io = fakeIO({stdin: 'x'.repeat(5000)})
    expect(await main(['--max-bytes', '4k', '-'], io)).toBe(1)
    expect(io.err()).toBe('article-parse: <stdin>: too large: more than 4,096 bytes, the limit (--max-bytes)\n')
    expect(io.out()).toBe('')
  })

  it('is decoded like a file', async () => {
    const io = fakeIO({stdin: readFileSync(join(BAD, 'windows-1252', 'input'))})
    expect(await main(['-q', '-'], io)).toBe(0)
    expect((JSON.parse(io.out()) as {body: string[]}).body[2]).toBe(
      '“People here have waited far too long for this,” said Ruth Okonedo, who chairs the Harrow Island residents’ association.'
    )
  })
})

describe('command-line checks', () => {
  it.each([
    [['--max-bytes', 'lots'], "article-parse: option '--max-bytes <size>' argument 'lots' is invalid. Not a size; write a number of bytes, or one with a unit: 500k, 20MB, 1GB."],
    [['--max-bytes', '0'], "article-parse: option '--max-bytes <size>' argument '0' is invalid. Not a size; write a number of bytes, or one with a unit: 500k, 20MB, 1GB."]
  ])('%j is a usage error', async (args, message) => {
    const io = fakeIO()
    expect(await main([...args, join(BAD, 'clean-utf8', 'input')], io)).toBe(2)
    expect(io.err()).toBe(`${message}\nTry 'article-parse --help' for more information.\n`)
    expect(io.out()).toBe('')
  })
})

describe('a path the system cannot follow', () => {
  it('is one line with the reason when part of the path is a file', async () => {
    const path = join(BAD, 'clean-utf8', 'input', 'page.txt')
    const io = fakeIO()
    expect(await main([path], io)).toBe(1)
    expect(io.err()).toBe(`article-parse: ${path}: no such file (part of the path is a file, not a directory)\n`)
  })
})

describe('a file the system cannot read', () => {
  // Reading /proc/self/mem from its start fails with EIO on Linux; root can read any file, so EACCES cannot be staged.
  const unreadable = '/proc/self/mem'
  ;(existsSync(unreadable) ? it : it.skip)('is one line with the reason', async () => {
    const io = fakeIO()
    expect(await main([unreadable], io)).toBe(1)
    expect(io.err()).toBe(`article-parse: ${unreadable}: input/output error\n`)
  })
})

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '')
}
