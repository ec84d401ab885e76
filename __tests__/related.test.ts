import {VFile} from 'vfile'
import type {Line} from '../src/data.js'
import related from '../src/plugins/related.js'
import {parseArticle, runStages} from '../src/index.js'
import {isInlineHeadline} from '../src/text/teasers.js'

/** An article of four paragraphs, with `before` above the headline and `after` below the body. */
function page(after: string, before = ''): string {
  return `${before}

Harbour Board Approves New Ferry Terminal

By Ines Varga

The harbour board approved plans for a new ferry terminal on Tuesday after two years of consultation with residents and operators.

The terminal will replace the old quay, which has been closed to passenger ships since the storm damage of last winter.

Board chair Lorenz Abel said building work would start in the spring and take about eighteen months to finish.

Residents' groups said they would watch closely how the works affect traffic on the coast road.

${after}`
}

const headlines = (text: string) => parseArticle(text).related.map((teaser) => teaser.headline)

describe('teaser lists under a heading', () => {
  it('reads cards with kicker, summary, columnist and reading time', () => {
    const article = parseArticle(
      page(`Read more

ferries

Island Route Gets Second Boat for Summer

The operator will add sailings on weekends from June.
4 Min read
opinion Carla Mendes

The Coast Road Cannot Take More Lorries

Every new quay brings traffic that the old road was never built for.
Temps de lecture 3 min.`)
    )
    expect(article.related).toEqual([
      {kicker: 'ferries', headline: 'Island Route Gets Second Boat for Summer', summary: 'The operator will add sailings on weekends from June.', author: null, readingMinutes: 4},
      {kicker: 'opinion', headline: 'The Coast Road Cannot Take More Lorries', summary: 'Every new quay brings traffic that the old road was never built for.', author: 'Carla Mendes', readingMinutes: 3}
    ])
  })

  it('reads a sentence right under a card\'s date as its summary', () => {
    const article = parseArticle(
      page(`Related Articles

FERRIES
Island route gets a second boat for the summer season
March 2, 2027
The operator will add sailings on weekends and holidays from the first of June.

ROADS
Coast road repairs to start after the Easter holidays
February 18, 2027
The council has set aside money for resurfacing the worst stretch near the quay.`)
    )
    expect(article.related.map(({kicker, headline, summary}) => [kicker, headline, summary])).toEqual([
      ['FERRIES', 'Island route gets a second boat for the summer season', 'The operator will add sailings on weekends and holidays from the first of June.'],
      ['ROADS', 'Coast road repairs to start after the Easter holidays', 'The council has set aside money for resurfacing the worst stretch near the quay.']
    ])
  })

  it('reads titles set apart as cards when the last has no summary, though one is longer than the one above', () => {
    const article = parseArticle(
      page(`Read more

Ferry terminal plans go on show

Harbour board sets aside more money for the coast road repairs

Fishing fleet moves to the eastern basin`)
    )
    expect(article.related.map(({headline, summary}) => [headline, summary])).toEqual([
      ['Ferry terminal plans go on show', null],
      ['Harbour board sets aside more money for the coast road repairs', null],
      ['Fishing fleet moves to the eastern basin', null]
    ])
  })

  it("keeps a teaser's byline and date away from the article", () => {
    const article = parseArticle(`Harbour Board Approves New Ferry Terminal

The harbour board approved plans for a new ferry terminal on Tuesday after two years of consultation with residents and operators.

The terminal will replace the old quay, which has been closed to passenger ships since the storm damage of last winter.

Related stories

Fishing Fleet Moves to the Eastern Basin
By Marta Kowal
March 3, 2021`)
    expect(article.related.map(({headline, author}) => ({headline, author}))).toEqual([{headline: 'Fishing Fleet Moves to the Eastern Basin', author: 'Marta Kowal'}])
    expect(article.byline).toBeNull()
    expect(article.authors).toEqual([])
    expect(article.date).toBeNull()
  })

  it('drops the places of a ranked list but keeps a number that belongs to a headline', () => {
    expect(headlines(page('Most read\n\n1 Lighthouse to reopen for visitors\n2 Quay cafe wins award\n3 Pilot boat renamed after lost skipper'))).toEqual([
      'Lighthouse to reopen for visitors',
      'Quay cafe wins award',
      'Pilot boat renamed after lost skipper'
    ])
    expect(headlines(page('Related\n\n10 Walks Along the Old Harbour Wall\nHow the Port Survived the Great Storm'))).toEqual([
      '10 Walks Along the Old Harbour Wall',
      'How the Port Survived the Great Storm'
    ])
  })

  it('leaves out a link back to the article itself', () => {
    expect(headlines(page('Most popular\n\nHarbour Board Approves New Ferry Terminal\nQuay cafe wins a national award'))).toEqual(['Quay cafe wins a national award'])
  })

  it('claims a sponsored widget as chrome and reports none of it', () => {
    const text = page('Promoted Links\n\nThis Simple Trick Cuts Your Energy Bill in Half\nUndo\nDoctors Amazed by New Knee Pain Remedy\nUndo')
    const file = runStages(text)
    expect(file.data.related).toEqual([])
    expect(parseArticle(text).body).toHaveLength(4)
    const widget = (file.data.lines ?? []).filter((line) => line.text !== '').slice(-5)
    expect(widget.map((line) => file.data.roles?.[line.index])).toEqual([
      {label: 'chrome', rule: 'sponsored'},
      {label: 'chrome', rule: 'sponsored-teaser'},
      {label: 'chrome', rule: 'share'},
      {label: 'chrome', rule: 'sponsored-teaser'},
      {label: 'chrome', rule: 'share'}
    ])
  })
})

