import {readMarkdown} from '../src/text/markdown.js'
import {normaliseText} from '../src/text/normalise.js'

/** A line of Markdown on a page that shows it (two links make the page Markdown). */
const plain = (line: string) => readMarkdown(['[Home](https://example.org/)', '[News](/news)', line])?.[2]

describe('readMarkdown', () => {
  it('reads a page as Markdown only when it shows two links, pictures or headings', () => {
    expect(readMarkdown(['Councillors met on Monday.', 'See [the report](https://example.org/report).'])).toBeNull()
    expect(readMarkdown(['# Bridge closed', 'See [the report](https://example.org/report).'])).toEqual(['Bridge closed', 'See the report.'])
    // Brackets and hashes of plain text are no hints.
    expect(readMarkdown(['[Updated] Harbour board meets', '#MeToo marches in Aldwin', '[1] Source: council minutes'])).toBeNull()
  })

  it("gives a link's text, with or without a title, and with parentheses in its address", () => {
    expect(plain('The [seed bank](https://example.org/news/seed-bank "Explained") opens at [noon](/hours).')).toBe('The seed bank opens at noon.')
    expect(plain('Born in [Aldwin (town)](https://en.wikipedia.org/wiki/Aldwin_(town)) in 1950.')).toBe('Born in Aldwin (town) in 1950.')
    expect(plain('A [reference link][3] and another [one][].')).toBe('A reference link and another one.')
  })

  it("drops pictures, but for a logo linking to the home page, which gives the site's name", () => {
    expect(plain('![Readers queue outside the library](https://example.org/img/queue.jpg)')).toBe('')
    expect(plain('[![Vale Examiner](https://example.org/logo.svg)](https://valeexaminer.example/)')).toBe('Vale Examiner')
    expect(plain('[![Image 1: Northern Tideline](https://example.org/m.svg)](/)')).toBe('Northern Tideline')
    // A picture linking to an article is no logo.
    expect(plain('[![The new quay](https://example.org/quay.jpg)](https://example.org/news/quay)')).toBe('')
  })

  it('takes out the marks of headings, emphasis and block quotes, and escapes', () => {
    expect(plain('## Related stories ##')).toBe('Related stories')
    expect(plain('Floodwater **filled** the basement, and the answer is *now*, __said__ _she_.')).toBe('Floodwater filled the basement, and the answer is now, said she.')
    expect(plain('> > "I cried when I saw it," said Wilfred Ansah.')).toBe('"I cried when I saw it," said Wilfred Ansah.')
    expect(plain('Opening hours: 9am to 7pm \\* the café opens at noon \\[sic\\].')).toBe('Opening hours: 9am to 7pm * the café opens at noon [sic].')
  })

  it('keeps what only looks like emphasis: words joined by underscores, bullets, footnote stars', () => {
    expect(plain('The file is named flood_report_2024.pdf.')).toBe('The file is named flood_report_2024.pdf.')
    expect(plain('* Ferry operator warns of fare rises')).toBe('* Ferry operator warns of fare rises')
    expect(plain('Fares from £12* on weekdays (*terms apply')).toBe('Fares from £12* on weekdays (*terms apply')
  })

  it('empties rules and the lines where reference links point', () => {
    expect(plain('* * *')).toBe('')
    expect(plain('---')).toBe('')
    expect(plain('[3]: https://example.org/report "The report"')).toBe('')
  })
})

describe('normaliseText on Markdown', () => {
  it('says the page was Markdown, and keeps its line numbers', () => {
    const page = '# Bridge closed\n\nBy [Maren Okafor](/people/maren-okafor)\n\nCouncillors met on **Monday**.\n'
    expect(normaliseText(page)).toMatchObject({markdown: true, lines: ['Bridge closed', '', 'By Maren Okafor', '', 'Councillors met on Monday.', '']})
    expect(normaliseText('Bridge closed\n\nCouncillors met on *Monday*.').markdown).toBe(false)
  })
})
