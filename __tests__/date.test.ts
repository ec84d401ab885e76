/**
 * Reading a date out of a line (src/text/dates.ts) and choosing the page's
 * date (src/plugins/date.ts).
 */
import {parseArticle} from '../src/index.js'
import * as english from 'chrono-node/en'
import {PARSERS_NEEDING_WORDS} from '../src/rules/dates.js'
import {dateMention, findDate, hasWrittenDate} from '../src/text/dates.js'
import {HEADLINE, libraryPage} from './helpers/library-page.js'

/** Noon, so that the day is the same in every time zone the tests may run in. */
const REFERENCE = new Date('2024-06-10T12:00:00Z')

describe('findDate', () => {
  it.each([
    ['Published 11/19/19 06:56 AM EST', '2019-11-19T06:56-05:00'],
    ['Published: 19:02 GMT, 6 March 2024', '2024-03-06T19:02Z'],
    ['June 4, 2024 at 9:14 PM', '2024-06-04T21:14'],
    ['March 2, 20275:47 PM ET', '2027-03-02T17:47-05:00'],
    ['نُشر في: 4 مارس 2027', '2027-03-04'],
    ['4 آذار 2027', '2027-03-04'],
    ['प्रकाशित: 4 मार्च 2027', '2027-03-04'],
    ['Tuesday, June 4, 2024', '2024-06-04'],
    ['08.04.2015', '2015-04-08'],
    ['30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 11:42)', '2015-04-30T07:19'],
    ['5 de marzo de 2024', '2024-03-05'],
    ['21.dez.2018', '2018-12-21'],
    ['21.dez.2018 às 12h55', '2018-12-21T12:55'],
    ['Fri 7 Mar 2025 18.05 GMT', '2025-03-07T18:05Z'],
    ['Posted: Mar 14, 2025 / 05:32 PM CDT', '2025-03-14T17:32-05:00'],
    ['Last modified on Sat 8 Mar 2025 7.30pm', '2025-03-08T19:30'],
    ['Publié le 08.04.2015 à 10:12', '2015-04-08T10:12'],
    ['Veröffentlicht am 08.04.2015 um 10:12 Uhr', '2015-04-08T10:12'],
    ['2016年10月14日07:17', '2016-10-14T07:17'],
    ['FinanceOctober 13, 2016', '2016-10-13'],
    ['Posted on March 3rd, 2015', '2015-03-03'],
    ['Mar 21st 2015', '2015-03-21'],
    ['2015/03/03', '2015-03-03'],
    ['2015.3.21', '2015-03-21'],
    ['Updated 2015-03-03T10:32:00Z', '2015-03-03T10:32Z'],
    ['3rd of March 2015', '2015-03-03'],
    ['20-11-2019', '2019-11-20'],
    ['03-Mar-2015 10:32', '2015-03-03T10:32'],
    ['08-04-2015', '2015-04-08'],
    ['04-13-2015', '2015-04-13'],
    // Month names chrono-node has no reader for, as their languages inflect them after a day.
    ['Опубликовано 28 ноября 2026, 14:32', '2026-11-28T14:32'],
    ['28 листопада 2026', '2026-11-28'],
    ['Opublikowano: 3 maja 2026, 08:15', '2026-05-03T08:15'],
    ['Aktualizováno 28. listopadu 2026 14:32', '2026-11-28T14:32'],
    ['16 Şubat 2026 Pazartesi', '2026-02-16'],
    ['Julkaistu 1. joulukuuta 2026', '2026-12-01'],
    ['12 septembrie 2026', '2026-09-12'],
    ['28 Νοεμβρίου 2026', '2026-11-28'],
    ['Aktualisiert: 22. Jänner 2026, 15:40', '2026-01-22T15:40'],
    ['14.03.2026, 18.47 Uhr • 4 Min', '2026-03-14T18:47']
  ])('reads %s as %s', (text, expected) => {
    expect(findDate(text, null)?.value).toBe(expected)
  })

  it.each([
    ['2 days ago', REFERENCE, '2024-06-08'],
    ['2 days ago', null, undefined],
    ['now', REFERENCE, undefined],
    ['tomorrow', REFERENCE, undefined],
    ['in 2 days', REFERENCE, undefined],
    ['March 2024', null, undefined],
    ['March 6', null, undefined],
    ['6 March 1980', null, undefined]
  ])('reads %s with reference %p as %p', (text, reference, expected) => {
    expect(findDate(text, reference)?.value).toBe(expected)
  })
})

const HEAD = `${HEADLINE}\n\nBy Nia Rowlands`

