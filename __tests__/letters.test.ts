/** Character classes of the Basic Multilingual Plane (src/rules/letters.ts). */
import {bmp} from '../src/rules/letters.js'

describe('bmp', () => {
  const letter = new RegExp(String.raw`^${bmp(String.raw`\p{L}\-`)}$`, 'v')

  it.each([['a'], ['é'], ['Ж'], ['中'], ['-']])('keeps %j, a member of the Basic Multilingual Plane', (character) => {
    expect(letter.test(character)).toBe(true)
  })

  it('leaves out letters of the supplementary planes (U+20000, a CJK ideograph)', () => {
    expect(/^\p{L}$/u.test('\u{20000}')).toBe(true)
    expect(letter.test('\u{20000}')).toBe(false)
  })

  it('leaves out what the members leave out', () => {
    expect(letter.test('1')).toBe(false)
    expect(letter.test(' ')).toBe(false)
  })
})
