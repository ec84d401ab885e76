import {parseArticle} from '../src/index.js'

const BODY = `The Aldor glacier lost about 21 percent of its ice volume between 2013 and 2023, according to a survey published on Thursday by the university.

The team measured the glacier's thickness with ground radar at 400 points and compared the results with an aerial survey from a decade ago.`

describe('the standfirst', () => {
  it('is the sentence between the headline and the byline', () => {
    const article = parseArticle(`Glacier Lost a Fifth of Its Ice in Ten Years

Researchers say the shrinking glacier could split in two before 2040, threatening summer water for three valleys

By Karin Holm | September 21, 2023

${BODY}`)
    expect(article.subtitle).toBe('Researchers say the shrinking glacier could split in two before 2040, threatening summer water for three valleys')
    expect(article.body).toEqual(BODY.split('\n\n'))
  })

  it('may sit under the byline and date', () => {
    const article = parseArticle(`Glacier lost a fifth of its ice in ten years

By Karin Holm
1:39 PM ET

Researchers say the shrinking glacier could split in two before 2040

Share
Tweet

${BODY}`)
    expect(article.subtitle).toBe('Researchers say the shrinking glacier could split in two before 2040')
    expect(article.body).toEqual(BODY.split('\n\n'))
  })

  it('is never the first paragraph', () => {
    const article = parseArticle(`Glacier lost a fifth of its ice in ten years

By Karin Holm

${BODY}`)
    expect(article.subtitle).toBeNull()
    expect(article.body).toEqual(BODY.split('\n\n'))
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