/** The date of a page: `header` above the body, `tail` below it. */
function dateOf(header: string, tail = '', referenceDate: Date | null = null): string | null {
  return parseArticle(libraryPage(header, tail), {referenceDate}).date
}

describe('dateMention', () => {
  // The search starts a month name's length before the first digit: dates led by long month names must still be found whole.
  it.each([
    ['Posted by Jane Roe on September. 5, 2023', 22, 'September. 5'],
    ['Publicado el septiembre 14', 13, 'septiembre 14'],
    ['Room 101 reopened in March 2024 and again September 3', 42, 'September 3'],
    ['Updated 3 hours ago', 8, '3 hours ago']
  ])('finds the date in %j', (text, index, found) => {
    const mention = dateMention(text)
    expect(mention?.index).toBe(index)
    expect(mention?.[0]).toBe(found)
  })

  it('finds nothing in a line without a date', () => {
    expect(dateMention('Room 101 reopened in March')).toBeNull()
    expect(dateMention('No date here')).toBeNull()
  })
})

describe('hasWrittenDate', () => {
  it.each([
    ['Rarst · March 10, 2017 at 1:26 AM', true],
    ['By Jane Roe on September. 5, 2023', true],
    ['2019-11-20', true],
    ['#1 Hal Pruitt on 2015/03/04 10:28', true],
    ['Room 101 reopened in March', false],
    ['Version 2015.10 of the report', false],
    ['Call 555-12-2015', false],
    ['Updated 3 hours ago', false],
    ['28 ноября 2026', true],
    ['28 Kasım 2026', true],
    ['Room 28 Kasımpaşa', false],
    ['No date here', false]
  ])('%j: %s', (text, expected) => {
    expect(hasWrittenDate(text)).toBe(expected)
  })

  it('does not carry a search position from one line to the next (one pattern serves every search)', () => {
    expect(dateMention('Room 101 reopened in March 2024 and again September 3')?.index).toBe(42)
    expect(hasWrittenDate('March 4, 2024')).toBe(true)
    expect(dateMention('4 March 2024')?.index).toBe(0)
  })
})

