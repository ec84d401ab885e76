/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read
 * as such; bytes that are not valid UTF-8 are read as Windows-1252, the
 * legacy encoding of most Western pages, with a warning naming it.
 */

export interface DecodedText {
  text: string
  /** The encoding the bytes were read as. */
  encoding: string
  /** Why the encoding was chosen, when it was a guess. */
  warning: string | null
}

const FALLBACK_ENCODING = 'windows-1252'

export function decodeBytes(bytes: Uint8Array, encoding?: string): DecodedText {
  if (encoding) return {text: new TextDecoder(encoding).decode(bytes), encoding, warning: null}
  const bom = byteOrderMark(bytes)
  if (bom) return {text: new TextDecoder(bom).decode(bytes), encoding: bom, warning: null}
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8', warning: null}
  } catch {
    return {
      text: new TextDecoder(FALLBACK_ENCODING).decode(bytes),
      encoding: FALLBACK_ENCODING,
      warning: `The input is not valid UTF-8; read it as ${FALLBACK_ENCODING} (use --encoding to choose another)`
    }
  }
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}
