/**
 * The zones stage (header · body · tail, by where the prose is) and the
 * header-end stage (the body starts below the headline and byline).
 */
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Zones} from '../src/data.js'
import {runStages} from '../src/index.js'
import chrome from '../src/plugins/chrome.js'
import images from '../src/plugins/images.js'
import lineFeatures from '../src/plugins/line-features.js'
import related from '../src/plugins/related.js'
import tokenise from '../src/plugins/tokenise.js'
import zones from '../src/plugins/zones.js'
import {normaliseText} from '../src/text/normalise.js'

/** The stages up to and including zones, without the header-end stage after them. */
const upToZones = unified().use(tokenise).use(lineFeatures).use(chrome).use(images).use(related).use(zones).freeze()

/** The first and last non-blank lines of a zone. */
function ends(file: VFile, {bodyStart, bodyEnd}: Zones): [string | undefined, string | undefined] {
  const inside = (file.data.lines ?? []).slice(bodyStart, bodyEnd).filter((line) => line.text !== '')
  return [inside[0]?.text, inside.at(-1)?.text]
}

/** The body zone as the zones stage leaves it. */
function zoneOf(text: string): [string | undefined, string | undefined] {
  const file = new VFile(normaliseText(text).text)
  upToZones.runSync(upToZones.parse(file), file)
  return ends(file, file.data.zones ?? {bodyStart: 0, bodyEnd: 0})
}

/** The body zone once the header's end has been found: what the body stage reads. */
function bodyZoneOf(text: string): [string | undefined, string | undefined] {
  const file = runStages(text)
  return ends(file, file.data.zones ?? {bodyStart: 0, bodyEnd: 0})
}

const FIRST = 'The ferry linking the old harbour with the island of Skarholm will carry passengers again from next month, the regional transport authority said on Monday.'
const LAST = 'A new operator has leased two boats from a company in the north and will run eight crossings a day in summer and four in winter.'
const ARTICLE = `${FIRST}

The service was suspended two years ago when the last of its three boats failed a safety inspection and the operator went into administration.

${LAST}`

const HEADER = `Home
World
Business
Sport
Culture

Harbour ferry service to resume after two-year pause

By Ilse Varga`

describe('the body zone', () => {
  it('is the run of prose, with the menus above it and the footer below it left out', () => {
    const page = `${HEADER}\n\n${ARTICLE}\n\nPrivacy Policy\nTerms of Use\n© 2024 Harbour Gazette Ltd. All rights reserved.`
    expect(zoneOf(page)).toEqual([FIRST, LAST])
  })

  it('keeps a short closing paragraph, but not the buttons after it', () => {
    const page = `${HEADER}\n\n${ARTICLE}\n\nThanks for reading.\n\nShare\nTweet\n\nPrivacy Policy`
    expect(zoneOf(page)).toEqual([FIRST, 'Thanks for reading.'])
  })

  it('starts below a quoted title over it, which is no running text', () => {
    const page = `${HEADER}\n\nInterview\n\nSkarholm : «Without the ferry the island empties every winter»\n\nBy Ada Finch\n\n${ARTICLE}`
    expect(zoneOf(page)).toEqual([FIRST, LAST])
  })

  it.each([
    ['Russian', 'Более 40 тысяч жителей Заречинска остались без отопления после аварии на магистральной теплотрассе в ночь на среду.', '«Трубы не меняли с 1978 года, их износ превышает 80 процентов», — отметил директор водоканала Сергей Мартыненко.'],
    ['Polish', 'W nocy z poniedziałku na wtorek w Kresnowie wybuchł pożar hali magazynowej firmy logistycznej przy ulicy Przemysłowej.', 'Z ogniem walczyło ponad 30 zastępów straży pożarnej, a mieszkańcy dostali ostrzeżenie przed zadymieniem.'],
    ['Indonesian', 'Akibatnya, sekitar 3.400 warga di tujuh desa terisolasi karena jembatan sepanjang 60 meter itu merupakan satu-satunya akses.', 'Ia menambahkan, tidak ada korban jiwa dalam peristiwa itu, namun satu sepeda motor hanyut terbawa arus sungai.'],
    ['Arabic', 'قالت الحكومة في بيان يوم الثلاثاء إن الخطة الجديدة للنقل العام ستبدأ في الربيع المقبل بعد سنوات من التأخير.', 'وأضاف الوزير أن المشروع سيكلف نحو مليار دولار وسيخدم أكثر من مليون راكب يوميا عند اكتماله في عام 2028.'],
    ['Hindi', 'नगर निगम ने मंगलवार को कहा कि शहर में नई बस सेवा अगले महीने से शुरू होगी और इससे हजारों यात्रियों को लाभ मिलेगा।', 'अधिकारियों के अनुसार इस योजना पर लगभग सौ करोड़ रुपये खर्च होंगे और यह दो साल में पूरी हो जाएगी।'],
    ['Vietnamese', 'Chính quyền thành phố cho biết vào thứ Ba rằng tuyến xe buýt mới sẽ bắt đầu hoạt động từ tháng sau và phục vụ hàng nghìn người.', 'Theo các quan chức, dự án này có chi phí khoảng một trăm tỷ đồng và sẽ được hoàn thành trong hai năm tới.'],
    ['Swedish', 'Kommunen har beslutat att stänga biblioteket i Ashby och flytta böckerna till fritidsgården från och med januari.', 'Det är inte första gången som biblioteket hotas av nedläggning, och många invånare har protesterat mot planen.']
  ])('is found in %s, by the function words of its prose', (_language, first, last) => {
    expect(zoneOf(`${HEADER}\n\n${first}\n\n${last}\n\nPrivacy Policy`)).toEqual([first, last])
  })

  it('is empty on a page without prose', () => {
    expect(zoneOf('Home\nWorld\nBusiness\n\nPrivacy Policy')).toEqual([undefined, undefined])
  })
})

