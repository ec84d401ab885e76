import {InputError} from '../src/errors.js'
import {heapNeeded, refuseTooBigToParse} from '../src/input/memory.js'

describe('the heap a page needs while it is parsed', () => {
  it('counts a node per word, per run of white space and per other character', () => {
    // The, ␠, harbour, ␠, board, ",", ␠, said, "." : 9 nodes of 450 bytes, 24 characters of 14.
    expect(heapNeeded('The harbour board, said.')).toBe(9 * 450 + 24 * 14)
    expect(heapNeeded('naïve café')).toBe(3 * 450 + 10 * 14)
    expect(heapNeeded('a'.repeat(1000))).toBe(450 + 1000 * 14)
  })

  it('refuses a page that would not fit in the free heap, saying how much it needs', () => {
    const page = 'The harbour board approved the plan. '.repeat(1000)
    expect(() => refuseTooBigToParse(page, 1024 * 1024 * 1024)).not.toThrow()
    let refusal: unknown
    try {
      refuseTooBigToParse(page, 1024 * 1024)
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(InputError)
    expect(refusal).toMatchObject({
      code: 'out-of-memory',
      message:
        'too large to parse in the memory Node gives this process: it needs about 7 MB and 1 MB are free (allow more with NODE_OPTIONS=--max-old-space-size=MB, or split the page)'
    })
  })
})
