/**
 * Stage 1: the page's lines with the features every classifier reads.
 *
 * retext-english has already tokenised the whole page. It does not break
 * paragraphs at single newlines, so words and sentences are assigned to lines
 * by their positions instead of by tree structure.
 */
import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import type {Line, LineRole} from '../data.js'
import {STOPWORDS} from '../rules/stopwords.js'

const CJK = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]/g

export default function lineFeatures() {
  return (tree: Root, file: VFile) => {
    const texts = String(file.value).split('\n')
    const lines: Line[] = texts.map((text, index) => ({
      index,
      text,
      words: 0,
      stopwords: 0,
      capitalised: 0,
      numeric: 0,
      cjk: text.match(CJK)?.length ?? 0,
      sentenceStarts: [],
      blankBefore: index === 0 || texts[index - 1] === '',
      blankAfter: index === texts.length - 1 || texts[index + 1] === ''
    }))
    countTokens(tree, lines)
    file.data.lines = lines
    file.data.roles = lines.map(
      (line): LineRole => (line.text === '' ? {label: 'blank', rule: 'empty'} : {label: 'other', rule: 'unclassified'})
    )
  }
}

function countTokens(node: Nodes, lines: Line[]): void {
  const start = node.position?.start
  if (node.type === 'WordNode') {
    const line = start && lines[start.line - 1]
    if (!line) return
    // A word is almost always one text node; toString() covers the rest.
    const [only, ...more] = node.children
    const word = only?.type === 'TextNode' && more.length === 0 ? only.value : toString(node)
    const lower = word.toLowerCase()
    const first = word.charAt(0)
    line.words++
    if (STOPWORDS.has(lower)) line.stopwords++
    if (first !== lower.charAt(0)) line.capitalised++
    else if (first >= '0' && first <= '9') line.numeric++
    return
  }
  if (node.type === 'SentenceNode' && start) lines[start.line - 1]?.sentenceStarts.push(start.column - 1)
  if ('children' in node) for (const child of node.children) countTokens(child, lines)
}
