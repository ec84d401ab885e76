import {readFileSync} from 'node:fs'
import {Chalk} from 'chalk'
import {main} from '../src/cli/main.js'
import {parseArticleBytes} from '../src/parse.js'
import {explainBytes, explainText, type Explanation} from '../src/explain.js'
import {formatExplain} from '../src/format/explain.js'
import {parseArticle} from '../src/index.js'
import {fakeIO} from './helpers/io.js'

const FIXTURE = 'fixtures/wire-dateline/input.txt'
const plain = new Chalk({level: 0})

const explanation: Explanation = {
  source: 'page.txt',
  datePrefix: '2024-03-04',
  markdown: false,
  wrapWidth: null,
  lines: [
    {line: 1, label: 'site', rule: 'banner', text: 'Coastal Courier'},
    {line: 2, label: 'blank', rule: 'empty', text: ''},
    {line: 3, label: 'headline', rule: 'best-title-line', text: 'Port city rations water'},
    {line: 4, label: 'body', rule: 'in-body-zone', text: 'Authorities in Mombasa began rationing tap water on Monday.'},
    {line: 5, label: 'chrome', rule: 'a-rule-name-much-longer-than-the-column', text: '東京都の知事は三日に発表した'}
  ],
  warnings: [
    {message: 'No byline found', line: null, column: null, rule: 'no-byline'},
    {message: 'Unbalanced quote mark', line: 4, column: 12, rule: 'quote-marks'}
  ]
}

describe('the --explain view', () => {
  it('aligns line number, label, rule and text, cutting the text to fit the width', () => {
    expect(formatExplain(explanation, {chalk: plain, columns: 80})).toBe(
      [
        '# page.txt: 5 lines; blank lines not shown',
        '# line 1 starts with the date prefix 2024-03-04',
        'line  label     rule                          text',
        '   1  site      banner                        Coastal Courier',
        '   3  headline  best-title-line               Port city rations water',
        '   4  body      in-body-zone                  Authorities in Mombasa began rati…',
        '   5  chrome    a-rule-name-much-longer-tha…  東京都の知事は三日に発表した',
        '# warning: No byline found [no-byline]',
        '# warning 4:12: Unbalanced quote mark [quote-marks]',
        ''
      ].join('\n')
    )
  })

  it('counts wide characters as two columns when cutting', () => {
    const out = formatExplain(explanation, {chalk: plain, columns: 60})
    expect(out).toContain('   5  chrome    a-rule-name-much-longer-tha…  東京都の知事は三日…\n')
  })

  it('gives every line of the input, numbered as in the file, with the label the article was built from', () => {
    const text = readFileSync(FIXTURE, 'utf8')
    const {lines, datePrefix, source, warnings} = explainText(text)
    // The file ends with a line break, which does not start another line.
    const inputLines = text.split('\n').slice(0, -1)
    expect(datePrefix).toBe('2024-03-04')
    expect(source).toBeNull()
    expect(warnings).toEqual([])
    expect(lines.map((row) => row.line)).toEqual(inputLines.map((_, index) => index + 1))
    expect(lines.filter((row) => row.label === 'blank').map((row) => row.line)).toEqual(
      inputLines.flatMap((line, index) => (line.trim() === '' ? [index + 1] : []))
    )
    const article = parseArticle(text)
    expect(lines.filter((row) => row.label === 'headline').map((row) => row.text)).toEqual([article.headline])
    expect(lines.filter((row) => row.label === 'body').map((row) => row.text)).toEqual(article.body)
    for (const row of lines) expect(row.rule).not.toBe('')
  })

  it('gives each line of a hard-wrapped paragraph the label of the paragraph, and says how it was read', () => {
    const explanation = explainText(readFileSync('fixtures/wrapped-text-dump/input.txt', 'utf8'))
    expect(explanation.wrapWidth).toBe(76)
    expect(explanation.lines).toHaveLength(54)
    expect(explanation.lines.slice(6, 9)).toEqual([
      {line: 7, label: 'headline', rule: 'best-title-line', text: 'Council votes to close Kestrel Bridge to heavy lorries after engineers find'},
      {line: 8, label: 'headline', rule: 'wrapped', text: 'cracks in its main span'},
      {line: 9, label: 'blank', rule: 'empty', text: ''}
    ])
    const out = formatExplain(explanation, {chalk: plain, columns: 80})
    expect(out.split('\n').slice(0, 2)).toEqual([
      '# <stdin>: 54 lines; blank lines not shown',
      '# hard-wrapped at 76 columns: a line whose rule is "wrapped" was read as part of the line above'
    ])
  })

  it('says when it read the input as Markdown', () => {
    const explanation = explainText(readFileSync('fixtures/markdown-page/input.txt', 'utf8'))
    expect(explanation.markdown).toBe(true)
    expect(explanation.lines[11]).toEqual({line: 12, label: 'headline', rule: 'best-title-line', text: 'Marrow Vale library reopens after flood with a seed bank and a repair café'})
    expect(formatExplain(explanation, {chalk: plain, columns: 80}).split('\n')[1]).toBe(
      '# read as Markdown: links give their text; pictures (but for a logo, which gives the site its name) and the marks of headings and emphasis are left out'
    )
  })

  it('reports how it decoded the bytes, as the article would', () => {
    const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9])
    const {warnings} = explainBytes(bytes, {source: 'cafe.txt'})
    expect(warnings[0]).toEqual({
      message: 'One byte sequence is not valid utf-8 and read as U+FFFD (�)',
      line: 1,
      column: 4,
      rule: 'encoding'
    })
    expect(warnings).toEqual(parseArticleBytes(bytes, {source: 'cafe.txt'}).warnings)
  })

  it('works from the command line on a file and on standard input', async () => {
    const fromFile = fakeIO()
    expect(await main(['--explain', FIXTURE], fromFile)).toBe(0)
    expect(fromFile.out()).toMatch(/^# fixtures\/wire-dateline\/input\.txt: 24 lines; blank lines not shown\n# line 1 starts with the date prefix 2024-03-04\nline  label +rule +text\n/)
    expect(fromFile.out()).not.toMatch(/\x1b/)

    const fromStdin = fakeIO({stdin: readFileSync(FIXTURE)})
    expect(await main(['--explain'], fromStdin)).toBe(0)
    expect(fromStdin.out()).toBe(fromFile.out().replace(FIXTURE, '<stdin>'))
  })

  it('fails like any other run on a missing file, and refuses --format alongside', async () => {
    const missing = fakeIO()
    expect(await main(['--explain', 'no/such/file.txt'], missing)).toBe(1)
    expect(missing.err()).toBe('article-parse: no/such/file.txt: no such file\n')
    const both = fakeIO()
    expect(await main(['--explain', '--format', 'json', FIXTURE], both)).toBe(2)
    expect(both.err()).toMatch(/--explain.*cannot be used with option '-f, --format/)
  })
})
