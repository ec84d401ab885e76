/**
 * Text that went through UTF-8 read as Windows-1252 once on its way to the
 * dump: each accented letter or curly quote shows as two or three characters
 * ("CafÃ©", "â€œquotedâ€"). Each such sequence is turned back into its bytes
 * and read as UTF-8; a sequence that does not read as UTF-8 is left as it
 * is, so text written with Latin-1 letters stays untouched.
 */
import {onFirstUse} from '../on-first-use.js'

// Node 20's TextDecoder reads windows-1252 as Latin-1 (see decode.ts); only garbled pages need this.
const iconv = onFirstUse<typeof import('iconv-lite')>('iconv-lite')
const UTF8 = new TextDecoder('utf-8', {fatal: true})

/** A UTF-8 lead byte shown as a Latin-1 letter, then anything a continuation byte may show as: most lines fail this. */
const MAYBE_GARBLED = /[\u00C2-\u00F4][\u0080-\u00BF\u0152-\u2122]/

interface Garbling {
  /** The byte each continuation character stood for. */
  bytes: Map<string, number>
  /** A lead byte and as many continuation bytes as it announces. */
  pattern: RegExp
}

let garbling: Garbling | undefined

/** Built on the first garbled page: the continuation bytes 0x80–0xBF as Windows-1252 shows them. */
function garblingTable(): Garbling {
  if (garbling) return garbling
  const bytes = new Map<string, number>()
  for (let byte = 0x80; byte <= 0xbf; byte++) {
    const shown = iconv().decode(Buffer.of(byte), 'windows-1252')
    // The five bytes Windows-1252 leaves undefined pass through as the C1 controls of the same number.
    bytes.set(shown === '\uFFFD' ? String.fromCharCode(byte) : shown, byte)
  }
  const continuation = `[${[...bytes.keys()].join('')}]`
  const pattern = new RegExp(`[\\u00C2-\\u00DF]${continuation}|[\\u00E0-\\u00EF]${continuation}{2}|[\\u00F0-\\u00F4]${continuation}{3}`, 'g')
  return (garbling = {bytes, pattern})
}

/** `text` with its garbled sequences read again as UTF-8; `repaired` counts them, `first` is the index of the first (-1 if none). */
export function repairMojibake(text: string): {text: string; repaired: number; first: number} {
  if (!MAYBE_GARBLED.test(text)) return {text, repaired: 0, first: -1}
  const {bytes, pattern} = garblingTable()
  let repaired = 0
  let first = -1
  const repairedText = text.replace(pattern, (sequence, at: number) => {
    try {
      const decoded = UTF8.decode(Uint8Array.from(sequence, (character) => bytes.get(character) ?? character.charCodeAt(0)))
      repaired++
      if (first === -1) first = at
      return decoded
    } catch {
      return sequence
    }
  })
  return {text: repairedText, repaired, first}
}
