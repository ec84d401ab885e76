/**
 * Reading an input's bytes with a size limit. A file's size is checked
 * before it is read; a stream (standard input, a pipe, a device such as
 * /dev/zero) is read only up to the limit, so no input can exhaust memory.
 */
import {open} from 'node:fs/promises'
import {InputError} from '../errors.js'

/** Inputs larger than this are refused unless the caller sets another limit: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

/** Read a file, refusing directories and files over `maxBytes`. */
export async function readInputFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const info = await handle.stat()
    if (info.isDirectory()) throw new InputError('is a directory', 'directory')
    if (info.isFile()) refuseTooLarge(info.size, maxBytes)
    return await readStreamBytes(handle.createReadStream({autoClose: false}), maxBytes)
  } finally {
    await handle.close()
  }
}

/** Read a stream to its end, refusing it once it passes `maxBytes`. */
export async function readStreamBytes(stream: AsyncIterable<Uint8Array | string>, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    length += bytes.length
    if (length > maxBytes) throw new InputError(`too large: more than ${bytesText(maxBytes)}, the limit (--max-bytes)`, 'too-large')
    chunks.push(bytes)
  }
  return Buffer.concat(chunks, length)
}

/** Throws when `size` bytes are over the limit. */
export function refuseTooLarge(size: number, maxBytes = DEFAULT_MAX_BYTES): void {
  if (size > maxBytes) throw new InputError(`too large: ${bytesText(size)}, over the limit of ${bytesText(maxBytes)} (--max-bytes)`, 'too-large')
}

function bytesText(count: number): string {
  return `${count.toLocaleString('en-US')} bytes`
}

/**
 * Gzip's magic number and its one compression method. Text never starts with
 * byte 0x1F, so input that does is inflated whatever its name: a scraper
 * keeping a response body as it came, `zcat` left out of a pipe.
 */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08
}
