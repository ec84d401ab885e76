import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import tokenise from '../src/plugins/tokenise.js'

interface Token {
  type: string
  text: string
  start: {line: number; column: number; offset?: number}
  end: {line: number; column: number; offset?: number}
}

/** Words and sentences of a tree, with their positions. */
function tokens(tree: Root): Token[] {
  const found: Token[] = []
  const visit = (node: Nodes): void => {
    if ((node.type === 'WordNode' || node.type === 'SentenceNode') && node.position) {
      const {start, end} = node.position
      found.push({type: node.type, text: toString(node), start: {...start}, end: {...end}})
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return found
}

const byStretch = (text: string) => tokens(unified().use(tokenise).parse(text) as Root)
const whole = (text: string) => tokens(unified().use(retextEnglish).parse(text) as Root)

const PARAGRAPH = 'The ferry “Marten” runs again from June, the board said. Tickets cost £4.50 – as before.'

describe('tokenise', () => {
  it('gives a long page the words and sentences one whole parse gives, positions included', () => {
    const page = Array.from({length: 1500}, (_, index) => `${PARAGRAPH} (${index})\nA second line, same block.`).join('\n\n')
    expect(page.length).toBeGreaterThan(100_000)
    const expected = whole(page)
    expect(byStretch(page)).toEqual(expected)
    expect(expected.filter(({type}) => type === 'SentenceNode')).toHaveLength(1500 * 3)
  })

  it('places every word of a line longer than a stretch where it is in the page', () => {
    const line = `Headline\n\n${Array.from({length: 3000}, (_, index) => `Word${index} and “quoted” text.`).join(' ')}`
    const lineStarts = [0, 9, 10]
    const words = byStretch(line).filter(({type}) => type === 'WordNode')
    expect(words).toHaveLength(1 + 3000 * 4)
    for (const word of words) {
      expect(line.slice(word.start.offset, word.end.offset)).toBe(word.text)
      expect(word.start.column).toBe((word.start.offset ?? 0) - (lineStarts[word.start.line - 1] ?? NaN) + 1)
    }
  })

  it('parses an empty page to an empty tree', () => {
    expect(unified().use(tokenise).parse('')).toEqual({
      type: 'RootNode',
      children: [],
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    })
  })
})
