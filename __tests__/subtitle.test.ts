import {parseArticle} from '../src/index.js'

const BODY = `The Aldor glacier lost about 21 percent of its ice volume between 2013 and 2023, according to a survey published on Thursday by the university.

The team measured the glacier's thickness with ground radar at 400 points and compared the results with an aerial survey from a decade ago.`

/** The subtitle read from a page whose title block is `header`, and whether the body is exactly BODY. */
function read(header: string): {subtitle: string | null; bodyIntact: boolean} {
  const article = parseArticle(`${header}\n\n${BODY}`)
  return {subtitle: article.subtitle, bodyIntact: JSON.stringify(article.body) === JSON.stringify(BODY.split('\n\n'))}
}

describe('the standfirst', () => {
  it('is the sentence between the headline and the byline', () => {
    const dek = 'Researchers say the shrinking glacier could split in two before 2040, threatening summer water for three valleys'
    expect(read(`Glacier Lost a Fifth of Its Ice in Ten Years\n\n${dek}\n\nBy Karin Holm | September 21, 2023`)).toEqual({subtitle: dek, bodyIntact: true})
  })

  it('may sit under the byline and date', () => {
    const dek = 'Researchers say the shrinking glacier could split in two before 2040'
    const header = `Glacier lost a fifth of its ice in ten years\n\nBy Karin Holm\n1:39 PM ET\n\n${dek}\n\nShare\nTweet`
    expect(read(header)).toEqual({subtitle: dek, bodyIntact: true})
  })

  it('may end on a preposition, as a sentence may; a few words stopping on one are a fragment', () => {
    const dek = 'Three reasons the glacier is melting faster, and one fix nobody wants to pay for'
    expect(read(`Glacier lost a fifth of its ice in ten years\n\n${dek}\n\nBy Karin Holm | September 21, 2023`)).toEqual({subtitle: dek, bodyIntact: true})
    const fragment = 'Photographs of the glacier taken from the'
    expect(read(`Glacier lost a fifth of its ice in ten years\n\n${fragment}\n\nBy Karin Holm | September 21, 2023`).subtitle).toBeNull()
  })

  it('is not the date line under the headline, with the site before its label', () => {
    const dek = 'Researchers say the shrinking glacier could split in two before 2040.'
    // The date prefix dates the page, so the date line is left to the stages after the date's.
    const header = ` date 2026-01-17 Glacier lost a fifth of its ice in ten years\n\nLe Réveil Atlantique Publié le 17/01/2026 à 14h32\n\n${dek}\n\nBy Karin Holm`
    expect(read(header).subtitle).toBe(dek)
  })

  it('is not the first of the key points the article lists under its title', () => {
    const header = `Glacier lost a fifth of its ice in ten years\n\nBy Karin Holm\n\nKey points\nThe glacier lost about 21 percent of its ice volume in a decade\nIt could split in two before 2040`
    expect(read(header).subtitle).toBeNull()
  })

  it('is not the first item of a list right under the headline', () => {
    const header = `Glacier lost a fifth of its ice in ten years\n\n+ The glacier lost about 21 percent of its ice volume in a decade\n+ It could split in two before 2040`
    expect(read(header).subtitle).toBeNull()
  })

  it('is not a row of fields under the headline', () => {
    const header = `Glacier walks for beginners\n\nServes 4 · Takes 3 hours · Easy\n\nBy Karin Holm`
    expect(read(header).subtitle).toBeNull()
  })

  it('is never the first paragraph', () => {
    expect(read('Glacier lost a fifth of its ice in ten years\n\nBy Karin Holm')).toEqual({subtitle: null, bodyIntact: true})
  })

  it('may sit above a picture when the byline comes after it', () => {
    const dek = 'Researchers say the shrinking glacier could split in two before 2040'
    const header = `Glacier lost a fifth of its ice in ten years\n\n${dek}\n\nImage copyright Karin Holm\n\nBy Karin Holm\n21 September 2023`
    expect(read(header)).toEqual({subtitle: dek, bodyIntact: true})
  })

  it('is not the lede above the first picture, under the byline and date', () => {
    const lede = 'A glacier in the Aldor range has lost a fifth of its ice in ten years, scientists said on Thursday.'
    const article = parseArticle(`Glacier lost a fifth of its ice in ten years\n\nBy Karin Holm\n21 September 2023\n\n${lede}\n\nImage copyright Karin Holm\nImage caption The glacier's tongue in 2013\n\n${BODY}`)
    expect(article.subtitle).toBeNull()
    expect(article.body[0]).toBe(lede)
  })

  it("is not the lede above an advertisement's label", () => {
    const lede = 'A glacier in the Aldor range has lost a fifth of its ice in ten years, scientists said on Thursday.'
    const article = parseArticle(`Glacier lost a fifth of its ice in ten years\n\nBy Karin Holm\n21 September 2023\n\n${lede}\n\nAd\n\n${BODY}`)
    expect(article.subtitle).toBeNull()
    expect(article.body[0]).toBe(lede)
  })

  it('is not the dateline of a wire story', () => {
    const lede = 'GENEVA (Reuters) - The glacier lost about a fifth of its ice in ten years, a survey said on Thursday.'
    const article = parseArticle(`Glacier lost a fifth of its ice in ten years\n\n${lede}\n\n${BODY}`)
    expect(article.subtitle).toBeNull()
    expect(article.body[0]).toBe(lede)
  })

  it("is not a video's title or a line of tags", () => {
    const video = parseArticle(`Glacier lost a fifth of its ice in ten years

The researchers who walk the glacier every summer
Your video will play in 00:25

${BODY}`)
    expect(video.subtitle).toBeNull()
    const tags = parseArticle(`Glacier lost a fifth of its ice in ten years\n\nTopics: glaciers, climate, water supply, Valmont Range\n\n${BODY}`)
    expect(tags.subtitle).toBeNull()
  })
})
