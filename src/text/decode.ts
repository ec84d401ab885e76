/**
 * Bytes → text, never producing mojibake from valid input:
 *
 * 1. an encoding the user names (`--encoding`) is used as given;
 * 2. a byte-order mark decides between UTF-8, UTF-16 and UTF-32 (LE or BE);
 * 3. UTF-16 without a mark shows as a NUL in every other byte;
 * 4. valid UTF-8 is UTF-8;
 * 5. UTF-8 cut inside its last character (the store cuts pages at a byte
 *    count), or with a few stray bytes among many valid multi-byte
 *    characters, stays UTF-8, the bad bytes replaced by U+FFFD;
 * 6. anything else is a legacy encoding, detected by chardet from the bytes'
 *    statistics (Windows-1252 when it cannot tell).
 *
 * UTF-32 and legacy encodings are decoded by iconv-lite: Node 20's TextDecoder reads
 * windows-1252 as Latin-1, turning curly quotes and dashes into control
 * characters (nodejs/node#60888).
 *
 * Every guess and every replaced byte is reported as a warning.
 */
import type {Warning} from '../article.js'
import {refuseBinaryBytes, refuseControlText} from '../input/binary.js'
import {onFirstUse} from '../on-first-use.js'
import {positionAt} from './normalise.js'

// Only pages that are not Unicode need these.
const chardet = onFirstUse<typeof import('chardet')>('chardet')
const iconv = onFirstUse<typeof import('iconv-lite')>('iconv-lite')

export interface DecodedText {
  text: string
  /** The WHATWG name of the encoding the bytes were read as. */
  encoding: string
  /** How the encoding was chosen when it was a guess, and what could not be read. */
  warnings: Warning[]
}

/** The encoding read when detection has nothing to go on: the legacy encoding of most Western pages. */
const FALLBACK_ENCODING = 'windows-1252'
/** Bytes given to the detector: enough for its statistics, bounded for huge inputs. */
const DETECTION_SAMPLE = 64 * 1024
/** chardet's confidence (0–100) below which its answer is not taken. */
const MIN_CONFIDENCE = 10
/** Bytes looked at for the NUL pattern of UTF-16 without a byte-order mark; fewer than the minimum tell nothing. */
const UTF16_SAMPLE = 4096
const UTF16_MIN_SAMPLE = 32
const REPLACEMENT = '\uFFFD'

/** Encodings TextDecoder reads correctly; iconv-lite reads the others. */
const UNICODE_ENCODINGS = new Set(['utf-8', 'utf-16le', 'utf-16be'])

/**
 * The name of the encoding a label means: the WHATWG name when there is one
 * (`latin1` → `windows-1252`), else one iconv-lite knows (`cp437`); undefined
 * when neither knows the label.
 */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return iconv().encodingExists(label) ? label.toLowerCase() : undefined
  }
}

/** Decode an input's bytes; throws an InputError when they are binary data rather than text. */
export function decodeBytes(bytes: Uint8Array, encoding?: string): DecodedText {
  const decoded = decodeText(bytes, encoding)
  refuseControlText(decoded.text)
  return decoded
}

function decodeText(bytes: Uint8Array, encoding?: string): DecodedText {
  if (encoding !== undefined) {
    const name = encodingName(encoding)
    if (!name) throw new RangeError(`Unknown encoding "${encoding}"; name one such as utf-8, utf-16le or windows-1252`)
    return decodeAs(bytes, name, [])
  }
  const bom = byteOrderMark(bytes)
  if (bom) return decodeAs(bytes, bom, [])
  const utf16 = utf16WithoutMark(bytes)
  if (utf16) {
    return decodeAs(bytes, utf16, [wholeInput(`The input has no byte-order mark but a NUL in every other byte; read it as ${utf16}`)])
  }
  refuseBinaryBytes(bytes)
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8', warnings: []}
  } catch {
    return decodeMostlyUtf8(bytes) ?? decodeLegacy(bytes)
  }
}

/** Decode in a known encoding; bytes that are not valid in it become U+FFFD, with a warning. */
function decodeAs(bytes: Uint8Array, encoding: string, warnings: Warning[]): DecodedText {
  const text =
    UNICODE_ENCODINGS.has(encoding) || !iconv().encodingExists(encoding)
      ? new TextDecoder(encoding).decode(bytes)
      : iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
  const first = text.indexOf(REPLACEMENT)
  if (first === -1) return {text, encoding, warnings}
  return {text, encoding, warnings: [...warnings, replacedBytes(text, first, encoding)]}
}

/** UTF-8 cut inside its last character, or with a few bad bytes among many valid multi-byte characters. */
function decodeMostlyUtf8(bytes: Uint8Array): DecodedText | undefined {
  const text = new TextDecoder('utf-8').decode(bytes)
  if (!endsInsideCharacter(bytes) && !hasMoreCharactersThanReplacements(text)) return undefined
  return {text, encoding: 'utf-8', warnings: [replacedBytes(text, text.indexOf(REPLACEMENT), 'utf-8')]}
}

/** Valid UTF-8 but for an incomplete character at the end, which a streaming decoder keeps waiting for. */
function endsInsideCharacter(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes, {stream: true})
    return true
  } catch {
    return false
  }
}

function hasMoreCharactersThanReplacements(text: string): boolean {
  let replaced = 0
  let otherNonAscii = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0xfffd) replaced++
    else if (code > 0x7f) otherNonAscii++
  }
  return otherNonAscii > replaced
}

function decodeLegacy(bytes: Uint8Array): DecodedText {
  const sample = bytes.subarray(0, DETECTION_SAMPLE)
  const detected = chardet().analyse(sample).find((match) => match.confidence >= MIN_CONFIDENCE && isLegacyEncoding(match.name))
  const encoding = (detected && encodingName(detected.name)) ?? FALLBACK_ENCODING
  const how = detected ? 'detected from its bytes' : 'the usual encoding of older Western pages'
  return decodeAs(bytes, encoding, [
    wholeInput(`The input is not valid UTF-8; read it as ${encoding} (${how}; use --encoding to choose another)`)
  ])
}

/** Single- and multi-byte legacy encodings that TextDecoder reads; UTF-* failed already, ASCII is a subset of UTF-8. */
function isLegacyEncoding(name: string): boolean {
  return !/^(?:UTF-|ASCII|ISO-2022|ISO_2022|mbcs|sbcs)/i.test(name) && encodingName(name) !== undefined
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  // UTF-32's marks first: its little-endian one starts with UTF-16LE's.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le'
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/**
 * Text in UTF-16 without a byte-order mark: mostly Latin text has a NUL as
 * the high byte of nearly every character, so nearly every other byte is 0
 * and the bytes between almost never are.
 */
function utf16WithoutMark(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, UTF16_SAMPLE) & ~1)
  if (sample.length < UTF16_MIN_SAMPLE) return undefined
  const zeros = [0, 0]
  sample.forEach((byte, index) => {
    if (byte === 0) zeros[index % 2]++
  })
  const [even = 0, odd = 0] = zeros
  const pairs = sample.length / 2
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le'
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be'
  return undefined
}

function replacedBytes(text: string, first: number, encoding: string): Warning {
  let count = 0
  for (let index = first; index !== -1; index = text.indexOf(REPLACEMENT, index + 1)) count++
  const {line, column} = positionAt(text, first)
  const what = count === 1 ? 'One byte sequence is' : `${count} byte sequences are`
  return {message: `${what} not valid ${encoding} and read as U+FFFD (�)`, line, column, rule: 'encoding'}
}

function wholeInput(message: string): Warning {
  return {message, line: null, column: null, rule: 'encoding'}
}
