import {decodeBytes, encodingName} from '../src/text/decode.js'
import {InputError} from '../src/errors.js'

const TEXT = 'The mayor’s “final” offer – 5 € – was refused.'

/** Bytes of TEXT in Windows-1252, written out so the test does not depend on the decoder it checks. */
const TEXT_1252 = Uint8Array.from([
  ...ascii('The mayor'), 0x92, ...ascii('s '), 0x93, ...ascii('final'), 0x94, ...ascii(' offer '), 0x96, ...ascii(' 5 '), 0x80,
  ...ascii(' '), 0x96, ...ascii(' was refused.')
])

function ascii(text: string): number[] {
  return [...text].map((character) => character.charCodeAt(0))
}

function utf16(text: string, byteOrder: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    bytes[2 * index + (byteOrder === 'le' ? 0 : 1)] = code & 0xff
    bytes[2 * index + (byteOrder === 'le' ? 1 : 0)] = code >> 8
  }
  return bytes
}

function utf32(text: string, byteOrder: 'le' | 'be'): Uint8Array {
  const codePoints = [...text].map((character) => character.codePointAt(0) ?? 0)
  const bytes = new DataView(new ArrayBuffer(codePoints.length * 4))
  codePoints.forEach((code, index) => bytes.setUint32(4 * index, code, byteOrder === 'le'))
  return new Uint8Array(bytes.buffer)
}

const encode = (text: string) => new TextEncoder().encode(text)

describe('decodeBytes', () => {
  it('reads valid UTF-8 as UTF-8, curly quotes and all, without a warning', () => {
    expect(decodeBytes(encode(TEXT))).toEqual({text: TEXT, encoding: 'utf-8', warnings: []})
  })

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(TEXT)]))).toEqual({text: TEXT, encoding: 'utf-8', warnings: []})
  })

  it.each(['le', 'be'] as const)('reads UTF-16%s by its byte-order mark', (byteOrder) => {
    const bytes = utf16(`\uFEFF${TEXT}`, byteOrder)
    expect(decodeBytes(bytes)).toEqual({text: TEXT, encoding: `utf-16${byteOrder}`, warnings: []})
  })

  it.each(['le', 'be'] as const)('reads UTF-32%s by its byte-order mark, not as UTF-16 full of NULs', (byteOrder) => {
    const bytes = utf32(`\uFEFF${TEXT} 🌊`, byteOrder)
    expect(decodeBytes(bytes)).toEqual({text: `${TEXT} 🌊`, encoding: `utf-32${byteOrder}`, warnings: []})
  })

  it.each(['le', 'be'] as const)('tells UTF-16%s without a byte-order mark by its NULs, and says so', (byteOrder) => {
    expect(decodeBytes(utf16(`${TEXT}\n${TEXT}`, byteOrder))).toEqual({
      text: `${TEXT}\n${TEXT}`,
      encoding: `utf-16${byteOrder}`,
      warnings: [
        {message: `The input has no byte-order mark but a NUL in every other byte; read it as utf-16${byteOrder}`, line: null, column: null, rule: 'encoding'}
      ]
    })
  })

  it('reads bytes that are not UTF-8 as the legacy encoding they are, and names it', () => {
    expect(decodeBytes(TEXT_1252)).toEqual({
      text: TEXT,
      encoding: 'windows-1252',
      warnings: [
        {
          message: 'The input is not valid UTF-8; read it as windows-1252 (detected from its bytes; use --encoding to choose another)',
          line: null,
          column: null,
          rule: 'encoding'
        }
      ]
    })
  })

  it('detects Cyrillic in Windows-1251', () => {
    // "Мэр заявил, что мост откроют в сентябре." in Windows-1251.
    const bytes = Uint8Array.from([
      0xcc, 0xfd, 0xf0, 0x20, 0xe7, 0xe0, 0xff, 0xe2, 0xe8, 0xeb, 0x2c, 0x20, 0xf7, 0xf2, 0xee, 0x20, 0xec, 0xee, 0xf1, 0xf2, 0x20, 0xee,
      0xf2, 0xea, 0xf0, 0xee, 0xfe, 0xf2, 0x20, 0xe2, 0x20, 0xf1, 0xe5, 0xed, 0xf2, 0xff, 0xe1, 0xf0, 0xe5, 0x2e
    ])
    const decoded = decodeBytes(bytes)
    expect([decoded.text, decoded.encoding]).toEqual(['Мэр заявил, что мост откроют в сентябре.', 'windows-1251'])
  })

  it('keeps UTF-8 cut inside a character as UTF-8, the broken character as U+FFFD at its line and column', () => {
    const bytes = encode('Line one: café\nLine two is cut in “the')
    const cut = bytes.subarray(0, bytes.length - 5)
    expect(decodeBytes(cut)).toEqual({
      text: 'Line one: café\nLine two is cut in \uFFFD',
      encoding: 'utf-8',
      warnings: [{message: 'One byte sequence is not valid utf-8 and read as U+FFFD (�)', line: 2, column: 20, rule: 'encoding'}]
    })
  })

  it('counts every bad byte sequence in mostly valid UTF-8', () => {
    const bytes = Uint8Array.from([...encode('“Bonjour”, dit-elle. '), 0xff, ...encode(' Très “bien”. '), 0xfe])
    expect(decodeBytes(bytes).warnings).toEqual([
      {message: '2 byte sequences are not valid utf-8 and read as U+FFFD (�)', line: 1, column: 22, rule: 'encoding'}
    ])
  })

  it('reads plain ASCII with one Windows-1252 apostrophe as Windows-1252, not as broken UTF-8', () => {
    const bytes = Uint8Array.from([...ascii('The council'), 0x92, ...ascii('s vote was close.')])
    expect(decodeBytes(bytes).text).toBe('The council’s vote was close.')
  })

  it('uses the encoding it is given, without a warning', () => {
    expect(decodeBytes(TEXT_1252, 'cp1252')).toEqual({text: TEXT, encoding: 'windows-1252', warnings: []})
    expect(decodeBytes(encode('naïve'), 'latin1').text).toBe('naÃ¯ve')
  })

  it('refuses an encoding nobody knows', () => {
    expect(() => decodeBytes(encode(TEXT), 'klingon')).toThrow(
      new RangeError('Unknown encoding "klingon"; name one such as utf-8, utf-16le or windows-1252')
    )
  })

  it('refuses bytes with a NUL as binary', () => {
    const error = catchError(() => decodeBytes(Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x01])))
    expect(error).toBeInstanceOf(InputError)
    expect(error).toMatchObject({code: 'binary', message: 'not a text file: it has a NUL byte (byte 7)'})
  })

  it('refuses text that is mostly control characters as binary', () => {
    const bytes = Uint8Array.from([...encode('ab'), 1, 2, 3, 27, 27, 27, 4, 5, 6, 7, 8, 14])
    expect(catchError(() => decodeBytes(bytes))).toMatchObject({code: 'binary', message: 'not a text file: 86% of its characters are control characters'})
  })

  it('reads empty input as empty text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({text: '', encoding: 'utf-8', warnings: []})
  })
})

describe('encodingName', () => {
  it.each([
    ['UTF8', 'utf-8'],
    ['latin1', 'windows-1252'],
    ['sjis', 'shift_jis'],
    ['cp437', 'cp437'],
    ['klingon', undefined]
  ])('%s → %s', (label, name) => {
    expect(encodingName(label)).toBe(name)
  })
})

function catchError(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}