describe('a comments section', () => {
  const post = `Why I stopped digging my beds

Posted on March 9, 2017 by Rowan Pettifer

For twenty years I turned over every bed on the plot each autumn, because that is what my father did and what the old hands on the site told me to do.

Three winters ago I stopped, after reading about how digging breaks up the fungal threads that carry water and food between the roots of plants.

The potatoes were the best I have grown.`
  const form = 'Leave a Reply\nYour email address will not be published. Required fields are marked *\nComment *\nName *\nEmail *'

  it('ends the body where "Leave a Reply" opens it', () => {
    expect(zoneOf(`${post}\n\n${form}`)[1]).toBe('The potatoes were the best I have grown.')
  })

  it("ends the body at a press release's ENDS, before the notes to editors", () => {
    const notes = 'ENDS\n\nNotes to editors\n\n1. The coast road carries around 6,000 vehicles a day.\n2. The plan was approved at the cabinet meeting on 11 March 2025.'
    expect(zoneOf(`${post}\n\n${notes}`)[1]).toBe('The potatoes were the best I have grown.')
  })

  it('ends the body at "There are 13 comments"', () => {
    const comments = 'There are 13 comments\n\nMargot Ellery · March 10, 2017 at 6:16 PM\nSame here, it works.\n\nRowan Pettifer · March 10, 2017 at 8:02 PM\nThanks, Margot!'
    expect(zoneOf(`${post}\n\n${comments}\n\n${form}`)[1]).toBe('The potatoes were the best I have grown.')
  })

  it('ends the body at a comment count with the fields of a comment form under it', () => {
    const drupal = `View comments (2)

Your name *
Comment *
Allowed HTML tags: <em> <strong> <blockquote>
Lines and paragraphs break automatically.
Leave this field blank

Anonymous

I have done the same for five years now and my clay soil is much easier to work than it used to be, even in a wet spring like this one, and the worms are back.

Margot

Clay was what worried me most when I started, because everyone says it needs breaking up every year, but the beds drain better now than they ever did when I dug them.`
    expect(zoneOf(`${post}\n\n${drupal}`)[1]).toBe('The potatoes were the best I have grown.')
  })

  it('keeps the article under a comment counter in its header, however like a comment its byline looks', () => {
    const page = `Why I stopped digging my beds

Twenty years of turning the soil every autumn, and what happened when I stopped.

12 Comments
Rowan Pettifer · March 9, 2017 at 8:02 AM

${post.split('\n\n').slice(2).join('\n\n')}`
    expect(zoneOf(page)[1]).toBe('The potatoes were the best I have grown.')
  })

  it("ends the body at a comment count over a commenter's name with the stamp under it", () => {
    const comments = `6 thoughts on “Why I stopped digging my beds”

Margot Ellery

March 10, 2017 at 6:16 pm

I have done the same for five years now and my clay soil is much easier to work than it used to be, even in a wet spring like this one, and the worms are back.

Reply

Rowan Pettifer

March 10, 2017 at 8:02 pm

That is good to hear, Margot. Clay was what worried me most when I started, because everyone says it needs breaking up every year, but the beds drain better now.`
    expect(zoneOf(`${post}\n\n${comments}`)[1]).toBe('The potatoes were the best I have grown.')
  })

  // Comments of a few sentences each outweigh the cost of crossing the comments heading: a comment's stamp under it ends the body.
  it('ends the body however long the comments under it are', () => {
    const comments = `There are 13 comments

Margot Ellery · March 10, 2017 at 6:16 PM
I have done the same for five years now and my clay soil is much easier to work than it used to be, even in a wet spring like this one.
Reply

Rowan Pettifer · March 10, 2017 at 8:02 PM
That is good to hear, Margot. Clay was what worried me most when I started, because everyone says it needs breaking up every year.
Reply`
    expect(zoneOf(`${post}\n\n${comments}\n\n${form}`)[1]).toBe('The potatoes were the best I have grown.')
  })
})

