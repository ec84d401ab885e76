/** Answers kept for repeated questions about a line (src/text/remembered.ts). */
import {forgetAnswers, remembered} from '../src/text/remembered.js'

/** A function that records each argument it is really called with. */
function counting<A, R>(answer: (argument: A) => R) {
  const calls: A[] = []
  const compute = (argument: A) => {
    calls.push(argument)
    return answer(argument)
  }
  return {calls, compute}
}

describe('remembered', () => {
  it('computes an answer once and gives the same answer again', () => {
    const {calls, compute} = counting((text: string) => text.length)
    const length = remembered(compute)
    expect([length('Ashby'), length('Ashby'), length('Echo')]).toEqual([5, 5, 4])
    expect(calls).toEqual(['Ashby', 'Echo'])
  })

  it('remembers undefined, null and false as answers', () => {
    const {calls, compute} = counting((text: string) => (text === 'a' ? undefined : text === 'b' ? null : false))
    const answer = remembered(compute)
    for (const text of ['a', 'b', 'c', 'a', 'b', 'c']) answer(text)
    expect(calls).toEqual(['a', 'b', 'c'])
  })

  it('tells objects apart by identity, not by content', () => {
    const {calls, compute} = counting((line: {text: string}) => line.text)
    const text = remembered(compute)
    const first = {text: 'same'}
    const second = {text: 'same'}
    text(first)
    text(second)
    text(first)
    expect(calls).toEqual([first, second])
  })

  it('forgets everything once full, and answers correctly after', () => {
    const {calls, compute} = counting((n: number) => n * 2)
    const double = remembered(compute, 2)
    expect([double(1), double(2), double(3), double(1), double(3)]).toEqual([2, 4, 6, 2, 6])
    // 3 found the memory full (1 and 2) and cleared it; 1 was asked again, 3 was still known.
    expect(calls).toEqual([1, 2, 3, 1])
  })
})

describe('forgetAnswers', () => {
  it('makes every remembered function compute again, as a new page starts', () => {
    const {calls, compute} = counting((text: string) => text.toUpperCase())
    const upper = remembered(compute)
    upper('ashby')
    forgetAnswers()
    expect(upper('ashby')).toBe('ASHBY')
    upper('ashby')
    expect(calls).toEqual(['ashby', 'ashby'])
  })
})
