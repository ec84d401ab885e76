import {stripVTControlCharacters} from 'node:util'
import {Chalk} from 'chalk'
import {formatPretty} from '../src/format/pretty.js'
import {sampleArticle} from './helpers/article.js'

const plain = {chalk: new Chalk({level: 0}), columns: 50}
const coloured = {chalk: new Chalk({level: 1}), columns: 50}

describe('the pretty view', () => {
  it('lays the article out for reading at the given width', () => {
    expect(formatPretty(sampleArticle(), plain)).toBe(
      [
        'pages/mombasa.txt',
        'Port city rations water as drought enters third',
        'year',
        '2024-03-04 · Coastal Courier · By Amara Okafor,',
        'Reuters',
        '',
        'Taps in most districts will run three days a week',
        '',
        '▣ A queue at a water kiosk — Jomo Mwangi / Reuters',
        '',
        'Authorities in Mombasa began rationing tap water',
        'on Monday.',
        '',
        '"We have no choice but to share what little we',
        'have," Halima Odhiambo told reporters.',
        '  — Halima Odhiambo, to reporters',
        '',
        'The rains are due in April.',
        '',
        'Related',
        '  • Analysis  Why the coast keeps running dry',
        '    Lena Marsh · 5\u00A0min\u00A0read',
        ''
      ].join('\n')
    )
  })

  it('styles each wrapped line on its own, so no colour runs across a line break', () => {
    const out = formatPretty(sampleArticle(), coloured)
    expect(out).toContain('\x1b[1mPort city rations water as drought enters third\x1b[22m\n\x1b[1myear\x1b[22m\n')
    expect(out).toContain('\x1b[2m2024-03-04 · Coastal Courier · By Amara Okafor,\x1b[22m\n')
    expect(out).toContain('\x1b[3mTaps in most districts will run three days a week\x1b[23m')
    expect(out).toContain('\x1b[33m"We have no choice but to share what little we\x1b[39m\n\x1b[33mhave,"\x1b[39m Halima Odhiambo told reporters.\n')
    expect(out).toContain('  — \x1b[33m\x1b[2mHalima Odhiambo, to reporters\x1b[22m\x1b[39m\n')
    expect(out).toContain('  • \x1b[36mAnalysis\x1b[39m  Why the coast keeps running dry\n    \x1b[2mLena Marsh')
    expect(stripVTControlCharacters(out)).toBe(formatPretty(sampleArticle(), plain))
  })

  it('caps the measure at 100 columns on a wide terminal and assumes 80 off a terminal', () => {
    const long = sampleArticle({body: [Array.from({length: 60}, (_, index) => `w${index % 10}`).join(' ')], quotes: []})
    const widest = (columns: number | null) =>
      Math.max(...formatPretty(long, {chalk: plain.chalk, columns}).split('\n').map((line) => line.length))
    expect(widest(300)).toBe(98)
    expect(widest(null)).toBe(80)
  })

  it('wraps text without spaces (Chinese) by columns: each character takes two', () => {
    const article = sampleArticle({body: ['东京都知事三日发表了新的防灾计划其中包括地震和洪水的准备工作。'], quotes: [], source: null})
    expect(formatPretty(article, {chalk: plain.chalk, columns: 20})).toContain('\n\n东京都知事三日发表了\n新的防灾计划其中包括\n地震和洪水的准备工作\n。\n')
  })

  it('wraps a paragraph of 200,000 columns in one pass', () => {
    const article = sampleArticle({body: ['東京'.repeat(50_000)], quotes: []})
    const lines = formatPretty(article, {chalk: plain.chalk, columns: 80}).split('\n')
    const bodyLines = lines.filter((line) => line.startsWith('東京'))
    expect(bodyLines.length).toBe(2_500)
    expect(new Set(bodyLines)).toEqual(new Set(['東京'.repeat(20)]))
  }, 20_000)

  it('breaks a word longer than the line, continuing the line it starts on', () => {
    const article = sampleArticle({body: ['See https://example.org/a/very/long/path/to/a/page for more'], quotes: []})
    const out = formatPretty(article, {chalk: plain.chalk, columns: 20})
    expect(out).toContain('\nSee https://example.\norg/a/very/long/path\n/to/a/page for more\n')
  })

  it('shows control characters from the page as visible symbols instead of sending them to the terminal', () => {
    const article = sampleArticle({headline: 'Bad \x1b[2J page\x07', body: ['Text \x9b31m here'], quotes: []})
    const out = formatPretty(article, plain)
    expect(out).toContain('Bad ␛[2J page␇\n')
    expect(out).toContain('Text \uFFFD31m here\n')
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/)
  })

  it('names the speakers of a paragraph once each, and unattributed quotes as such', () => {
    const article = sampleArticle({
      body: ['"First words said here," she said. "Second words said here," she added. "Third words said here," a guard said.'],
      quotes: [
        {text: 'First words said here', speaker: 'Ann Lee', cue: 'said', addressee: null, paragraph: 0, partial: false},
        {text: 'Second words said here', speaker: 'Ann Lee', cue: 'added', addressee: null, paragraph: 0, partial: false},
        {text: 'Third words said here', speaker: null, cue: 'said', addressee: null, paragraph: 0, partial: false}
      ],
      related: []
    })
    expect(formatPretty(article, {chalk: plain.chalk, columns: 100})).toContain('\nguard said.\n  — Ann Lee\n  — unattributed\n')
  })

  it('says so when the headline or the body is missing, and marks a page cut off', () => {
    const article = sampleArticle({headline: null, site: null, byline: null, date: null, body: [], quotes: [], truncated: true, source: null})
    const out = formatPretty(article, plain)
    expect(out.startsWith('(no headline found)\n\nTaps in most')).toBe(true)
    expect(out).toContain('\n\n(no body text found)\n\n[the page text is cut off here]\n\nRelated\n')
  })
})
