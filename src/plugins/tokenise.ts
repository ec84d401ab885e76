/**
 * The parser: retext-english, given the page a stretch of paragraphs at a
 * time, its trees joined into one with positions in the whole page.
 *
 * parse-latin (retext-english's tokeniser) splices nodes into the child list
 * of the text it was given, which costs the length of that list each time:
 * on a whole 20 MB page that is most of a minute. Stretches of bounded length
 * keep the time linear. They are cut at a blank line, where retext-english
 * ends a paragraph anyway, so pages up to the stretch length parse exactly as
 * before and longer ones differ at most where a line had to be cut.
 */
import type {Nodes, Root, RootContent} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'

type Point = NonNullable<Nodes['position']>['start']

/** Longest stretch of the page tokenised in one piece. */
const STRETCH_LENGTH = 50_000
/** Where a stretch may end, best first: after a blank line, a line, a space; else anywhere. */
const CUTS = ['\n\n', '\n', ' ']

interface Stretch {
  text: string
  /** Where the stretch starts in the page. */
  start: Point & {offset: number}
}

const english = unified().use(retextEnglish).freeze()

export default function tokenise(this: Processor) {
  this.parser = (document: string): Root => {
    const children: RootContent[] = []
    for (const stretch of stretches(document)) {
      const tree = english.parse(stretch.text) as Root
      if (stretch.start.offset > 0) moveTo(tree, stretch.start, new Set())
      for (const child of tree.children) children.push(child)
    }
    const start = {line: 1, column: 1, offset: 0}
    return {type: 'RootNode', children, position: {start, end: pointAfter(document, start)}}
  }
}

function* stretches(document: string): Generator<Stretch> {
  let start: Stretch['start'] = {line: 1, column: 1, offset: 0}
  while (start.offset < document.length) {
    const end = stretchEnd(document, start.offset)
    const text = document.slice(start.offset, end)
    yield {text, start}
    start = pointAfter(text, start)
  }
}

function stretchEnd(document: string, from: number): number {
  const limit = from + STRETCH_LENGTH
  if (limit >= document.length) return document.length
  for (const cut of CUTS) {
    const at = document.lastIndexOf(cut, limit - cut.length)
    if (at > from) return at + cut.length
  }
  // No space at all: cut anywhere but inside a surrogate pair.
  return /[\uD800-\uDBFF]/.test(document.charAt(limit - 1)) ? limit - 1 : limit
}

/** The point just after `text`, when it starts at `start`. */
function pointAfter(text: string, start: Point & {offset: number}): Point & {offset: number} {
  let line = start.line
  let lastBreak = -1
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    line++
    lastBreak = index
  }
  const column = lastBreak === -1 ? start.column + text.length : text.length - lastBreak
  return {line, column, offset: start.offset + text.length}
}

/**
 * Move a stretch's tree to where the stretch starts in the page. parse-latin
 * shares point objects between nodes, so each point is moved once.
 */
function moveTo(node: Nodes, start: Point & {offset: number}, moved: Set<Point>): void {
  for (const point of node.position ? [node.position.start, node.position.end] : []) {
    if (moved.has(point)) continue
    moved.add(point)
    if (point.line === 1) point.column += start.column - 1
    point.line += start.line - 1
    point.offset = (point.offset ?? 0) + start.offset
  }
  if ('children' in node) for (const child of node.children) moveTo(child, start, moved)
}
