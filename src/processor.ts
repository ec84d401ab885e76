/**
 * THE pipeline. Reading it top to bottom explains the program: the page is
 * tokenised once by retext-english, then each stage labels some lines and
 * writes one field onto `file.data`. A line belongs to the first stage that
 * claims it, so the order below is also the order of precedence.
 */
import {unified} from 'unified'
import body from './plugins/body.js'
import byline from './plugins/byline.js'
import chrome from './plugins/chrome.js'
import date from './plugins/date.js'
import headerEnd from './plugins/header-end.js'
import headline from './plugins/headline.js'
import images from './plugins/images.js'
import lineFeatures from './plugins/line-features.js'
import people from './plugins/people.js'
import quotes from './plugins/quotes.js'
import related, {relatedRuns} from './plugins/related.js'
import site from './plugins/site.js'
import subtitle from './plugins/subtitle.js'
import tokenise from './plugins/tokenise.js'
import truncation from './plugins/truncation.js'
import zones from './plugins/zones.js'

export function createProcessor() {
  return unified()
    .use(tokenise) //       text → sentences and words (retext-english)
    .use(lineFeatures) //   lines, with word, stopword and capital counts
    .use(chrome) //         share buttons, appeals, footers; teaser-list headings
    .use(images) //         photo credits and captions                      → images
    .use(related) //        teaser lists under headings, inline teasers     → related
    .use(zones) //          header · body · tail, by where the prose is
    .use(headline) //       the best title line above the body              → headline
    .use(byline) //         "By …" near the headline                        → byline, authors, agencies
    .use(date) //           the date prefix, or the date printed up top     → date
    .use(headerEnd) //      the body starts below the headline and byline
    .use(subtitle) //       the standfirst under the headline               → subtitle
    .use(relatedRuns) //    runs of teaser titles above and below the body  → related
    .use(body) //           the paragraphs of the body zone                 → body
    .use(site) //           every place the page names its publisher        → site
    .use(people) //         names in the body, clustered by surname         → people
    .use(quotes) //         quote marks, cue verbs, speakers                → quotes
    .use(truncation) //     does the page end mid-sentence?                 → truncated
    .freeze()
}
