/**
 * The truncation stage: a page cut off mid-sentence ends on a line of text
 * (a paragraph, a teaser's summary) without its closing punctuation.
 */
import {parseArticle} from '../src/index.js'
import {BODY, HEADLINE} from './helpers/library-page.js'

const truncated = (tail: string) => parseArticle(`${HEADLINE}\n\nBy Nia Rowlands\n\n${BODY}${tail}`).truncated

describe('a page cut off', () => {
  it('ends on a paragraph without its full stop', () => {
    expect(truncated('\n\nThe library will keep its reading room open until the books have been moved to the leisure')).toBe(true)
  })

  it("ends on a teaser's summary without its full stop", () => {
    expect(truncated('\n\nRead more\n\nLeisure centre to stay open later\n\nThe centre will open until ten on weekdays from March, the council said on Monday, and the pool')).toBe(true)
  })
})

describe('a whole page', () => {
  it('ends on a full stop', () => {
    expect(truncated('')).toBe(false)
  })

  it("ends on the site's slogan or a footer line, which are no sentences of the article", () => {
    expect(truncated('\n\n© 2024 Ashby Echo\nAshby Echo is the home of local news for the whole valley')).toBe(false)
  })
})
