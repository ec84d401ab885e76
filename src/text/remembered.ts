/**
 * Pure questions about a line that several stages ask again (is it a teaser
 * headline, a person's name, does it hold a date?): measured on the fixtures,
 * each is asked three to four times per distinct line. The answers are kept
 * for the page being parsed only: a function drops them the first time it is
 * asked on the next page, so what it keeps never outgrows one page (a page of
 * a few very long lines would otherwise stay in memory long after it). At
 * most CAPACITY are kept, for callers outside the pipeline.
 */
const CAPACITY = 4096

/** The page being parsed: answers remembered for an earlier one are dropped. */
let currentPage = 0

/** Start a new page: every remembered answer is forgotten. */
export function forgetAnswers(): void {
  currentPage++
}

/** `compute`, answering from memory for an argument it was given on this page. The answers must not be mutated. */
export function remembered<A, R>(compute: (argument: A) => R, capacity = CAPACITY): (argument: A) => R {
  const answers = new Map<A, R>()
  let answersPage = currentPage
  return (argument) => {
    if (answersPage !== currentPage) {
      answers.clear()
      answersPage = currentPage
    }
    const known = answers.get(argument)
    if (known !== undefined || answers.has(argument)) return known as R
    const answer = compute(argument)
    if (answers.size >= capacity) answers.clear()
    answers.set(argument, answer)
    return answer
  }
}
