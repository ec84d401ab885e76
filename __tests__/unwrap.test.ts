import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {hardWrap as wrap} from '../scripts/hard-wrap.mjs'
import {parseArticle} from '../src/index.js'
import {normaliseText} from '../src/text/normalise.js'
import {inputPlace, unwrapLines} from '../src/text/unwrap.js'

const PARAGRAPHS = [
  'Councillors in Port Aldwin voted on Thursday night to close Kestrel Bridge to vehicles over 7.5 tonnes from Monday, after an inspection found cracks in its girders.',
  'The decision means more than 600 lorries a day will be diverted through the town centre while repairs are planned, engineers told the meeting.',
  'Hauliers said nobody from the council had called them before the vote, and that a diversion through the high street at rush hour would cost their members dearly.'
]

describe('unwrapLines', () => {
  it('joins each hard-wrapped paragraph into one line and maps the lines back to the input', () => {
    const input = wrap(PARAGRAPHS.join('\n\n'), 72)
    const lines = input.split('\n')
    expect(lines).toHaveLength(10)
    const {lines: joined, wrapping} = unwrapLines(lines, lines)
    expect(joined).toEqual([PARAGRAPHS[0], '', PARAGRAPHS[1], '', PARAGRAPHS[2]])
    // The width is that of the widest line: none of these reaches the 72 columns they were wrapped at.
    expect(Math.max(...lines.map((line) => line.length))).toBe(71)
    expect(wrapping?.width).toBe(71)
    expect(wrapping?.inputLines).toEqual([0, 3, 4, 6, 7])
    expect(wrapping?.starts[0]).toEqual([0, lines[0]!.length + 1, lines[0]!.length + lines[1]!.length + 2])
  })

  it('reads the width from the input lines as saved, indentation included', () => {
    const indented = wrap(PARAGRAPHS.join('\n\n'), 70)
      .split('\n')
      .map((line) => (line === '' ? '' : `   ${line}`))
    const {lines, wrapping} = unwrapLines(
      indented.map((line) => line.trim()),
      indented
    )
    expect(wrapping?.width).toBe(73)
    expect(lines.filter((line) => line !== '')).toEqual(PARAGRAPHS)
  })

  it('ends a paragraph at a line the next word would have fitted on, and keeps list items on lines of their own', () => {
    const lines = [
      'The inspection report, seen by the Gazette, lists three measures that the',
      'council must take before the bridge can reopen to heavy traffic at all:',
      '1. a weight limit of 7.5 tonnes, enforced by cameras at both ends of the',
      'span, with fines for drivers who ignore it;',
      '2. monthly inspections.',
      'Engineers said the girders would have to be replaced within two years, at',
      'a cost the council put at more than four million pounds last night.',
      'Short line.',
      'Another short one.'
    ]
    expect(unwrapLines(lines, lines).lines).toEqual([
      'The inspection report, seen by the Gazette, lists three measures that the council must take before the bridge can reopen to heavy traffic at all:',
      '1. a weight limit of 7.5 tonnes, enforced by cameras at both ends of the span, with fines for drivers who ignore it;',
      '2. monthly inspections.',
      'Engineers said the girders would have to be replaced within two years, at a cost the council put at more than four million pounds last night.',
      'Short line.',
      'Another short one.'
    ])
  })

  it('joins a line that opens on a dash before a word in lower case: the dash is punctuation, not a bullet', () => {
    const quoted = 'Wojewoda zamknął „Stan filarów nie pozwala na dalsze użytkowanie mostu” – powiedział PAP rzecznik wojewody Tomasz Wrzos, który był na miejscu od rana i rozmawiał z kierowcami.'
    const lines = wrap([...PARAGRAPHS, quoted].join('\n\n'), 72).split('\n')
    expect(lines).toContain('– powiedział PAP rzecznik wojewody Tomasz Wrzos, który był na miejscu od')
    expect(unwrapLines(lines, lines).lines.filter(Boolean)).toEqual([...PARAGRAPHS, quoted])
  })

  it('does not run a sentence on into a line that starts in lower case', () => {
    const lines = [
      'Shippers are weighing insurance costs against the distance to the port.',
      'opinion Nadia Georgieva',
      '',
      ...wrap(PARAGRAPHS.join('\n\n'), 72).split('\n')
    ]
    const {lines: joined} = unwrapLines(lines, lines)
    expect(joined.slice(0, 2)).toEqual(['Shippers are weighing insurance costs against the distance to the port.', 'opinion Nadia Georgieva'])
  })

  it('leaves alone a page whose paragraphs are lines of their own, however short', () => {
    const oneLineParagraphs = [
      'A pensioner has scooped a £2.4million jackpot after finding her ticket in an old coat.',
      'Doreen Halsworth, 81, had searched her home for weeks after the September draw.',
      'She found the ticket in the pocket of a coat she had meant to give to charity.',
      'Lottery bosses confirmed the claim with just days to spare before the deadline.',
      'She says she will buy a caravan and treat the whole family to a holiday in Devon.',
      'Her daughter said the family had "not stopped laughing" since the phone call came.'
    ]
    expect(unwrapLines(oneLineParagraphs, oneLineParagraphs).wrapping).toBeNull()
    const menu = ['Home', 'News', 'Sport', 'Business', 'Opinion', 'Weather', 'Subscribe to our newsletters']
    expect(unwrapLines(menu, menu).wrapping).toBeNull()
    // Prose wider than any width: the long paragraphs of a page as the store saves it.
    const page = [...PARAGRAPHS, ...wrap(PARAGRAPHS[0]!, 72).split('\n')]
    expect(unwrapLines(page, page).wrapping).toBeNull()
  })

  it('leaves text written without spaces as it is', () => {
    const lines = Array.from({length: 8}, (_, index) => `東京都の知事は三日に記者会見を開き来年度の予算案を発表した ${index}号`.padEnd(40, '。'))
    expect(unwrapLines(lines, lines).wrapping).toBeNull()
  })
})

