/**
 * Lines of a byte stream, read as they arrive: JSONL dumps, `--split` files
 * and `--files-from` lists can be far larger than memory. Lines are cut at
 * `\n` bytes, which is safe in UTF-8 and every ASCII-compatible encoding;
 * the `\n` is dropped, a `\r` before it is kept. `--files0-from` lists are
 * cut the same way at NUL bytes.
 */

export interface ByteLine {
  /** 1-based line number. */
  number: number
  bytes: Buffer
  /** Bytes in the line (without the `\n`), counted even when the line was too long to keep. */
  length: number
  /** The line was longer than the limit; `bytes` is empty and the line was skipped without being held in memory. */
  overlong: boolean
}

/** The byte that ends each entry: a line, or a name in a list written by `find -print0`. */
export const ENTRY_END = {newline: 0x0a, nul: 0x00} as const

export async function* splitLines(stream: AsyncIterable<Buffer | string>, maxLineBytes: number, endedBy: keyof typeof ENTRY_END = 'newline'): AsyncGenerator<ByteLine> {
  const separator = ENTRY_END[endedBy]
  let pending: Buffer[] = []
  let length = 0
  let number = 0
  const take = (last: Buffer): ByteLine => {
    length += last.length
    const overlong = length > maxLineBytes
    const bytes = overlong ? Buffer.alloc(0) : pending.length === 0 ? last : Buffer.concat([...pending, last])
    const line = {number: ++number, bytes, length, overlong}
    pending = []
    length = 0
    return line
  }
  const keep = (part: Buffer): void => {
    length += part.length
    if (length > maxLineBytes) pending = []
    else if (part.length > 0) pending.push(Buffer.from(part)) // a copy: the chunk it comes from is not kept alive
  }
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw
    let start = 0
    for (let end = chunk.indexOf(separator); end !== -1; end = chunk.indexOf(separator, start)) {
      yield take(chunk.subarray(start, end))
      start = end + 1
    }
    keep(chunk.subarray(start))
  }
  if (length > 0) yield take(Buffer.alloc(0))
}
