import {Chalk} from 'chalk'
import {main} from '../src/cli/main.js'
import {columns, truncate} from '../src/format/columns.js'
import {FORMATS, formatArticle} from '../src/format/index.js'
import {formatJson, formatNdjson} from '../src/format/json.js'
import {formatMarkdown} from '../src/format/markdown.js'
import {formatPretty} from '../src/format/pretty.js'
import {printable} from '../src/format/view.js'
import {sampleArticle} from './helpers/article.js'
import {fakeIO} from './helpers/io.js'

const FIXTURE = 'fixtures/wire-dateline/input.txt'
const BOLD = '\x1b[1m'

describe('choosing a format', () => {
  const view = {chalk: new Chalk({level: 0}), columns: 60}

  it('sends each format name to its formatter', () => {
    const article = sampleArticle()
    expect(FORMATS).toEqual(['json', 'ndjson', 'pretty', 'markdown'])
    expect(formatArticle(article, 'json', view)).toBe(formatJson(article))
    expect(formatArticle(article, 'ndjson', view)).toBe(formatNdjson(article))
    expect(formatArticle(article, 'pretty', view)).toBe(formatPretty(article, view))
    expect(formatArticle(article, 'markdown', view)).toBe(formatMarkdown(article))
  })

  it('writes Markdown from the command line', async () => {
    const io = fakeIO()
    expect(await main(['--format', 'markdown', FIXTURE], io)).toBe(0)
    expect(io.out()).toMatch(/^---\ndate: 2024-03-04\n[^]*\n---\n\n# Kenyan port city rations water as drought enters third year\n\n/)
  })

  it('refuses an unknown format with a usage error', async () => {
    const io = fakeIO()
    expect(await main(['--format', 'html', FIXTURE], io)).toBe(2)
    expect(io.err()).toContain("argument 'html' is invalid. Allowed choices are json, ndjson, pretty, markdown.")
  })
})

describe('colour in the pretty view', () => {
  const run = async (args: string[], options: Parameters<typeof fakeIO>[0]) => {
    const io = fakeIO({columns: 80, ...options})
    expect(await main(['--quiet', ...args, FIXTURE], io)).toBe(0)
    return io.out()
  }

  it('is the default on a terminal, in colour', async () => {
    const out = await run([], {stdoutTTY: true, env: {TERM: 'xterm'}})
    expect(out).toContain(`${BOLD}Kenyan port city rations water as drought enters third year`)
  })

  it('is off when NO_COLOR is set, when TERM is dumb, or with --no-color', async () => {
    for (const [args, env] of [
      [[], {NO_COLOR: '1', TERM: 'xterm'}],
      [[], {TERM: 'dumb'}],
      [['--no-color'], {TERM: 'xterm', FORCE_COLOR: '1'}]
    ] as const) {
      const out = await run([...args], {stdoutTTY: true, env})
      expect(out).toContain('\nKenyan port city rations water as drought enters third year\n')
      expect(out).not.toContain('\x1b')
    }
  })

  it('is off in a pipe unless --color or FORCE_COLOR asks for it', async () => {
    expect(await run(['-f', 'pretty'], {})).not.toContain('\x1b')
    expect(await run(['-f', 'pretty', '--color'], {})).toContain(BOLD)
    expect(await run(['-f', 'pretty'], {env: {FORCE_COLOR: '1'}})).toContain(BOLD)
    expect(await run(['-f', 'pretty'], {env: {FORCE_COLOR: '0'}})).not.toContain('\x1b')
  })

  it('wraps at the default width on a terminal that reports 0 columns, as an unsized pty does', async () => {
    expect(await run(['-f', 'pretty'], {columns: 0})).toBe(await run(['-f', 'pretty'], {columns: undefined}))
  })

  it('wraps to the terminal width', async () => {
    const out = await run(['-f', 'pretty'], {columns: 40})
    const widths = out.split('\n').map(columns)
    expect(Math.max(...widths)).toBeLessThanOrEqual(40)
    expect(out).toContain('\nMOMBASA, Kenya, March 4 (Reuters) -\nAuthorities in the Kenyan port city of\n')
  })
})

describe('measuring text in terminal columns', () => {
  it('counts wide characters as two columns and combining marks as none', () => {
    expect(columns('abc')).toBe(3)
    expect(columns('東京')).toBe(4)
    expect(columns('café')).toBe(4)
    expect(columns('e\u0301')).toBe(1)
    expect(columns('한국어')).toBe(6)
  })

  it('cuts text with an ellipsis only when it does not fit', () => {
    expect(truncate('abc', 3)).toBe('abc')
    expect(truncate('abcd', 3)).toBe('ab…')
    expect(truncate('東京都', 5)).toBe('東京…')
    expect(truncate('東京都', 6)).toBe('東京都')
  })

  it('shows control characters as visible symbols', () => {
    expect(printable('a\x1b[31mb\x00\x7f\x85c')).toBe('a␛[31mb␀␡\uFFFDc')
  })
})
