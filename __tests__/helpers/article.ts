/** An article with every field filled in, written for the format tests (invented people and places). */
import type {Article} from '../../src/article.js'

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    date: '2024-03-04',
    site: 'Coastal Courier',
    headline: 'Port city rations water as drought enters third year',
    subtitle: 'Taps in most districts will run three days a week',
    byline: 'By Amara Okafor, Reuters',
    authors: ['Amara Okafor'],
    agencies: ['Reuters'],
    images: [{caption: 'A queue at a water kiosk', credit: 'Jomo Mwangi / Reuters'}],
    body: [
      'Authorities in Mombasa began rationing tap water on Monday.',
      '"We have no choice but to share what little we have," Halima Odhiambo told reporters.',
      'The rains are due in April.'
    ],
    quotes: [
      {
        text: 'We have no choice but to share what little we have',
        speaker: 'Halima Odhiambo',
        cue: 'told',
        addressee: 'reporters',
        paragraph: 1,
        partial: false
      }
    ],
    people: [{name: 'Halima Odhiambo', role: null, mentions: 1}],
    related: [{kicker: 'Analysis', headline: 'Why the coast keeps running dry', summary: 'Three decades of pipes.', author: 'Lena Marsh', readingMinutes: 5}],
    truncated: false,
    source: 'pages/mombasa.txt',
    warnings: [],
    ...overrides
  }
}