describe('a list', () => {
  it('counts its items of three words or more as text, so a post that is mostly a list keeps it', () => {
    const changelog = `Harbour app 2.0 is out

The new version of the harbour app is in the stores today. Here is everything that changed since the last release.

+ Added live departure times for every ferry
+ Added a map of the car park with free spaces
+ Tickets can now be bought for a whole family
+ Fixed a crash when opening the timetable offline
+ Fixed the wrong time zone on the return journey

Thanks to everyone who sent us their ideas and reports.`
    expect(zoneOf(changelog)).toEqual([
      'The new version of the harbour app is in the stores today. Here is everything that changed since the last release.',
      'Thanks to everyone who sent us their ideas and reports.'
    ])
  })

  it('counts a menu of bulleted words against the text', () => {
    expect(zoneOf(`• Home\n• News\n• Sport\n• Weather\n\n${ARTICLE}`)[0]).toBe(FIRST)
  })
})

describe('a second article loaded under the first', () => {
  const next = `Fishing fleet moves to the eastern basin as dredging begins

By Marta Kowal

March 3, 2025

The town's fishing fleet will tie up in the eastern basin for the next three months while contractors dredge the inner harbour.

Skippers said the move would add twenty minutes to every landing, but accepted that the work was overdue.`

  it('ends the body at "Next article" over a title and a byline', () => {
    expect(zoneOf(`${HEADER}\n\n${ARTICLE}\n\nNext article\n\n${next}`)[1]).toBe(LAST)
  })

  it('is read on without the marker, as the articles of a weekly edition are', () => {
    expect(zoneOf(`${HEADER}\n\n${ARTICLE}\n\n${next}`)[1]).toBe('Skippers said the move would add twenty minutes to every landing, but accepted that the work was overdue.')
  })
})

describe('the end of the header', () => {
  const page = `Storm leaves towpath blocked for a week

Engineers must inspect a collapsed wall before walkers and cyclists can use the two-mile stretch again.

By Carys Wynne
Published 12 March 2024

Fallen trees and a collapsed wall have closed a two-mile stretch of the canal towpath between Lower Brenton and Ashby Bridge, the waterways trust said on Tuesday.

The trust expects the path to reopen next week.`

  it('moves the start of the body below a byline and date inside the first run of prose', () => {
    // The standfirst is prose, so the zone starts there; the byline and date under it end the header.
    expect(zoneOf(page)[0]).toBe('Engineers must inspect a collapsed wall before walkers and cyclists can use the two-mile stretch again.')
    expect(bodyZoneOf(page)).toEqual([
      'Fallen trees and a collapsed wall have closed a two-mile stretch of the canal towpath between Lower Brenton and Ashby Bridge, the waterways trust said on Tuesday.',
      'The trust expects the path to reopen next week.'
    ])
  })

  it('moves it below the dates and buttons set in one block with the byline', () => {
    const german = page.replace('By Carys Wynne\nPublished 12 March 2024', 'Von Carys Wynne\n12.03.2024, 18.47 Uhr • 5 Min\nAktualisiert: 13.03.2024, 09:10 Uhr\nZur Merkliste hinzufügen\nArtikel teilen')
    expect(bodyZoneOf(german)[0]).toBe('Fallen trees and a collapsed wall have closed a two-mile stretch of the canal towpath between Lower Brenton and Ashby Bridge, the waterways trust said on Tuesday.')
    // A paragraph in the same block is the body's, however short.
    const glued = page.replace('Published 12 March 2024', 'Published 12 March 2024\nThe path is shut.')
    expect(bodyZoneOf(glued)[0]).toBe('The path is shut.')
  })

  it('moves it up to the paragraphs above a box of related articles in the body', () => {
    const opening = 'Island Hearts star Kenzie Marlowe has broken her silence on her split from footballer Dean Ashcroft, saying the news left her completely floored.'
    const box = "RELATED ARTICLES\nPrevious\n1\nNext\nIsland Hearts villain Leon Marsh insists he never lied to get...\nShare this article"
    const tabloid = `${HEADER}\n\n${opening}\n\n${box}\n\n${ARTICLE}`
    expect(bodyZoneOf(tabloid)).toEqual([opening, LAST])
    // Paragraphs under a second list's heading are among the teasers.
    expect(bodyZoneOf(`${HEADER}\n\nMost read\n\n${opening}\n\n${box}\n\n${ARTICLE}`)).toEqual([FIRST, LAST])
  })

  it('leaves the start alone when the header is above the prose', () => {
    const page = `${HEADER}\n\n${ARTICLE}`
    expect(bodyZoneOf(page)).toEqual(zoneOf(page))
  })

  it('moves the start of the body up to the list under "Key points" between the byline and the prose', () => {
    const live = `Towpath closures live: canal trust shuts two stretches after storm

By Carys Wynne

Key points

Two miles of towpath closed at Lower Brenton
Ashby Bridge lock out of use until Friday

${FIRST}`
    expect(zoneOf(live)[0]).toBe(FIRST)
    expect(bodyZoneOf(live)[0]).toBe('Two miles of towpath closed at Lower Brenton')
    // Without the heading, the same short lines are no body of the article.
    expect(bodyZoneOf(live.replace('Key points\n\n', ''))[0]).toBe(FIRST)
  })
})