describe('inputPlace', () => {
  const lines = wrap(PARAGRAPHS.join('\n\n'), 72).split('\n')
  const {wrapping} = unwrapLines(lines, lines)

  it('maps a column of a joined line to the input line and column it came from', () => {
    expect(inputPlace(wrapping, 1, 1)).toEqual({line: 1, column: 1})
    const second = lines[0]!.length + 2
    expect(inputPlace(wrapping, 1, second)).toEqual({line: 2, column: 1})
    expect(inputPlace(wrapping, 1, second + 4)).toEqual({line: 2, column: 5})
    expect(inputPlace(wrapping, 3, 1)).toEqual({line: 5, column: 1})
  })

  it('leaves places alone when nothing was joined', () => {
    expect(inputPlace(null, 7, 3)).toEqual({line: 7, column: 3})
  })
})

describe('a hard-wrapped page', () => {
  it('points a warning at the line and column of the input', () => {
    const page = wrap(
      [
        'Bridge closed to lorries after cracks found',
        '',
        'By Maren Okafor',
        '',
        ...PARAGRAPHS.flatMap((paragraph) => [paragraph, '']),
        'Beatrix Lumley, who represents 140 haulage firms, said: “Nobody from the council picked up the phone to us before tonight, and the diversion through the high street will cost our members a fortune.'
      ].join('\n'),
      72
    )
    const lines = page.split('\n')
    expect(normaliseText(page).wrapping).not.toBeNull()
    const quoteLine = lines.findIndex((line) => line.includes('“'))
    expect(parseArticle(page).warnings).toEqual([
      {
        message: 'Unbalanced quotation mark: “ is never closed; the quote is read to the end of its paragraph',
        line: quoteLine + 1,
        column: lines[quoteLine]!.indexOf('“') + 1,
        rule: 'unbalanced-quote'
      }
    ])
  })

  it('parses as the same page unwrapped, for every fixture wrapped at 72, 76 and 80 columns', () => {
    const fixtures = readdirSync('fixtures', {recursive: true, encoding: 'utf8'})
      .filter((path) => path.endsWith('input.txt') && !path.startsWith('bad') && !path.startsWith('wrapped-text-dump'))
      .map((path) => readFileSync(join('fixtures', path), 'utf8'))
    expect(fixtures.length).toBeGreaterThan(70)
    const read = (text: string) => {
      const {date, headline, byline, authors, body, quotes} = parseArticle(text)
      return {date, headline, byline, authors, body, quotes}
    }
    for (const text of fixtures) {
      const expected = read(text)
      for (const width of [72, 76, 80]) expect(read(wrap(text, width))).toEqual(expected)
    }
  })
})
