import type {Heading, List, Nodes, Paragraph, Root, Yaml} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parse as parseYaml} from 'yaml'
import {formatMarkdown} from '../src/format/markdown.js'
import {sampleArticle} from './helpers/article.js'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

function parseBack(text: string): Root {
  return markdown.parse(text)
}

/** The text a reader sees in a node, markup removed. */
function plainText(node: Nodes): string {
  if ('value' in node) return node.value
  return 'children' in node ? node.children.map(plainText).join('') : ''
}

describe('the Markdown output', () => {
  it('is front matter, the headline, subtitle, body, quotes and related teasers', () => {
    expect(formatMarkdown(sampleArticle())).toBe(
      [
        '---',
        'date: 2024-03-04',
        'site: Coastal Courier',
        'headline: Port city rations water as drought enters third year',
        'authors:',
        '  - Amara Okafor',
        'agencies:',
        '  - Reuters',
        'source: pages/mombasa.txt',
        '---',
        '',
        '# Port city rations water as drought enters third year',
        '',
        '*Taps in most districts will run three days a week*',
        '',
        'Authorities in Mombasa began rationing tap water on Monday.',
        '',
        '"We have no choice but to share what little we have," Halima Odhiambo told reporters.',
        '',
        'The rains are due in April.',
        '',
        '## Quotes',
        '',
        '- “We have no choice but to share what little we have” — **Halima Odhiambo**, to reporters',
        '',
        '## Related',
        '',
        '- **Why the coast keeps running dry** (Analysis · Lena Marsh · 5 min read): Three decades of pipes.',
        ''
      ].join('\n')
    )
  })

  it('parses back as CommonMark with the same structure', () => {
    const tree = parseBack(formatMarkdown(sampleArticle()))
    expect(tree.children.map((node) => node.type)).toEqual([
      'yaml',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'list',
      'heading',
      'list'
    ])
    const [frontMatter, headline, , , quoted, , quotesHeading, quotes, , related] = tree.children as [
      Yaml,
      Heading,
      Paragraph,
      Paragraph,
      Paragraph,
      Paragraph,
      Heading,
      List,
      Heading,
      List
    ]
    expect(parseYaml(frontMatter.value)).toEqual({
      date: '2024-03-04',
      site: 'Coastal Courier',
      headline: 'Port city rations water as drought enters third year',
      authors: ['Amara Okafor'],
      agencies: ['Reuters'],
      source: 'pages/mombasa.txt'
    })
    expect([headline.depth, plainText(headline)]).toEqual([1, 'Port city rations water as drought enters third year'])
    expect(plainText(quoted)).toBe('"We have no choice but to share what little we have," Halima Odhiambo told reporters.')
    expect([quotesHeading.depth, plainText(quotesHeading)]).toEqual([2, 'Quotes'])
    expect(quotes.children.map(plainText)).toEqual(['“We have no choice but to share what little we have” — Halima Odhiambo, to reporters'])
    expect(related.children.map(plainText)).toEqual(['Why the coast keeps running dry (Analysis · Lena Marsh · 5 min read): Three decades of pipes.'])
  })

  it('escapes page text that would otherwise become markup', () => {
    const body = [
      '1. The council met on Monday.',
      '# Not a heading',
      'Prices rose *sharply*, by 2 * 3 percent, to $5 [sic] <b>bold</b> `code` and_more_.',
      '- not a list item',
      '+ nor this',
      '> not a block quote',
      '---',
      '===',
      '    not code',
      '![not an image](x.png) and [not a link](y)'
    ]
    const tree = parseBack(formatMarkdown(sampleArticle({body, quotes: [], related: [], subtitle: null})))
    const paragraphs = tree.children.slice(2)
    expect(paragraphs.map((node) => node.type)).toEqual(body.map(() => 'paragraph'))
    expect(paragraphs.map(plainText)).toEqual(body)
    for (const paragraph of paragraphs as Paragraph[]) expect(paragraph.children.map((child) => child.type)).toEqual(['text'])
  })

  it('keeps awkward metadata valid YAML and leaves out the headline that is missing', () => {
    const article = sampleArticle({headline: null, site: 'News: "Daily" # 1', authors: [], source: null, date: null, body: ['Only text.']})
    const text = formatMarkdown(article)
    const tree = parseBack(text)
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'paragraph', 'paragraph', 'heading', 'list', 'heading', 'list'])
    expect(parseYaml((tree.children[0] as Yaml).value)).toEqual({
      date: null,
      site: 'News: "Daily" # 1',
      headline: null,
      authors: [],
      agencies: ['Reuters'],
      source: null
    })
  })
})
