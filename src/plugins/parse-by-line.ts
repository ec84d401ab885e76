/**
 * Parser: retext-english, one line at a time. Each line of a scraped page is
 * one block of the original page, so it becomes one paragraph. Parsing line
 * by line (and long lines in pieces) also keeps the parse linear: the parser
 * moves white space between sentences with array splices, which is
 * quadratic in the number of sentences of one paragraph or of the document.
 */
import type {Nodes, Paragraph, Root, RootContent} from 'nlcst'
import type {Point, Position} from 'unist'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'

/** Longest piece of a line handed to the parser at once. */
const MAX_PIECE = 2000
/** Where a long line is best cut: after a sentence ends. */
const SENTENCE_END = /[.!?。！？]["'”’)]*\s+/g

type Parse = (document: string, file: VFile) => Root

export default function parseByLine(this: Processor) {
  const parseText = this.parser as Parse | undefined
  if (!parseText) throw new Error('parseByLine needs a parser such as retext-english before it')
  const parse: Parse = (document, file) => {
    const root: Root = {type: 'RootNode', children: []}
    let lineOffset = 0
    document.split('\n').forEach((text, index, lines) => {
      if (index > 0) root.children.push(lineBreak(index, lines[index - 1]?.length ?? 0, lineOffset - 1))
      if (text !== '') root.children.push(parseLine(parseText, file, text, index, lineOffset))
      lineOffset += text.length + 1
    })
    return root
  }
  this.parser = parse as Processor['parser']
}

function parseLine(parseText: Parse, file: VFile, text: string, index: number, lineOffset: number): Paragraph {
  const paragraph: Paragraph = {type: 'ParagraphNode', children: []}
  for (const {from, to} of pieces(text)) {
    for (const child of parseText(text.slice(from, to), file).children) {
      shiftPositions(child, index + 1, from, lineOffset + from)
      paragraph.children.push(...(child.type === 'ParagraphNode' ? child.children : [child as Paragraph['children'][number]]))
    }
  }
  paragraph.position = {
    start: {line: index + 1, column: 1, offset: lineOffset},
    end: {line: index + 1, column: text.length + 1, offset: lineOffset + text.length}
  }
  return paragraph
}

/** Cut a line into pieces of at most MAX_PIECE characters, after a sentence end where there is one. */
function pieces(text: string): Array<{from: number; to: number}> {
  const pieces: Array<{from: number; to: number}> = []
  let from = 0
  while (text.length - from > MAX_PIECE) {
    const window = text.slice(from, from + MAX_PIECE)
    let cut = 0
    for (const end of window.matchAll(SENTENCE_END)) cut = end.index + end[0].length
    if (cut === 0) cut = window.lastIndexOf(' ') + 1 || MAX_PIECE
    pieces.push({from, to: from + cut})
    from += cut
  }
  pieces.push({from, to: text.length})
  return pieces
}

/** Positions of a piece parsed on its own start at 1:1; move them to where the piece sits in the page. */
function shiftPositions(node: Nodes, line: number, column: number, offset: number): void {
  if (node.position) node.position = shiftPosition(node.position, line, column, offset)
  if ('children' in node) for (const child of node.children) shiftPositions(child, line, column, offset)
}

function shiftPosition(position: Position, line: number, column: number, offset: number): Position {
  const shift = (point: Point): Point => ({line, column: point.column + column, offset: (point.offset ?? 0) + offset})
  return {start: shift(position.start), end: shift(position.end)}
}

/** The line break ending 1-based line `line`, which is `length` characters long. */
function lineBreak(line: number, length: number, offset: number): RootContent {
  return {
    type: 'WhiteSpaceNode',
    value: '\n',
    position: {start: {line, column: length + 1, offset}, end: {line: line + 1, column: 1, offset: offset + 1}}
  }
}