describe('the date stage', () => {
  it.each([
    ['the date prefix over the date printed', ` date 2024-03-07 ${HEAD}\nMarch 6, 2024`, '', '2024-03-07'],
    ['the publication date over the update above it', `${HEAD}\nUpdated March 8, 2024\nPublished March 6, 2024`, '', '2024-03-06'],
    ['"First published" over "Updated"', `${HEAD}\nUpdated: 8 March 2024 09:12\n\nFirst published on Wednesday 6 March 2024`, '', '2024-03-06'],
    ['no date from a caption', `${HEAD}\n\nCampaigners outside the library on February 14, 2024. Photo: Glen Harper`, '', null],
    ['no date from a teaser list between the byline and the body', `${HEAD}\n\nRelated\nLibrary campaigners hand in petition\nFebruary 14, 2024\nMarket hall reopens after fire\nJanuary 30, 2024`, '', null],
    ['no date from a "READ MORE" teaser', `${HEAD}\n\nREAD MORE: Library campaigners hand in petition on February 14, 2024`, '', null],
    ['no date from "now"', `${HEAD}\nUpdated now`, '', null],
    ['no date from a wiki\'s "last edited" footer', HEAD, 'This page was last edited on 3 March 2024, at 10:12 (UTC).', null],
    ['a dotted date alone on its line, which is no counter', `${HEAD}\n\n14.09.2023`, '', '2023-09-14'],
    ['no date from "tomorrow"', `${HEAD}\n\nVote tomorrow`, '', null],
    ['a month glued to the label before it', 'Council votes to close Ashby library\n\nLocal NewsMarch 6, 2024', '', '2024-03-06'],
    ['an ordinal day', `${HEAD}\nPosted on the 6th of March, 2024`, '', '2024-03-06'],
    ['a year-first date with slashes', `${HEAD}\n2024/03/06 09:12`, '', '2024-03-06T09:12'],
    ['a day-month-year date with dashes', `${HEAD}\nPublished 06-03-2024`, '', '2024-03-06'],
    ['the date labelled "Publié" over another above it', `${HEAD}\nLundi 7 avril 2015\nPublié le 8 avril 2015`, '', '2015-04-08'],
    ['a Russian publication date over the update above it', `${HEAD}\nОбновлено 29 ноября 2026, 09:10\nОпубликовано 28 ноября 2026, 14:32`, '', '2026-11-28T14:32'],
    [
      'the date over the headline, under a menu of teasers long enough to read as prose',
      'Innovation\n\nThe quiet rise of the repair café: how volunteers in small towns are keeping old radios alive Jane Holt\n\nWhy the council\'s new bin schedule has left half the street confused about collection days Tom Reyes\n\nThe long history of the Ashby market hall and the families who kept it running Mara Voss\n\nLog out Sign in\n\nSunday, Feb 1, 2015 11:57 AM UTC\n\nCouncil votes to close Ashby library\n\nBy Nia Rowlands',
      '',
      '2015-02-01T11:57Z'
    ],
    ['the date right over the headline rather than the masthead\'s', 'Ashby Echo\nFriday, March 8, 2024\n\nNews\nSport\nWeather\nCulture\n\nThursday, March 7, 2024, 17:05\n\nCouncil votes to close Ashby library', '', '2024-03-07T17:05'],
    ['the date by the byline with the reading time', 'Council votes to close Ashby library\n\nNia Rowlands\nUpdated Wed, March 6, 2024 at 4:32 PM · 3 min read', '', '2024-03-06T16:32']
  ])('takes %s', (_what, header, tail, expected) => {
    expect(dateOf(header, tail)).toBe(expected)
  })

  it('claims the printed date line under a date prefix too, so that it is no paragraph', () => {
    const standfirst = 'Campaigners say the council broke its promise to keep the library open at least until the new community centre is built.'
    const article = parseArticle(` date 2024-03-07 Council votes to close Ashby library\n\n${standfirst}\n\nPublished On 6 Mar 2024 6 Mar 2024\n\n${libraryPage('')}`)
    expect(article.date).toBe('2024-03-07')
    expect(article.body.some((paragraph) => paragraph.includes('6 Mar 2024'))).toBe(false)
    // A date line with a time before the date is a dateline too.
    const timed = parseArticle(` date 2024-03-07 Council votes to close Ashby library\n\n${standfirst}\n\nPublished: 10:42 EST, 6 March 2024 | Updated: 11:05 EST, 6 March 2024\n\n${libraryPage('')}`)
    expect(timed.body.some((paragraph) => paragraph.startsWith('Published'))).toBe(false)
    // Both the published and the updated line are the header's.
    const both = parseArticle(` date 2024-03-07 Council votes to close Ashby library\n\n${standfirst}\n\nPosted Thu, Mar 6, 2024 at 10:12 am ET\n\n|Updated Thu, Mar 6, 2024 at 3:40 pm ET\n\n${libraryPage('')}`)
    expect(both.body.some((paragraph) => paragraph.includes('Mar 6, 2024'))).toBe(false)
    // A short sentence that mentions a date is a paragraph still, with or without the prefix.
    const sentence = 'The council voted on 6 March 2024 to close it.'
    const unprefixed = parseArticle(`${HEAD}\n\n${sentence}\n\n${libraryPage('')}`)
    expect([unprefixed.date, unprefixed.body[0]]).toEqual(['2024-03-06', sentence])
    expect(parseArticle(` date 2024-03-07 Council votes to close Ashby library\n\n${standfirst}\n\n${sentence}\n\n${libraryPage('')}`).body).toContain(sentence)
  })

  it('reads a date with slashes month first on a page in English, day first on a page in another language', () => {
    expect(dateOf(`${HEAD}\nPublished 04/03/2024`)).toBe('2024-04-03')
    const portuguese = 'O porto de Leixões terá um novo terminal de ferries até 2027, anunciou a câmara na segunda-feira depois da votação da assembleia municipal.'
    expect(parseArticle(`Porto de Leixões terá novo terminal\n\nPor João Silva\n04/03/2024\n\n${portuguese}\n\n${portuguese}`).date).toBe('2024-03-04')
  })

  it('counts a relative date from the reference date, and ignores it without one', () => {
    const header = `${HEAD}\n2 days ago`
    expect([dateOf(header, '', REFERENCE), dateOf(header)]).toEqual(['2024-06-08', null])
  })
})

describe('the parsers left out of texts without their words', () => {
  it('are parsers chrono-node has', () => {
    const names = english.casual.parsers.map((parser) => parser.constructor.name)
    expect(PARSERS_NEEDING_WORDS.map(({parser}) => names.includes(parser))).toEqual([true, true])
  })

  it('still read the texts with their words', () => {
    expect(findDate('Posted 3 hours ago', REFERENCE)?.value).toBe('2024-06-10')
    // Read by the parser of counted dates; without it, the date would be 5 June.
    expect(findDate('Filed 2 days earlier, on 5 June 2024', REFERENCE)?.value).toBe('2024-06-08')
  })
})
