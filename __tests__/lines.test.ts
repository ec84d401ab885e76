/**
 * The line-features stage (what every classifier counts on a line) and the
 * body stage (the paragraphs of the body zone).
 */
import type {Line} from '../src/data.js'
import {parseArticle, runStages} from '../src/index.js'

/** The features of each non-blank line of a text, without the line's index and neighbours. */
function featuresOf(text: string): Array<Omit<Line, 'index' | 'blankBefore' | 'blankAfter'>> {
  return (runStages(text).data.lines ?? [])
    .filter((line) => line.text !== '')
    .map(({text, words, stopwords, capitalised, numeric, cjk, sentenceStarts}) => ({text, words, stopwords, capitalised, numeric, cjk, sentenceStarts}))
}

describe('line features', () => {
  it('counts words, stopwords, capitals, numbers, CJK characters and sentence starts', () => {
    const text = 'Council Votes to Close Ashby Library\n\nThe council sat on 6 March. It voted 23 to 19 to close the library!\n\n社区图书馆年底关闭。市议会周三投票。\n\nShare\n3 comments'
    expect(featuresOf(text)).toEqual([
      {text: 'Council Votes to Close Ashby Library', words: 6, stopwords: 1, capitalised: 5, numeric: 0, cjk: 0, sentenceStarts: [0]},
      {text: 'The council sat on 6 March. It voted 23 to 19 to close the library!', words: 15, stopwords: 6, capitalised: 3, numeric: 3, cjk: 0, sentenceStarts: [0, 28]},
      {text: '社区图书馆年底关闭。市议会周三投票。', words: 2, stopwords: 0, capitalised: 0, numeric: 0, cjk: 16, sentenceStarts: [0]},
      {text: 'Share', words: 1, stopwords: 0, capitalised: 1, numeric: 0, cjk: 0, sentenceStarts: [0]},
      {text: '3 comments', words: 2, stopwords: 0, capitalised: 0, numeric: 1, cjk: 0, sentenceStarts: []}
    ])
  })

  it('marks the lines that open and close a paragraph-level block', () => {
    const lines = runStages('Share\nTweet\n\nThe council sat on 6 March.').data.lines ?? []
    expect(lines.map(({blankBefore, blankAfter}) => [blankBefore, blankAfter])).toEqual([
      [true, false],
      [false, true],
      [false, false],
      [true, true]
    ])
  })
})

describe('the body', () => {
  const page = `Council votes to close Ashby library

By Nia Rowlands

Ashby's district council voted on Wednesday night to close the town's library at the end of the year and move its books to a room in the leisure centre.

Councillors said the building needed repairs that would cost more than the library's budget for the next ten years, and that the new room would open for longer hours.

What happens next

The books will be moved over the Christmas closure, and the council says the new room will open on the second of January with these services:

Computers for public use
A children's corner
Audio

Sign up for The Ashby Briefing
Our editors pick the five stories you need each morning, with the weather and the traffic.
Enter your email address

Campaigners who have fought the closure since the spring said they would ask for the decision to be reviewed by the county council's scrutiny committee.

The committee meets next in April.`

  it('keeps subheadings and list items, and leaves out one-word labels and the blurb of a newsletter box', () => {
    expect(parseArticle(page).body).toEqual([
      "Ashby's district council voted on Wednesday night to close the town's library at the end of the year and move its books to a room in the leisure centre.",
      "Councillors said the building needed repairs that would cost more than the library's budget for the next ten years, and that the new room would open for longer hours.",
      'What happens next',
      'The books will be moved over the Christmas closure, and the council says the new room will open on the second of January with these services:',
      'Computers for public use',
      "A children's corner",
      "Campaigners who have fought the closure since the spring said they would ask for the decision to be reviewed by the county council's scrutiny committee.",
      'The committee meets next in April.'
    ])
  })

  it('records the line of each paragraph and labels it body', () => {
    const file = runStages(page)
    const bodyLines = file.data.bodyLines ?? []
    expect(bodyLines).toEqual([4, 6, 8, 10, 12, 13, 20, 22])
    expect(new Set(bodyLines.map((index) => file.data.roles?.[index]?.label))).toEqual(new Set(['body']))
  })

  it('warns when there is no body', () => {
    const article = parseArticle('Home\nNews\nSport\n\nPrivacy Policy')
    expect([article.body, article.warnings.map((warning) => warning.rule)]).toEqual([[], ['no-body']])
  })
})
