/**
 * Will a page fit in memory while it is parsed? retext-english's tree holds
 * an object per word, space and punctuation mark, each with its position,
 * and a page needs hundreds of times its size while it is parsed. A page too
 * big for the heap would end the process with a fatal error, taking the rest
 * of a batch with it; it is refused beforehand instead, like a page over
 * --max-bytes.
 */
import {getHeapStatistics} from 'node:v8'
import {InputError} from '../errors.js'

/**
 * Heap per node of the tree and per character of text while a page is
 * parsed: above the most measured (smallest --max-old-space-size that
 * parsed 2 MB of prose, of short lines, of bylines, of quote marks, of
 * `a a a …`: 225 to 413 bytes per node, and 13 per character for one long word).
 */
const BYTES_PER_NODE = 450
const BYTES_PER_CHARACTER = 14
/** What retext-english makes a node of: a word or number, a run of white space, any other character. */
const NODE = /[\p{L}\p{M}\p{N}]+|\s+|[^\s\p{L}\p{M}\p{N}]/gu

/** The heap a page of `text` needs while it is parsed, in bytes (an estimate on the safe side). */
export function heapNeeded(text: string): number {
  let nodes = 0
  NODE.lastIndex = 0
  while (NODE.exec(text) !== null) nodes++
  return nodes * BYTES_PER_NODE + text.length * BYTES_PER_CHARACTER
}

/** Throws an InputError when parsing `text` would need more heap than is free. */
export function refuseTooBigToParse(text: string, freeHeap = heapFree()): void {
  // At most one node per character: most pages are ruled out without counting.
  if (text.length * (BYTES_PER_NODE + BYTES_PER_CHARACTER) <= freeHeap) return
  const needed = heapNeeded(text)
  if (needed <= freeHeap) return
  throw new InputError(
    `too large to parse in the memory Node gives this process: it needs about ${megabytes(needed)} MB and ${megabytes(freeHeap)} MB are free ` +
      '(allow more with NODE_OPTIONS=--max-old-space-size=MB, or split the page)',
    'out-of-memory'
  )
}

function heapFree(): number {
  const {heap_size_limit: limit, used_heap_size: used} = getHeapStatistics()
  return limit - used
}

function megabytes(bytes: number): string {
  return Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-US')
}
