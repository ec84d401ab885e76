/**
 * The headline stage: the best title line above the lead paragraph, by the
 * evidence around each candidate.
 */
import {NOT_HEADLINES} from '../src/rules/headlines.js'
import {parseArticle} from '../src/index.js'
import {BODY, HEADLINE, libraryPage} from './helpers/library-page.js'

const TITLE_CASE = 'Council Votes to Close Ashby Library'

/** The headline of a page whose header is `header`, above the body. */
function headlineOf(header: string): string | null {
  return parseArticle(libraryPage(header)).headline
}

describe('the headline', () => {
  it('may be two sentences ending in a full stop, under a kicker that the menu repeats', () => {
    const headline = 'Ashby is quietly closing its library. Ask who that is for.'
    const dek = 'The council says the building is too costly to repair, but the money was found for the new car park.'
    const page = `News\nOpinion\nSport\n\nOpinion\n\n${headline}\n\n${dek}\n\nBy Nia Rowlands\nColumnist`
    expect(parseArticle(libraryPage(page)).headline).toBe(headline)
  })

  it('is the line under a kicker set on the line above it, over a standfirst and a byline of correspondents', () => {
    const headline = 'Library shuts its doors as Ashby council votes to close'
    const dek = 'Campaigners blame the repair bill; the council says the money went to the new car park'
    const page = `Ashby\nLibraries\n\nLibrary closure\n${headline}\n\n${dek}\n\nStaff Correspondent, Ashby\n\nThu Mar 11, 2027 10:48 PM`
    expect(parseArticle(libraryPage(page)).headline).toBe(headline)
  })

  it('is the line a breadcrumb cuts short, over highlights set one per line', () => {
    const headline = 'Ashby library to close at the end of the year as council rejects a rescue bid'
    const page = `News\n/\nAshby\n/\nAshby library to close at the end of the year as council ...\n\nLIBRARIES\n\n${headline}\n\nStory highlights\nThe council voted eight to three to close the library on Market Street\nCampaigners were told the building needs repairs the budget cannot cover\nBooks will move to a room in the leisure centre in January\n\nWritten by Nia Rowlands\n\nPublished: Nov 11, 2026, 23:10 IST`
    expect(parseArticle(libraryPage(page)).headline).toBe(headline)
  })

  it("is the episode's title under the show's blurb, with its date under it", () => {
    const blurb = "Ashby Talks is the Ashby Echo's daily news podcast. Every weekday our reporters take one story from the valley and follow it further than the headlines do."
    const page = `Podcasts\n\nAshby Talks\n\n${blurb}\n\nFollow the podcast\nApple Podcasts\nSpotify\n\nEpisode 412\n\n${HEADLINE}\n\nMay 18, 2027 • 24:31\n\nPlay episode`
    expect(parseArticle(libraryPage(page)).headline).toBe(HEADLINE)
  })

  it("is a tabloid's long headline over its bullet points", () => {
    const headline = "Island Hearts star Kenzie Marlowe breaks her silence on split from footballer Dean Ashcroft as she reveals she 'found out in a group chat' during tearful podcast appearance"
    const bullets = 'Kenzie Marlowe, 27, and Dean Ashcroft, 29, met on the 2024 series of the show\nThe couple announced their split in a joint Instagram statement last month\nKenzie says she is taking it one day at a time'
    expect(parseArticle(libraryPage(`SPLIT SHOCK\n\n${headline}\n\n${bullets}\n\nBy JESSICA PELL, SHOWBIZ REPORTER`)).headline).toBe(headline)
  })

  it("is a tabloid's headline of fifty words", () => {
    const headline =
      "Mother, 34, left fighting for her life after hit-and-run outside her children's primary school says police have 'given up' on finding the driver - as family launch their own appeal for the doorbell footage they say officers never bothered to collect from neighbours"
    const bullets = 'Mother, 34, was struck on a zebra crossing outside Holm Lane Primary\nShe spent 19 days in an induced coma and has since undergone six operations'
    expect(parseArticle(libraryPage(`Advertisement\n\n${headline}\n\n${bullets}\n\nBy HARRIET QUAYLE-MORGAN FOR BEACONONLINE`)).headline).toBe(headline)
  })

  it('is the line between a kicker and a standfirst that ends a sentence, where nouns are capitalised', () => {
    const headline = 'Betriebsrat wirft Vorstand Kahlschlag auf Raten vor'
    const dek = 'Der Stahlkonzern will bis 2028 rund 1200 Stellen streichen. Die Belegschaft reagiert mit Wut.'
    const article = parseArticle(libraryPage(`Krise bei Brandauer Stahl\n\n${headline}\n\n${dek}\n\nVon Katrin Oelschläger`))
    expect([article.headline, article.subtitle]).toEqual([headline, dek])
  })

  it.each([
    ['repeated by a page title with the site after " | "', `${HEADLINE} | Ashby Echo\n\nAshby Echo\nLocal news for Ashby and district\n\n${HEADLINE}`, HEADLINE],
    ['repeated by a page title with the site after " - "', `${HEADLINE} - Ashby Echo\n\nLocal news for Ashby and district\n\n${HEADLINE}`, HEADLINE],
    // Without the page title the later line wins; the repeat makes the difference.
    ['the one of two title lines that the page title repeats', `${TITLE_CASE} - Ashby Echo\n\n${TITLE_CASE}\n\nFlood Warnings Issued for River Soar`, TITLE_CASE],
    ['under a section label', `Local Government\n\n${HEADLINE}\n\nBy Nia Rowlands`, HEADLINE],
    ["over a radio programme's label by the byline", `${HEADLINE}\n\nListen · 4:12\n\nDecember 3, 2025 5:04 AM ET\n\nHeard on Daybreak\n\nBy Nia Rowlands`, HEADLINE],
    [
      'that names a date, under a sponsor bar',
      `Ashby Daily is presented by Vantor Cloud\nShip AI features in days, not months. Start free\n\nThe library will close its doors for good on June 30th\n\nThe council says it cannot afford the repairs.\n\nBy Nia Rowlands\n\nUpdated Mar 4, 2027 at 10:00 AM ET`,
      'The library will close its doors for good on June 30th'
    ],
    [
      "under a ticker's newest headlines, over a labelled date",
      `New:\nTiny Gut Sensor Tracks Inflammation in Real Time\nWhy Some Songbirds Sing Louder at Dawn\nupdated 9:14 am ET\nHome\nHealth\nScience News\nfrom research organizations\n${HEADLINE}\nDate:\nMarch 4, 2027\nSource:\nUniversity of Wrenfield`,
      HEADLINE
    ],
    [
      'over a caption that reports what someone said',
      `${HEADLINE}\n\nUpdated / Thursday, 4 Mar 2027 11:40\n\nCouncillor Síle Ó Dálaigh said the library would close in June\n\nBy Nia Rowlands, Political Correspondent`,
      HEADLINE
    ],
    ['over a bare name whose date is under its social links', `Live Radio\n\nLPR 24 Hour Program Stream\n\nEnvironment\n\n${HEADLINE}\n\nNia Rowlands\n\nFacebook\n\nInstagram\n\nMarch 2, 2027 5:47 PM ET`, HEADLINE],
    ["under a broadcaster's promotion bar", `Watch Live: 9 News at 6\n\n${HEADLINE}\n\nAuthor: Nia Rowlands (WKTB)`, HEADLINE],
    ['under a section label in capitals', `LOCAL NEWS\n\n${HEADLINE}`, HEADLINE],
    ['under a one-word kicker', `Politics\n\n${HEADLINE}`, HEADLINE],
    ['under a menu', `Home\nNews\nLocal Politics and Elections\nWhat's On\n\n${HEADLINE}`, HEADLINE],
    ['under a numbered table of contents', `Contents\n1. Background to the decision\n2. What the council said\n3. What happens next\n\n${HEADLINE}`, HEADLINE],
    ['under breadcrumbs', `Home › News › Local Government › Ashby and District\n\n${HEADLINE}`, HEADLINE],
    ['under two breadcrumbs, with share buttons under it', `News › Local\n${HEADLINE}\nShare\nTweet\n\nBy Nia Rowlands`, HEADLINE],
    ['under a row of links between bars, over a name and role', `News | Sport | Business | Opinion\n\n${HEADLINE}\n\nNia Rowlands, Staff Writer\nMarch 6, 2024`, HEADLINE],
    ['under a "Log out Sign in" row', `Log out Sign in\nSubscribe\n\n${HEADLINE}`, HEADLINE],
    ['the title line with the byline under it', `${TITLE_CASE}\n\nBy Nia Rowlands\n\nFlood Warnings Issued for River Soar`, TITLE_CASE],
    ['the title line with a name and a date under it', `Local Government\n\n${HEADLINE}\nNia Rowlands\nMarch 6, 2024`, HEADLINE],
    ['a single word when nothing else is title-like', 'Libraries', 'Libraries'],
    ['every line of a title wrapped over two, the second in lower case', 'Council votes to close the library\nin Ashby by the end of the year\n\nBy Nia Rowlands', 'Council votes to close the library in Ashby by the end of the year'],
    // The page title joins a kicker to the headline the page prints below it.
    ['the page title "Kicker: Headline" over the headline', `Library closures: ${HEADLINE}\n\n${HEADLINE}\n\nBy Nia Rowlands`, `Library closures: ${HEADLINE}`],
    ['the page title over its kicker and a reworded headline', `Ashby's Library Closing -- IT'S OFFICIAL!!!\n\nAshby\n\nLibrary Closing ... IT'S OFFICIAL!!!!\n\nBy Nia Rowlands`, "Ashby's Library Closing -- IT'S OFFICIAL!!!"],
    ['not the page title "Site | Headline" over the headline', `Ashby Echo | ${HEADLINE}\n\nAshby Echo\n\n${HEADLINE}\n\nBy Nia Rowlands`, HEADLINE],
    // The site's name after " | " is no part of the headline, whichever line wins.
    ['the headline of the page title, when a title line sits between them', `${HEADLINE} | Ashby Echo\n\nFlood warnings issued for River Soar\n\n${HEADLINE}\nBy Nia Rowlands`, HEADLINE],
    ['the page title without the label a scraper printed before it or the site after it', `Title: ${HEADLINE} | Ashby Echo\n\nBy Nia Rowlands`, HEADLINE],
    // A site's header printed twice (for phones and for desktops) repeats its tagline, which no title repeat makes a headline.
    [
      'not the tagline of a header printed twice',
      `Newsletter\n\nAshby Echo - Local News Since 1887\n\nSearch\n\nNewsletter\n\nAshby Echo - Local News Since 1887\n\nSearch\n\n${HEADLINE}\n\nPublished 6 March 2024\nBy Nia Rowlands`,
      HEADLINE
    ]
  ])('is %s', (_what, header, expected) => {
    expect(headlineOf(header)).toBe(expected)
  })

  it('is found on a page without running text only with a date or byline under it', () => {
    const gallery = 'In pictures: the Ashby regatta returns\n\nJune 14, 2025\n\n1 of 6\n\nCrews line up on the river.\nGlen Harper / The Ashby Echo'
    expect(parseArticle(gallery).headline).toBe('In pictures: the Ashby regatta returns')
    expect(parseArticle('Ashby Echo\n\nHome\nNews\nSport\nWeather\n\nContact us').headline).toBeNull()
  })

  it('is the line above a standfirst, which is longer and in sentence case', () => {
    const dek = 'The books will move to a room in the leisure centre from January'
    const article = parseArticle(libraryPage(`${HEADLINE}\n\n${dek}\n\nBy Nia Rowlands`))
    expect([article.headline, article.subtitle]).toEqual([HEADLINE, dek])
  })

  it.each([
    ['a "See also:" note', 'See also: List of lakes in Tallon'],
    ['a "This article is about" note', 'This article is about the lake. For the village, see Ballyderg (village).'],
    ['a bulleted row of the infobox', '• Surface elevation']
  ])('of an encyclopedia article is its subject, which the first sentence defines, not %s', (_what, note) => {
    const opening = 'Lough Derg (Irish: Loch Dearg) is a freshwater lake in County Tallon, the third largest in the county.[1]'
    expect(parseArticle(`${note}\n\nLough Derg\nType Freshwater lake\n• Surface elevation\n33 m\n\n${opening}\n\n${BODY}`).headline).toBe('Lough Derg')
  })

  it.each([
    ['menu items a scraper glued into one word, yes', 'LatestNewsVideoReviewsShop', true],
    ['a headline with brand names joined inside words, no', 'iPhone and PlayStation Sales Rise as YouTube Grows at McDonald’s', false],
    ['a headline with a product name of two joins, no', 'Hands on with the new MacBookPro and JavaScriptCore', false]
  ])('rules out %s: %s', (_what, line, excluded) => {
    expect(NOT_HEADLINES.some((pattern) => pattern.test(line))).toBe(excluded)
  })

  it('is measured in characters in Chinese, where a short label loses to a headline', () => {
    const body = `河湾镇议会周三晚间投票决定，镇图书馆将于今年年底关闭，馆内藏书将迁往休闲中心的一个房间。议员们表示，图书馆大楼需要的维修费用超过未来十年的图书馆预算。

反对关闭的居民表示，他们将要求县议会复议这一决定。新的阅览室将于明年一月二日开放，开放时间比现在更长。`
    expect(parseArticle(`本地新闻\n\n河湾镇图书馆将于年底关闭\n\n2024年3月6日 07:15\n\n${body}`).headline).toBe('河湾镇图书馆将于年底关闭')
  })

  // Each of these header layouts gives the headline to another line today.
  it.failing.each([
    ['the line under a page title with the site before it', `Ashby Echo | ${HEADLINE}\n\nLocal news for Ashby and district\n\n${HEADLINE}`, HEADLINE],
    ['the line with the byline under it, below a breaking-news line', `Breaking News: Flood Warnings Issued for River Soar\n\n${TITLE_CASE}\nBy Nia Rowlands`, TITLE_CASE],
    ['the line with a name and a date under it, below another title line', `Flood Warnings Issued for River Soar\n\n${TITLE_CASE}\nNia Rowlands\nMarch 6, 2024`, TITLE_CASE],
    ['not an uncredited caption between the byline and the lead', `${HEADLINE}\nBy Nia Rowlands\n\nThe Market Street library has served the town since 1962`, HEADLINE],
    ['not a "From:" line between it and the byline', `${HEADLINE}\n\nFrom: Ashby Echo\n\nBy Nia Rowlands`, HEADLINE]
  ])('is %s', (_what, header, expected) => {
    expect(headlineOf(header)).toBe(expected)
  })
})