describe('what a list under a heading holds', () => {
  it('reads items set line by line that run on into their summary, the first set off from the heading', () => {
    const list = `Related coverage

Ferry fares to rise by four percent in April The operator blames the price of fuel and the new harbour dues.
Harbour museum opens new gallery on shipwrecks Two hundred objects raised from the bay go on show this summer.
Council rejects plan for marina flats The east pier will stay open to the fishing fleet, councillors decided.`
    expect(headlines(page(list))).toEqual(list.split('\n').slice(2))
  })

  it('reads a headline that ends in a full stop where the next card is due', () => {
    const list = `More from the Coast Desk

Ferry Fares to Rise by Four Percent in April
Mara Lind in Harbour Notes
The Quay Is Closed. Here Is Where to Park.
Tomas Berg in Island Life
Coastguard Rescues Three Kayakers off Gull Point
Ana Ruiz in Harbour Notes`
    expect(headlines(page(list))).toEqual(['Ferry Fares to Rise by Four Percent in April', 'The Quay Is Closed. Here Is Where to Park.', 'Coastguard Rescues Three Kayakers off Gull Point'])
  })

  it('reads a headline that opens with a name written in lower case', () => {
    expect(headlines(page('Most read\n\nFerry Operator Orders Two Electric Boats for the Island Route\niPhone app shows ferry delays in real time'))).toEqual([
      'Ferry Operator Orders Two Electric Boats for the Island Route',
      'iPhone app shows ferry delays in real time'
    ])
  })

  it('ends at a sidebar of recent comments, which lists no teasers', () => {
    const sidebar = `Recent Posts

Ferry fares to rise by four percent in April
Harbour museum opens new gallery on shipwrecks

Recent Comments

Mara Lind on Ferry fares to rise by four percent in April
Tomas Berg on Harbour museum opens new gallery on shipwrecks
Ana Ruiz on Council rejects plan for marina flats on the east pier`
    expect(headlines(page(sidebar))).toEqual(['Ferry fares to rise by four percent in April', 'Harbour museum opens new gallery on shipwrecks'])
  })

  it("reads a title that ends on a phrasal verb's particle or its source's verb, and no button or title cut short", () => {
    const list = `Read next

Ferry talks drag on

Read on

What the island's fishermen have been waiting for

Ferry fares to rise again, report says

Harbour board to publish the results of the`
    expect(headlines(page(list))).toEqual(['Ferry talks drag on', "What the island's fishermen have been waiting for", 'Ferry fares to rise again, report says'])
  })

  it("reads no teasers in the article's own list under a heading such as \"Key points\", and reads them again after it", () => {
    const keyPoints = `Key points
Board approves the terminal after two years of consultation
Work starts in the spring and takes eighteen months
The old quay stays closed to passenger ships`
    const readMore = `Read more

Island route gets a second boat for the summer season

Coast road to close for three weekends in March`
    expect(headlines(page('', keyPoints))).toEqual([])
    expect(headlines(page(`${keyPoints}\n\n${readMore}`))).toEqual(['Island route gets a second boat for the summer season', 'Coast road to close for three weekends in March'])
  })

  it('reads a title that ends on a compound noun whose last part is a particle', () => {
    const list = `More from Culture

Book festival announces its autumn line-up

Council orders a follow-up on the harbour wall

Museum confirms the spring sell-out`
    expect(headlines(page(list))).toEqual(['Book festival announces its autumn line-up', 'Council orders a follow-up on the harbour wall', 'Museum confirms the spring sell-out'])
  })

  it('reads a list whose first card sits under a tab and a label, and no menu under a heading', () => {
    const tabbed = `Most viewed

World
Live
Harbour strike live: latest updates
Storm warning issued for the whole west coast
Ferry operator orders two electric boats`
    expect(headlines(page(tabbed))).toEqual(tabbed.split('\n').slice(4))
    expect(headlines(page('Most viewed\n\nWorld\nSport\nCulture\nWeather'))).toEqual([])
  })

  it("reads a card's author as a name alone under its title, and a line printed twice as one", () => {
    const article = parseArticle(
      page(`More from Ines Varga

How the island ferry fleet grew old
Ines Varga
Ines Varga
in
Harbour Weekly
Jan 12, 2024
5 min read

The case for a second harbour crane
Tom Hart
Tom Hart
in
Harbour Weekly
Feb 2, 2024
4 min read`)
    )
    expect(article.related.map(({headline, author, readingMinutes}) => ({headline, author, readingMinutes}))).toEqual([
      {headline: 'How the island ferry fleet grew old', author: 'Ines Varga', readingMinutes: 5},
      {headline: 'The case for a second harbour crane', author: 'Tom Hart', readingMinutes: 4}
    ])
  })

  it('reads the short titles of a list set one per line', () => {
    const list = `Also on the Harbour Desk

Lighthouse to reopen soon
Ferry Operator Orders Two Electric Boats for the Island Route
Harbour Museum Opens New Gallery on Shipwrecks
Quay Cafe Wins Award
Coastguard Rescues Three Kayakers off Gull Point`
    expect(headlines(page(list))).toEqual(list.split('\n').slice(2))
  })

  it('lets a date and the tags stand between the heading and the first card', () => {
    const list = `Similar articles

12 March 2021
Ferries, Harbour

Ferry Operator Orders Two Electric Boats for the Island Route

14 April 2021
Harbour, Museums

Harbour Museum Opens New Gallery on Shipwrecks`
    expect(headlines(page(list))).toEqual(['Ferry Operator Orders Two Electric Boats for the Island Route', 'Harbour Museum Opens New Gallery on Shipwrecks'])
  })

  it("reads cards that print their source above the title", () => {
    const list = `More for you

Harbour Daily
Ferry Operator Orders Two Electric Boats for the Island Route
Island Life
Harbour Museum Opens New Gallery on Shipwrecks This Summer`
    expect(headlines(page(list))).toEqual(['Ferry Operator Orders Two Electric Boats for the Island Route', 'Harbour Museum Opens New Gallery on Shipwrecks This Summer'])
  })

  it("reads a section's latest stories under its heading", () => {
    expect(headlines(page('Latest football news\n\nKelda Rovers sign goalkeeper on loan\n\nMill Lane to get new floodlights'))).toEqual([
      'Kelda Rovers sign goalkeeper on loan',
      'Mill Lane to get new floodlights'
    ])
  })

  it('reads a list of videos, each title printed twice, once', () => {
    expect(headlines(page('Latest videos\n\nInside the New Ferry Terminal Today\n\nInside the New Ferry Terminal Today\n\nHow the Old Quay Was Built\n\nHow the Old Quay Was Built'))).toEqual([
      'Inside the New Ferry Terminal Today',
      'How the Old Quay Was Built'
    ])
  })

  it('reads the next place of a ranked list as the next card, not as a summary', () => {
    const list = `Most read

1 Ferry operator orders two electric boats for the island route
2 Ferries will run every hour from June, the operator said on Monday.
3 Harbour museum opens new gallery on shipwrecks this weekend`
    expect(headlines(page(list))).toEqual([
      'Ferry operator orders two electric boats for the island route',
      'Ferries will run every hour from June, the operator said on Monday.',
      'Harbour museum opens new gallery on shipwrecks this weekend'
    ])
  })

  it('reads cards of a section, a title and a time in lower case ("an hour ago")', () => {
    const list = 'Read Next\nBusiness\nHalbrook Motors to shut two European plants, cut 5,000 jobs\n2 hours ago\nMarkets\nNordic stocks edge higher as utilities rally on Norvalt deal\nan hour ago\nEnergy\nExclusive: Tessaly Oil weighs sale of North African assets, sources say\n5 hours ago'
    expect(headlines(page(list))).toEqual([
      'Halbrook Motors to shut two European plants, cut 5,000 jobs',
      'Nordic stocks edge higher as utilities rally on Norvalt deal',
      'Exclusive: Tessaly Oil weighs sale of North African assets, sources say'
    ])
  })

  it('reads no relative time set apart under a card as a card of its own', () => {
    const list = `Top Stories

Harlow Falls police seek driver in Route 1 hit-and-run

Updated: 2 hours ago

Snow and sleet on the way this weekend: What to expect across the midcoast

Published 38 minutes ago`
    expect(headlines(page(list))).toEqual([
      'Harlow Falls police seek driver in Route 1 hit-and-run',
      'Snow and sleet on the way this weekend: What to expect across the midcoast'
    ])
  })

  it('reads a bylined card in a box between paragraphs, which is no title of the article', () => {
    const text = page('', '').replace(
      'By Ines Varga',
      `By Ines Varga\n\nThe harbour board approved a new ferry terminal on Tuesday after three years of planning, two public inquiries and a long fight with the fishermen.\n\nMORE FROM LEDGERLINE\nThe Hidden Cost Of Just-In-Time Inventory, Five Years On\nBy Corin Maddox`
    )
    expect(headlines(text)).toEqual(['The Hidden Cost Of Just-In-Time Inventory, Five Years On'])
  })

  it("ends a box of related articles at the body's quotes, which end in a full stop inside the marks", () => {
    const box = `RELATED ARTICLES
Island Hearts villain Leon Marsh insists he 'never' lied to get...
Share this article

Fighting back tears, Kenzie told host Remi Oduya: 'I genuinely didn't see it coming. I thought we were solid.'

'The worst part was I saw it in a group chat before he'd even told me himself.'`
    expect(headlines(page(box))).toEqual(["Island Hearts villain Leon Marsh insists he 'never' lied to get..."])
    // An ellipsis inside the marks ends a title cut short, not a sentence.
    expect(isInlineHeadline("'If I die, the shop dies with me...'")).toBe(true)
    expect(isInlineHeadline("'I saw it in a group chat before he told me himself.'")).toBe(false)
  })

  it('reads a headline that ends in a quotation between guillemets, not as a link that leads on', () => {
    const list = `Lire aussi

Port de Kelda : le maire promet «un quai pour tous les pêcheurs»

Ferry : la compagnie commande deux bateaux électriques pour la ligne des îles`
    expect(headlines(page(list))).toEqual([
      'Port de Kelda : le maire promet «un quai pour tous les pêcheurs»',
      'Ferry : la compagnie commande deux bateaux électriques pour la ligne des îles'
    ])
  })

  it.each(['The most popular stories around the web', 'Top picks', 'Today on Harbour News', 'Harbour TV Video: Now Playing', '週間アクセスランキング（経済）', 'Mehr zum Thema Fähren', 'ALSO READ', 'Must read', 'Other news', 'Читайте также', 'Czytaj także', 'Lesen Sie auch', 'Läs också', 'Baca juga', 'Top-Themen', '関連ニュース', 'この記事を読んだ人にオススメ', 'Most Read from Kestrel', 'Other Local News'])('knows the heading %s', (heading) => {
    expect(headlines(page(`${heading}\n\nFerry Operator Orders Two Electric Boats for the Island Route`))).toEqual([
      'Ferry Operator Orders Two Electric Boats for the Island Route'
    ])
  })

  it('reads cards with their section set off above the title', () => {
    const list = `Most popular

Transport

Ferry Operator Orders Two Electric Boats for the Island Route

Museums

Harbour Museum Opens New Gallery on Shipwrecks This Summer`
    expect(headlines(page(list))).toEqual(['Ferry Operator Orders Two Electric Boats for the Island Route', 'Harbour Museum Opens New Gallery on Shipwrecks This Summer'])
  })

  it('reads titles set one after the other as cards, not as summaries of each other', () => {
    const list = `Most popular

Ferry operator orders two electric boats for the island route

Harbour museum opens a new gallery on shipwrecks and lost cargo this coming summer

Council rejects plan for marina flats on the east pier

Coastguard rescues three kayakers caught by the tide off Gull Point at night`
    expect(headlines(page(list))).toEqual(list.split('\n\n').slice(1))
  })

  it('takes no works cited for teasers', () => {
    const reading = `Further reading

Moreau, Alix (2004). A History of the Northern Harbours. Kelda: Quay Press. ISBN 0-000-00000-0.
Lund, Pia, ed. (2011). Ferries and Fishermen. Kelda: Quay Press.`
    expect(headlines(page(reading))).toEqual([])
  })

  it("ends a sponsored widget at the credit line under it", () => {
    const widget = `Promoted Links

This Simple Trick Cuts Your Energy Bill in Half
Undo
Doctors Amazed by New Knee Pain Remedy
Undo
by Taboola

Ferry fares to rise by four percent in April across the islands

Harbour museum opens new gallery on shipwrecks this coming weekend

Council rejects plan for marina flats on the east pier of the harbour`
    expect(headlines(page(widget))).toEqual(widget.split('\n\n').slice(2))
  })

  it('claims cards with their advertiser glued to the title as advertising', () => {
    const widget = `You may also like

Knee Doctor
Doctors Amazed by New Knee Pain RemedyKnee Doctor
Undo
Island Route Gets Second Boat for Summer
Harbour Daily
Undo
This Flashlight Is Selling Like Hotcakes!Sponsored by Lumenix
Undo
Stormwatch: Free Online Game
The Strategy Game Everyone Plays This YearStormwatch: Free Online Game
Undo`
    const file = runStages(page(widget))
    expect(file.data.related?.map((teaser) => teaser.headline)).toEqual(['Island Route Gets Second Boat for Summer'])
    const roleOf = (text: string) => file.data.roles?.[(file.data.lines ?? []).findIndex((line) => line.text === text)]
    expect(roleOf('Doctors Amazed by New Knee Pain RemedyKnee Doctor')).toEqual({label: 'chrome', rule: 'sponsored-teaser'})
    expect(roleOf('This Flashlight Is Selling Like Hotcakes!Sponsored by Lumenix')).toEqual({label: 'chrome', rule: 'sponsored-teaser'})
    expect(roleOf('Stormwatch: Free Online Game')).toEqual({label: 'chrome', rule: 'sponsored-teaser'})
  })

  it('ends a ranked list at its last place, before the advertising under it', () => {
    const ranking = `Most read

1 Ferry fares to rise by four percent in April
2 Harbour museum opens new gallery on shipwrecks
3 Council rejects plan for marina flats on the east pier

Spring offers
Two nights by the sea for the price of one!
Book your table at the Quay Grill today`
    expect(headlines(page(ranking))).toEqual([
      'Ferry fares to rise by four percent in April',
      'Harbour museum opens new gallery on shipwrecks',
      'Council rejects plan for marina flats on the east pier'
    ])
  })

  it("ends a list where readers' comments begin", () => {
    const cards = ['Lighthouse keeper retires after forty years on the rock', 'New pontoon for the sailing club is ready for summer']
    const comments = ['#1 Jana Kral on 3 March 2014 at 10:12', 'Lovely photos of the old harbour and the boats', 'Thanks for stopping by again this spring']
    expect(headlines(page(['Related stories', '', ...cards, '', ...comments].join('\n')))).toEqual(cards)
  })

  it('reads lists under Chinese headings, and takes none from the latest comments', () => {
    const blog = `您可能會有興趣的文章

港口博物館新展廳開幕 沉船文物首次展出
渡輪票價四月起調漲百分之四

這個類別其他的文章

東碼頭遊艇住宅案遭議會否決

最新留言

03/02 版主回覆： 謝謝您的來訪，下次再見
03/01 林小姐： 照片拍得真美，感謝分享`
    expect(headlines(page(blog))).toEqual(['港口博物館新展廳開幕 沉船文物首次展出', '渡輪票價四月起調漲百分之四', '東碼頭遊艇住宅案遭議會否決'])
  })

  it('takes no call to action or "View All" link for a card, and reads a quoted heading with an ellipsis', () => {
    const list = `See also

Ferry fares to rise by four percent in April
Yes! Also send me
Harbour podcast is also on your radio View All
Prohlédnout si 19 fotografií
před 3 minutami

"In Case You Missed It..."

Harbour museum opens new gallery on shipwrecks`
    expect(headlines(page(list))).toEqual(['Ferry fares to rise by four percent in April', 'Harbour museum opens new gallery on shipwrecks'])
  })

  it('reads short titles set in one block with the cards under a heading as cards', () => {
    const list = `Top picks

Harbour Walks for Families
Ferry Timetable for Summer
How Much Do You Know About Tides? Take Our Quiz
Island Birds in Winter
Old Boats and New Owners
Which Beaches Have Lifeguards This Summer?
From amazon
Read Article`
    expect(headlines(page(list))).toEqual([
      'Harbour Walks for Families',
      'Ferry Timetable for Summer',
      'How Much Do You Know About Tides? Take Our Quiz',
      'Island Birds in Winter',
      'Old Boats and New Owners',
      'Which Beaches Have Lifeguards This Summer?'
    ])
  })

  it("keeps the category under the last related post with its card", () => {
    const list = `Related

Ferry fares to rise by four percent in April
The operator said fuel costs had doubled since the last review of fares.
March 17, 2016
In "Harbour"

Posted in News
Tagged ferries, fares`
    const article = parseArticle(page(list))
    expect(article.related.map((teaser) => teaser.headline)).toEqual(['Ferry fares to rise by four percent in April'])
    expect(article.body.some((paragraph) => paragraph.includes('Harbour"') || paragraph.startsWith('Posted') || paragraph.startsWith('Tagged'))).toBe(false)
  })

  it('reads a "Popular in: …" heading as the start of a new list', () => {
    const titles = ['Why do tides change with the moon?', 'How to read a ferry timetable', 'What makes a harbour safe in a storm?']
    expect(headlines(page(['Popular in: Coast / Islands', '', ...titles].join('\n')))).toEqual(titles)
  })

  it('takes a Czech "updated … ago" line for the small line of a card', () => {
    const cards = ['Přístav otevře nový terminál pro trajekty', 'Rybáři se stěhují do východní části přístavu']
    const list = ['Další zprávy', '', 'Aktualizováno před 21 minutami', cards[0], '', 'Aktualizováno před 1 hodinou', cards[1]]
    expect(headlines(page(list.join('\n')))).toEqual(cards)
  })

  it("opens no list at a heading's words in a row of links", () => {
    const legend = `More about badges | Request a badge

Harbour Pilot Badge

Harbour pilots are readers who know the port and answer questions from visitors.`
    const file = runStages(page(legend))
    expect(file.data.related).toEqual([])
    expect(file.data.roles?.[(file.data.lines ?? []).findIndex((line) => line.text.startsWith('More about badges'))]).toEqual({label: 'related-heading', rule: 'heading-in-link-row'})
  })
})

