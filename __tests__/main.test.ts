/** The command line, run in-process through main() with fake streams. */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {main} from '../src/cli/main.js'
import {scratchTree} from './helpers/batch.js'
import {fakeIO} from './helpers/io.js'

const FIXTURE = fileURLToPath(new URL('../fixtures/wire-dateline/input.txt', import.meta.url))
const OTHER_FIXTURE = fileURLToPath(new URL('../fixtures/bbc-style/input.txt', import.meta.url))
const PAGE = ' date 2024-01-05 Harbour news\n\nFerry timetable changes for winter\n\nBy Ana Costa\n\nThe island ferry will run four times a day from Monday, down from six, the operator said on Friday.\n'

describe('main', () => {
  it('prints one article as indented JSON when stdout is not a terminal', async () => {
    const io = fakeIO()
    expect(await main([FIXTURE], io)).toBe(0)
    const article = JSON.parse(io.out())
    expect(article.headline).toBe('Kenyan port city rations water as drought enters third year')
    expect(article.source).toBe(FIXTURE)
    expect(io.out()).toContain('\n  "date": "2024-03-04",\n')
  })

  it('prints readable text without colour codes when stdout is a terminal but colour is off', async () => {
    const io = fakeIO({stdoutTTY: true, env: {NO_COLOR: '1'}})
    expect(await main([FIXTURE], io)).toBe(0)
    expect(io.out()).toContain('Kenyan port city rations water as drought enters third year\n')
    expect(io.out()).not.toContain('\u001b[')
  })

  it('prints one compact line per file, in the order given', async () => {
    const io = fakeIO()
    expect(await main([OTHER_FIXTURE, FIXTURE], io)).toBe(0)
    const lines = io.out().trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line).source)).toEqual([OTHER_FIXTURE, FIXTURE])
  })

  it('reads standard input for "-" and reports its source as null', async () => {
    const io = fakeIO({stdin: PAGE})
    expect(await main(['-', '--format', 'json'], io)).toBe(0)
    const article = JSON.parse(io.out())
    expect(article).toMatchObject({source: null, date: '2024-01-05', headline: 'Ferry timetable changes for winter', authors: ['Ana Costa']})
  })

  it('reads standard input when no file is given', async () => {
    const io = fakeIO({stdin: PAGE})
    expect(await main([], io)).toBe(0)
    expect(JSON.parse(io.out()).byline).toBe('By Ana Costa')
  })

  it('names a missing file on stderr, goes on with the others and exits 1', async () => {
    const io = fakeIO()
    expect(await main(['no-such-page.txt', FIXTURE], io)).toBe(1)
    expect(io.err().split('\n')[0]).toBe('article-parse: no-such-page.txt: no such file')
    expect(io.out().trimEnd().split('\n')).toHaveLength(1)
  })

  it('fails a directory holding no pages with one line and exit code 1', async () => {
    const io = fakeIO()
    const dir = scratchTree()
    expect(await main([dir, '-q'], io)).toBe(1)
    expect(io.err()).toBe(`article-parse: ${dir}: is a directory without .txt files (see --ext)\n`)
  })

  it('does not wait in silence for a page typed at the terminal when no input is named', async () => {
    const io = fakeIO({stdinTTY: true})
    expect(await main([], io)).toBe(2)
    expect(io.err()).toBe('article-parse: no input: name files or directories, or pipe a page in ("-" reads the terminal)\nTry \'article-parse --help\' for more information.\n')
    const typed = fakeIO({stdinTTY: true, stdin: 'Harbour board meets\n\nThe harbour board met on Monday to discuss the ferry terminal and its future.\n'})
    expect(await main(['-'], typed)).toBe(0)
    expect(JSON.parse(typed.out()).headline).toBe('Harbour board meets')
  })

  it('exits 2 on an unknown option, with the reason on stderr', async () => {
    const io = fakeIO()
    expect(await main(['--bogus'], io)).toBe(2)
    expect(io.err()).toBe("article-parse: unknown option '--bogus'\nTry 'article-parse --help' for more information.\n")
    expect(io.out()).toBe('')
  })

  it('exits 2 when the reference date is not a date', async () => {
    const io = fakeIO()
    expect(await main(['--reference-date', 'someday', FIXTURE], io)).toBe(2)
    expect(io.err()).toContain('Not a date')
  })

  it('resolves relative dates against --reference-date', async () => {
    const dir = scratchTree()
    const path = join(dir, 'page.txt')
    writeFileSync(path, 'Library opens late on Fridays\n\nBy Ana Costa\n2 days ago\n\nThe town library will stay open until nine on Friday evenings from next month, the council said.\n')
    const io = fakeIO()
    expect(await main(['--reference-date', '2024-06-10', path], io)).toBe(0)
    expect(JSON.parse(io.out()).date).toBe('2024-06-08')
    const withoutReference = fakeIO()
    expect(await main([path], withoutReference)).toBe(0)
    expect(JSON.parse(withoutReference.out()).date).toBeNull()
  })

  it('shows usage with examples for --help and exits 0', async () => {
    const io = fakeIO()
    expect(await main(['--help'], io)).toBe(0)
    expect(io.out()).toContain('Usage: article-parse [options] [files...]')
    expect(io.out()).toContain('Examples:')
  })

  it('prints the version for --version', async () => {
    const io = fakeIO()
    expect(await main(['--version'], io)).toBe(0)
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})