describe('runs of titles without a heading', () => {
  const run = `Ferry fares to rise by four percent in April
Harbour museum opens new gallery on shipwrecks
Council rejects plan for marina flats on the east pier
Coastguard rescues three kayakers off Gull Point`

  it('are teasers below the body', () => {
    expect(headlines(page(run))).toEqual(run.split('\n'))
  })

  it('are teasers when each has its source under it, whatever the source looks like', () => {
    const sourced = `Ferry fares to rise by four percent in April

Harbour Daily

Pilot boat crews fear the new rota will leave the port short at night

Island Life

Council rejects plan for marina flats on the east pier

Kelda Herald

Coastguard rescues three kayakers off Gull Point, Nth.

Mara Lind

Harbour museum opens new gallery on shipwrecks this weekend

Coast Radio`
    expect(headlines(page(sourced))).toEqual(sourced.split('\n\n').filter((_, at) => at % 2 === 0))
  })

  it('read the second line of each pair as the summary of the first', () => {
    const cards = `Ferry operator orders two electric boats for the island route
Crossings will be quieter and cheaper to run, the operator says in its plan
12 March 2021

Harbour museum opens new gallery on shipwrecks this weekend
Two hundred objects raised from the bay go on show for the first time ever
14 April 2021`
    expect(parseArticle(page(cards)).related.map(({headline, summary}) => ({headline, summary}))).toEqual([
      {headline: 'Ferry operator orders two electric boats for the island route', summary: 'Crossings will be quieter and cheaper to run, the operator says in its plan'},
      {headline: 'Harbour museum opens new gallery on shipwrecks this weekend', summary: 'Two hundred objects raised from the bay go on show for the first time ever'}
    ])
  })

  it('read pairs after a run of single titles as headlines with their summaries', () => {
    const cards = `Ferry operator orders two electric boats for the island route
Harbour museum opens new gallery on shipwrecks this weekend
Fish market will open on Sundays from May, the council decides
11 March 2021

Coast guard station on the headland to close after sixty years

Crews to move to the new base at the harbour mouth by end of year
12 March 2021
Share

Lighthouse keepers' cottages to become a youth hostel next spring

Trust bought the three cottages from the port authority for a token sum
14 April 2021
Share`
    expect(parseArticle(page(cards)).related.map(({headline, summary}) => ({headline, summary}))).toEqual([
      {headline: 'Ferry operator orders two electric boats for the island route', summary: null},
      {headline: 'Harbour museum opens new gallery on shipwrecks this weekend', summary: null},
      {headline: 'Fish market will open on Sundays from May, the council decides', summary: null},
      {headline: 'Coast guard station on the headland to close after sixty years', summary: 'Crews to move to the new base at the harbour mouth by end of year'},
      {headline: "Lighthouse keepers' cottages to become a youth hostel next spring", summary: 'Trust bought the three cottages from the port authority for a token sum'}
    ])
  })

  it('are not a list that a label introduces with a colon', () => {
    const facts = `Harbour facts:

"The Old Quay Song" (official anthem of the port since 1911)
"Gull Point Light" and the other beacons of the eastern coast of the island
Location of the harbour, including the outer breakwater and the fishing basin`
    expect(headlines(page('', facts))).toEqual([])
  })

  it("are not a wiki's navigation box under its view, talk and edit links", () => {
    const navbox = `v
t
e
Administrative divisions of the islands of the eastern coast
Districts of the eastern coast and the outlying islands of the bay
Towns and villages of the eastern coast with their harbours and quays`
    expect(headlines(page(navbox))).toEqual([])
  })

  it('are not a comment thread', () => {
    const thread = `Tom Reid wrote on March 3, 2021 at 10:12
Great news for the town, about time
Anna Berg wrote on March 3, 2021 at 11:40
What about parking for the ferry passengers though
Joe Lund wrote on March 4, 2021 at 09:05
They should have asked the fishermen first really`
    expect(headlines(page(thread))).toEqual([])
  })

  it('are not the lines of preformatted text wrapped mid-sentence', () => {
    const wrapped = `Servers MUST answer a request for a folder with
a listing of the documents it holds, and the
Clients SHOULD cache the listing and ask again
only when the folder version has changed since`
    expect(headlines(page(wrapped))).toEqual([])
  })
})

describe('single teasers in the text', () => {
  it('reads prefixed, bracketed and repeated-title links', () => {
    const text = page(
      'More on this: see below.',
      `READ MORE: Ferry Operator Orders Two Electric Boats
[Harbour dues to rise for visiting yachts]
Why the Old Quay Failed Why the Old Quay Failed Why the Old Q
Related video: Campaigners celebrate the new terminal (Ashby Echo)
Related article Stranded drivers rescued from flooded coast road as second storm closes in`
    )
    expect(headlines(text)).toEqual([
      'Ferry Operator Orders Two Electric Boats',
      'Harbour dues to rise for visiting yachts',
      'Why the Old Quay Failed',
      'Campaigners celebrate the new terminal (Ashby Echo)',
      'Stranded drivers rescued from flooded coast road as second storm closes in'
    ])
  })

  it.each([
    ['Czytaj także: Seria pożarów hal magazynowych. Eksperci: to nie przypadek', 'Seria pożarów hal magazynowych. Eksperci: to nie przypadek'],
    ['Читайте также: В Заречинске сократили программу замены теплосетей', 'В Заречинске сократили программу замены теплосетей'],
    ['Lesen Sie auch: Warum die Fähre nach Skarholm teurer wird', 'Warum die Fähre nach Skarholm teurer wird']
  ])('reads a link labelled in another language: %s', (line, headline) => {
    expect(headlines(page('', line))).toEqual([headline])
  })

  it('reads the titles of a box marked "list 1 of 3" … "end of list" in the text', () => {
    const box = 'list 1 of 2\nHarbour dues to rise for visiting yachts\nlist 2 of 2\nWho is Lorenz Abel, the new chair of the harbour board?\nend of list'
    expect(headlines(page('', box))).toEqual(['Harbour dues to rise for visiting yachts', 'Who is Lorenz Abel, the new chair of the harbour board?'])
  })

  it('reads links to the previous and next post, and leaves bare ones as buttons', () => {
    const text = page(`Previous Post: Ferry Operator Orders Two Electric Boats
Next article Harbour Museum Opens Gallery of Shipwrecks

Newer Post Older Post Home`)
    expect(headlines(text)).toEqual(['Ferry Operator Orders Two Electric Boats', 'Harbour Museum Opens Gallery of Shipwrecks'])
  })

  it('needs a separator after a word that often opens a sentence', () => {
    const article = parseArticle(page('More than 200 people attended the first public meeting about the plans on Monday evening.'))
    expect(article.related).toEqual([])
    expect(article.body.at(-1)).toBe('More than 200 people attended the first public meeting about the plans on Monday evening.')
  })

  it('is not a chat message in brackets', () => {
    expect(headlines(page('[Ana: see you at the quay at nine!]'))).toEqual([])
  })

  it('reads the entries of a news ticker, time of day first, between live posts', () => {
    const ticker = `Live

14:44 Coast guard rescues six from drifting yacht
14:32 Fish market opens on Sundays from May
14:10
Weather.

Gales are expected along the coast tonight, with gusts of up to ninety kilometres an hour on the headlands.

13:54 Ferry timetable changes for the summer season`
    expect(headlines(page(ticker))).toEqual([
      'Coast guard rescues six from drifting yacht',
      'Fish market opens on Sundays from May',
      'Ferry timetable changes for the summer season'
    ])
  })

  it('does not take a lone line that opens with a time for a ticker entry', () => {
    const article = parseArticle(page('12:00 Council members met the residents at the old quay'))
    expect(article.related).toEqual([])
  })
})

describe('the list reader', () => {
  it('reads a list of 50,000 cards', () => {
    const sample = runStages('Read more\n\nFerry fares to rise by four percent in April\nHarbour museum opens new gallery on shipwrecks')
    const [heading, card, other] = (sample.data.lines ?? []).filter((line) => line.text !== '')
    if (!heading || !card || !other) throw new Error('sample lines missing')
    const count = 50_000
    const lines: Line[] = [heading, ...Array.from({length: count}, (_, at) => ({...(at % 2 ? card : other), index: at + 1}))]
    const file = new VFile()
    file.data.lines = lines.map((line, index) => ({...line, index}))
    file.data.roles = lines.map((_, index) => (index === 0 ? {label: 'related-heading', rule: 'related-heading'} : {label: 'other', rule: 'unclassified'}))
    related()(undefined, file)
    // Every card repeats one of two headlines: each is reported once.
    expect(file.data.related).toHaveLength(2)
  })
})
