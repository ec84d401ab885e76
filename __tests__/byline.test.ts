/**
 * Reading bylines (src/text/bylines.ts) and the byline stage's order of
 * preference (src/plugins/byline.ts).
 */
import {parseArticle} from '../src/index.js'
import {isCreditLine, nameCase, readByline, splitCredits} from '../src/text/bylines.js'
import {HEADLINE, libraryPage} from './helpers/library-page.js'

/** Who a line credits, if it reads as a byline, and whether an opener ("By", "Par") said so. */
function credited(line: string): {explicit: boolean; authors: string[]; agencies: string[]} | undefined {
  const match = readByline(line)
  return match && {explicit: match.explicit, ...splitCredits(match.credit)}
}

describe('readByline', () => {
  it.each([
    ['By Hannah Okonjo', true, ['Hannah Okonjo'], []],
    ['Words by Lukas Brenner | Senior Editor', true, ['Lukas Brenner'], []],
    ['Por María Fernanda Quiroga', true, ['María Fernanda Quiroga'], []],
    ['Par Élodie Marchand', true, ['Élodie Marchand'], []],
    // Given names that are function words of other languages (Italian `per`, Vietnamese `theo`).
    ['By Per Andersson and Theo Baptiste-Lund', true, ['Per Andersson', 'Theo Baptiste-Lund'], []],
    ['Von Jürgen Albrecht', true, ['Jürgen Albrecht'], []],
    ['Автор: Ксения Валуева', true, ['Ксения Валуева'], []],
    ['Oprac.: Marta Zielińska-Kos', true, ['Marta Zielińska-Kos'], []],
    ['Af Mette Kragh', true, ['Mette Kragh'], []],
    ['Penulis Rizky Aditama', true, ['Rizky Aditama'], []],
    ['Oleh Nur Aisyah Kamarudin dan Hafiz Zainal Abidin', true, ['Nur Aisyah Kamarudin', 'Hafiz Zainal Abidin'], []],
    ['Pewarta: Rizky Aditama', true, ['Rizky Aditama'], []],
    ['Av Sigrid Haugtveit og Jens Hovland', true, ['Sigrid Haugtveit', 'Jens Hovland'], []],
    ['Av Linnea Berg och Oskar Dahl', true, ['Linnea Berg', 'Oskar Dahl'], []],
    ['Haber: Elif Şahin ve Murat Kaya', true, ['Elif Şahin', 'Murat Kaya'], []],
    ['Haber: Elif Şahin - Kamera: Murat Kaya', true, ['Elif Şahin'], []],
    ['Kavita Rajwade / SNN / Updated: Nov 28, 2026, 14:32 IST', false, ['Kavita Rajwade'], []],
    ['（白鷺放送局 佐伯遼）', true, ['佐伯遼'], []],
    ['// By Tamsin Achterberg • March 3, 2024', true, ['Tamsin Achterberg'], []],
    ['Posted on Tuesday 15 October 2019 at 09:11 by Gareth Lowry', true, ['Gareth Lowry'], []],
    ['Written on Feb 24 by Annika Sorensen', true, ['Annika Sorensen'], []],
    ['By HARRIET QUAYLE-MORGAN FOR BEACONONLINE', true, ['Harriet Quayle-Morgan'], ['BEACONONLINE']],
    ['By crab_counter42', true, ['crab_counter42'], []],
    ['Written by @tidewatcher', true, ['@tidewatcher'], []],
    ['By margaret', true, ['margaret'], []],
    ['By Jane Holloway For Mailonline', true, ['Jane Holloway'], ['Mailonline']],
    ['By OSKAR LINDQVIST and MARTA SOLBERG Associated Press', true, ['Oskar Lindqvist', 'Marta Solberg'], ['Associated Press']],
    ['By Dana Whitcombe, Senior Staff Technologist, Open Networks Foundation', true, ['Dana Whitcombe'], []],
    ['Par Claire Vasseur (avec Marc Dubreuil et Sophie Lenoir)', true, ['Claire Vasseur', 'Marc Dubreuil', 'Sophie Lenoir'], []],
    ['By Leah Okoro, Senior Policy Analyst, Digital Liberty Project', true, ['Leah Okoro'], []],
    ['By Imogen Rackwell, Business reporter, CBT News and Daniel Fenwick-Osei, CBT Vale', true, ['Imogen Rackwell', 'Daniel Fenwick-Osei'], []],
    ['By JEFFREY ASHWORTH', true, ['Jeffrey Ashworth'], []],
    ['Por Lucía Ferrández / EFE', true, ['Lucía Ferrández'], ['EFE']],
    ['김서연 기자', true, ['김서연'], []],
    ['김서연 기자 seoyeon@hanbit.example', true, ['김서연'], []],
    ['By Reuters', true, [], ['Reuters']],
    ['By Hannah Okonjo and AFP', true, ['Hannah Okonjo'], ['AFP']],
    ['Tess Brannigan - 11/19/23 06:56 AM EST', false, ['Tess Brannigan'], []],
    ['Alex Perrin 1 day ago', false, ['Alex Perrin'], []],
    ['Priya Nandakumar • 8h', false, ['Priya Nandakumar'], []],
    ['Priya Nandakumar | Updated: Mar 04, 2025 18:05 IST', false, ['Priya Nandakumar'], []],
    ['Mireya Tollefsen · BPB News · Posted: Mar 04, 2027 4:00 AM EST | Last Updated: 2 hours ago', false, ['Mireya Tollefsen'], []],
    ['Rehan Qadir Soomro | APP Published March 4, 2027 Updated about 4 hours ago', false, ['Rehan Qadir Soomro'], ['APP']],
    ['Por: Redacción Vértice Noticias / Notimex', true, [], ['Notimex']],
    ['Press Trust of India | Updated: Mar 04, 2025 18:05 IST', false, [], ['Press Trust of India']]
  ])('reads %s', (line, explicit, authors, agencies) => {
    expect(credited(line)).toEqual({explicit, authors, agencies})
  })

  // An agency beside a date with no label between may stand under the writer's name: the name is the byline then.
  it.each(['The council said on Monday that it would act.', '（資料写真）', 'Home', 'March 3, 2024', 'Share this article', 'Written on Feb 24 by', 'Associated PressDecember 2, 2016', 'By email', 'by the river', 'Council news · Posted: Mar 04, 2027'])(
    'finds no byline in %s',
    (line) => {
      expect(readByline(line)).toBeUndefined()
    }
  )
})

describe('splitCredits', () => {
  it.each([
    ['Hannah Okonjo and Glen Harper', ['Hannah Okonjo', 'Glen Harper'], []],
    ['Hannah Okonjo, Reuters', ['Hannah Okonjo'], ['Reuters']],
    ['Rhys Madoc for The Western Mail', ['Rhys Madoc'], ['The Western Mail']],
    ['Agence France-Presse', [], ['Agence France-Presse']],
    ['Ashby Echo Staff', [], ['Ashby Echo Staff']],
    ['Jane Holloway For Mailonline', ['Jane Holloway'], ['Mailonline']],
    ['Kit Amadi, a deputy editor. She has covered the courts for over a decade', ['Kit Amadi'], []],
    ['Hannah Okonjo (AFP)', ['Hannah Okonjo'], ['AFP']],
    ['Hannah Okonjo (reporting) and Glen Harper (photography)', ['Hannah Okonjo', 'Glen Harper'], []],
    ['Hannah (Nan) Okonjo', ['Hannah (Nan) Okonjo'], []],
    ['Hannah Okonjo in Kabul and Glen Harper in New Delhi', ['Hannah Okonjo', 'Glen Harper'], []]
  ])('splits %s into people and organisations', (credit, authors, agencies) => {
    expect(splitCredits(credit)).toEqual({authors, agencies})
  })
})

describe('nameCase', () => {
  it.each([
    ['NADEZHDA KORVALOVA', 'Nadezhda Korvalova'],
    ['SEAN MCMANUS', 'Sean McManus'],
    ["SIOBHAN O'CONNELL", "Siobhan O'Connell"],
    ['ANNE-MARIE LEFEVRE-DUBOIS', 'Anne-Marie Lefevre-Dubois'],
    ['ANA DE LA TORRE', 'Ana de la Torre'],
    ['DE SOUZA', 'De Souza'],
    ['DJ Okafor', 'DJ Okafor'],
    ['Tomasz MacAllister', 'Tomasz MacAllister']
  ])('writes %s as %s', (printed, name) => {
    expect(nameCase(printed)).toBe(name)
  })
})

const DEK = 'The books will move to a room in the leisure centre from January'
/** Enough paragraphs that a signature under them is out of the headline's reach. */
const LATER_PARAGRAPHS = 'The vote was close, and the room was full of people who had come to watch it.\n\n'.repeat(24)

/** The byline fields of a page: `header` above the body, `tail` below it. */
function bylineOf(header: string, tail = ''): {byline: string | null; authors: string[]; agencies: string[]} {
  const {byline, authors, agencies} = parseArticle(libraryPage(header, tail))
  return {byline, authors, agencies}
}

describe('the byline stage', () => {
  it.each([
    ['an explicit byline near the headline, before a name with a date above it', `Glen Harper · March 5, 2024\n\n${HEADLINE}\n\nBy Nia Rowlands`, '', 'By Nia Rowlands', ['Nia Rowlands']],
    ['a name with a date, before a label placed like a byline', `${HEADLINE}\n\nUrban Affairs\n\nKestrel Vantongeren - March 6, 2024`, '', 'Kestrel Vantongeren - March 6, 2024', ['Kestrel Vantongeren']],
    ['a known given name, before a label placed like a byline', `${HEADLINE}\n\nUrban Affairs\n\nSarah Mills`, '', 'Sarah Mills', ['Sarah Mills']],
    ['the first line with strong evidence, in reading order', `${HEADLINE}\n\nKestrel Vantongeren - March 6, 2024\n\nSarah Mills`, '', 'Kestrel Vantongeren - March 6, 2024', ['Kestrel Vantongeren']],
    ['a name right under the headline', `${HEADLINE}\nKestrel Vantongeren`, '', 'Kestrel Vantongeren', ['Kestrel Vantongeren']],
    ['a name next to a date', `${HEADLINE}\n\n${DEK}\n\nKestrel Vantongeren\nMarch 6, 2024`, '', 'Kestrel Vantongeren', ['Kestrel Vantongeren']],
    ['a signature after the body when the header has none', HEADLINE, 'Posted by Miriam Ashdown at 9:14 PM\n\n3 comments:', 'Posted by Miriam Ashdown at 9:14 PM', ['Miriam Ashdown']],
    ['the header byline rather than a signature', `${HEADLINE}\n\nBy Nia Rowlands`, 'Posted by Miriam Ashdown at 9:14 PM', 'By Nia Rowlands', ['Nia Rowlands']],
    ['a name with its role under it, before a name with a date', `${HEADLINE}\n\nKestrel Vantongeren\nGames Editor\nAshby Echo March 9, 2024`, '', 'Kestrel Vantongeren', ['Kestrel Vantongeren']],
    ['a name with its role glued on, before a byline in a box of teasers in the body', `${HEADLINE}\n\nKestrel Vantongeren Contributor\nOpinions expressed by Ledgerline contributors are their own.\nMar 17, 2026, 07:45am EDT`, `MORE FROM LEDGERLINE\nThe Hidden Cost Of Just-In-Time Inventory, Five Years On\nBy Corin Maddox`, 'Kestrel Vantongeren Contributor', ['Kestrel Vantongeren']],
    ['a name with its role on the same line, before the outlet next to a date', `${HEADLINE}\n\n${DEK}\n\nKestrel Vantongeren | Staff Writer\nAshby Echo\nPublished March 9, 2024`, '', 'Kestrel Vantongeren | Staff Writer', ['Kestrel Vantongeren']],
    ['a name over its role and outlet set apart by middle dots', `Premium\n\n${HEADLINE}\n\n${DEK}\n\nKahurangi Tipene-Walsh\nSenior Reporter·Ashby Echo·\n\n4 Mar, 2027 05:00 AM`, '', 'Kahurangi Tipene-Walsh', ['Kahurangi Tipene-Walsh']],
    ['a name in capitals, in name case', `${HEADLINE}\n\nKESTREL MCVANTONGEREN`, '', 'KESTREL MCVANTONGEREN', ['Kestrel McVantongeren']],
    ['a lone "by" with a one-word name below it', `by\n\nQuillmoth\n\n${HEADLINE}`, '', 'by Quillmoth', ['Quillmoth']],
    ['an explicit byline opening the page, above a menu over the headline', `Ashby Echo\n\nBy NIA ROWLANDS March 5, 2024\n\nHome\nNews\nSport\nWeather\nCulture\n\n${HEADLINE}`, '', 'By NIA ROWLANDS March 5, 2024', ['Nia Rowlands']],
    ['names under an editor\'s note, over their paper over the date', `${HEADLINE}\n\n${DEK}\n\nEditor's note: The Ashby Echo is making its coverage of the library closure free for all readers while the council decides.\n\nNia Rowlands and Kestrel Vantongeren\n\nAshby Echo\n\nPublished 6:10 p.m. Nov. 3, 2027`, '', 'Nia Rowlands and Kestrel Vantongeren', ['Nia Rowlands', 'Kestrel Vantongeren']],
    ['names over their paper over the date, each set apart', `${HEADLINE}\n\n${DEK}\n\nNia Rowlands and Kestrel Vantongeren\n\nAshby Echo\n\nPublished 6:10 p.m. Nov. 3, 2027`, '', 'Nia Rowlands and Kestrel Vantongeren', ['Nia Rowlands', 'Kestrel Vantongeren']],
    ['a byline without its printed link marker', `${HEADLINE}\n\nBy Kestrel Vantongeren [2]`, '', 'By Kestrel Vantongeren [2]', ['Kestrel Vantongeren']],
    ['a name with its paper over the date', `${HEADLINE}\n\nKestrel Vantongeren, The Ashby Register\nMon, March 8, 2027 at 10:02 PM EST`, '', 'Kestrel Vantongeren, The Ashby Register', ['Kestrel Vantongeren']],
    ['a signature far below rather than a name only placed like a byline', `Lakeside Notes\n\nMarch 5, 2024\n\n${HEADLINE}`, `${LATER_PARAGRAPHS}Posted by Miriam Ashdown at 9:14 PM`, 'Posted by Miriam Ashdown at 9:14 PM', ['Miriam Ashdown']]
  ])('takes %s', (_what, header, tail, byline, authors) => {
    expect(bylineOf(header, tail)).toEqual({byline, authors, agencies: []})
  })

  it('adds the writers stacked under the byline, each over a role', () => {
    expect(bylineOf(`${HEADLINE}\n\nBy Wendell Asante\nWestern correspondent\nLupe Sandoval\nReporter, High Basin Public Radio\nMarch 6, 2024`)).toEqual({
      byline: 'By Wendell Asante',
      authors: ['Wendell Asante', 'Lupe Sandoval'],
      agencies: []
    })
    // A name without a role under it is no writer's.
    expect(bylineOf(`${HEADLINE}\n\nBy Wendell Asante\nWestern correspondent\nLupe Sandoval`).authors).toEqual(['Wendell Asante'])
    // Each writer over a role may stand in a block of its own; a photographer set apart under the byline is no writer.
    expect(bylineOf(`${HEADLINE}\n\nKelvin Ong Jia Hao\nSenior Transport Correspondent\n\nRachel Liew Shu Min\nCorrespondent\n\nMarch 6, 2024`).authors).toEqual([
      'Kelvin Ong Jia Hao',
      'Rachel Liew Shu Min'
    ])
    expect(bylineOf(`${HEADLINE}\n\nBy Wendell Asante\n\nLupe Sandoval\nPhotographer`).authors).toEqual(['Wendell Asante'])
  })

  it('adds a second name with a known given name in a block of its own under a bare name, not under a "By" line', () => {
    expect(bylineOf(`${HEADLINE}\n\nJussi Peltonen-Ahola\n\nAino Kärkkäinen\n\n`).authors).toEqual(['Jussi Peltonen-Ahola', 'Aino Kärkkäinen'])
    expect(bylineOf(`${HEADLINE}\n\nBy Nia Rowlands\n\nSarah Mills\n\n`).authors).toEqual(['Nia Rowlands'])
  })

  it('takes a name placed like a byline, with its agency, when the signature under the text names the same writer', () => {
    expect(bylineOf(`${HEADLINE}\n\n${DEK}\n\n4. března 2027 10:00\n\nIlona Škrabalová, ČTK`, `${LATER_PARAGRAPHS}Autor: Ilona Škrabalová`)).toEqual({
      byline: 'Ilona Škrabalová, ČTK',
      authors: ['Ilona Škrabalová'],
      agencies: ['ČTK']
    })
  })

  it("takes a name with its role in lower case or its outlet's staff, and a second such writer in the next block", () => {
    expect(bylineOf(`${HEADLINE}\n\n${DEK}\n\nRosalind Achterberg, Porchlight Staff\n\nPosted Thu, Mar 4, 2027 at 10:12 am ET`).authors).toEqual(['Rosalind Achterberg'])
    const sky = `${HEADLINE}\n\n${DEK}\n\nLydia Ransome-Kaur, news reporter @LydiaRKaur\n\nCallum Ibbotson, North of England correspondent @CIbbotsonMN\n\nThursday 4 March 2027 10:12, UK`
    expect(bylineOf(sky).authors).toEqual(['Lydia Ransome-Kaur', 'Callum Ibbotson'])
  })

  it('takes no place under a name for a writer', () => {
    expect(bylineOf(`${HEADLINE}\n${DEK}\n\nSant Feliu de Cabrerola\nDijous, 4 de març de 2027, 08.15 h`).authors).toEqual([])
  })

  it('adds the writers stacked over their paper, and the writers stacked over a paper beside the date', () => {
    const dated = 'Published 5:02 a.m. ET April 6, 2027'
    expect(bylineOf(`${HEADLINE}\n${DEK}\nJane Whitfield\nOren Castellanos-Whyte\nAshby Echo\n${dated}`)).toEqual({
      byline: 'Jane Whitfield',
      authors: ['Jane Whitfield', 'Oren Castellanos-Whyte'],
      agencies: []
    })
    expect(bylineOf(`${HEADLINE}\n${DEK}\nTamsin Oyler-Grant\nOren Castellanos-Whyte\nAshby Echo\n${dated}`).authors).toEqual([
      'Tamsin Oyler-Grant',
      'Oren Castellanos-Whyte'
    ])
    expect(bylineOf(`${HEADLINE}\n${DEK}\n\nLucía Ferrándiz\nTomás Ibarrola\nCastrovega - 04 mar 2027 - 06:00 CET`).authors).toEqual(['Lucía Ferrándiz', 'Tomás Ibarrola'])
    // A place under the name, and a photographer over the agency, are no writers.
    expect(bylineOf(`${HEADLINE}\n\nJane Whitfield\nSão Paulo\n\n${dated}`).authors).toEqual(['Jane Whitfield'])
    expect(bylineOf(`${HEADLINE}\n\nJane Whitfield\nReporter\nMattias Brunnvik\nFotograf\nSNB\n${dated}`).authors).toEqual(['Jane Whitfield'])
  })

  it('takes a name with the place it writes from under a standfirst and a caption', () => {
    const standfirst = 'Residents of Kirkby Wraith say the company concealed hundreds of spills into the river where their children swim every summer.'
    const header = `${HEADLINE}\n\n${standfirst}\n\nSwimmers at the Wraith Bridge pool, which residents say has been unsafe for years. Photograph: Glen Harper/The Palladian\n\nHelen Ashdown in Kirkby Wraith\nSat 28 Nov 2026 06.14 GMT`
    expect(bylineOf(header).authors).toEqual(['Helen Ashdown'])
  })

  it('reads an explicit signature past a blog\'s end matter, but no commenter\'s name and date as far down', () => {
    const endMatter = 'Recommend\nBookmark\nShare\nPublished in\nLakeside Notes\nStories from the lake towns.\nFollow by email\nEmail me when there are new stories\nFollow\nTweet\nSave\nPrint\nReport\nResponses'
    expect(bylineOf(HEADLINE, `${LATER_PARAGRAPHS}${endMatter}\nWritten on Mar 27 by\nMiriam Ashdown`).authors).toEqual(['Miriam Ashdown'])
    expect(bylineOf(HEADLINE, `${LATER_PARAGRAPHS}${endMatter}\nHarlan Pickett · March 27, 2024\nGreat piece, thank you.`).byline).toBeNull()
  })

  it("reads the reporters a Chinese paper credits in brackets at the start of the first paragraph, and the agency before them", () => {
    const taipei = parseArticle('德坊新村都更 第17次協調會仍卡2戶\n\n〔記者林書妤、許哲維／台北報導〕北市德坊里「德坊新村」都更案7日晚間召開第17次協調會，仍有2戶住戶不同意。市府表示將持續溝通。\n\n住戶說，協調會已經開了好幾年，大家都等得很累，希望市府能早日拿出具體的方案來。')
    expect({byline: taipei.byline, authors: taipei.authors, agencies: taipei.agencies}).toEqual({byline: '〔記者林書妤、許哲維／台北報導〕', authors: ['林書妤', '許哲維'], agencies: []})
    expect(taipei.body[0]).toMatch(/^〔記者林書妤/u)
    const beijing = parseArticle('社区食堂让老人吃得更好\n\n新华社北京3月4日电（记者 王明）记者4日从全国社区助餐工作会议上获悉，全国已建成社区长者食堂超过五万个，服务老年人数百万人次。\n\n在青岚市东湖街道，一家由社区闲置用房改造的长者食堂每天为三百多位老人提供午餐。')
    expect({authors: beijing.authors, agencies: beijing.agencies}).toEqual({authors: ['王明'], agencies: ['新华社']})
  })

  it('takes no item of a menu for a name, though it opens with a given name', () => {
    expect(bylineOf(`Son Dakika\nAna Sayfa\nGündem\nYurt\n\n${HEADLINE}`).byline).toBeNull()
    expect(bylineOf(`${HEADLINE}\n\nSarah Mills\nGames Editor`).byline).toBe('Sarah Mills')
  })

  it('takes a name and a date under key points set together under the headline', () => {
    const points = [
      'Harbour Board has approved a new ferry terminal at the old quay, three years after the first plans.',
      'In a memo, the board said the terminal would be built for "a harbour twice the size" of today\'s.',
      'It is the third terminal planned since 2019.'
    ].join('\n')
    const page = `${HEADLINE}\n\n${points}\nKestrel Vantongeren\nFeb 12, 2026, 5:48 AM ET\nShare`
    expect(bylineOf(page)).toEqual({byline: 'Kestrel Vantongeren', authors: ['Kestrel Vantongeren'], agencies: []})
    expect(parseArticle(libraryPage(page)).date).toBe('2026-02-12T05:48-05:00')
  })

  it('adds the agency the story came from, printed in the byline block', () => {
    expect(bylineOf(`${HEADLINE}\n\nOprac.: Barbara Wilczyńska-Lis\nŹródło: PAP\nUdostępnij`)).toEqual({
      byline: 'Oprac.: Barbara Wilczyńska-Lis',
      authors: ['Barbara Wilczyńska-Lis'],
      agencies: ['PAP']
    })
    // A source set apart from the byline, or not an agency, is none of the byline's.
    expect(bylineOf(`${HEADLINE}\n\nBy Nia Rowlands\n\nSource: PAP`).agencies).toEqual([])
    expect(bylineOf(`${HEADLINE}\n\nBy Nia Rowlands\nSource: Ashby Council`).agencies).toEqual([])
  })

  it.each([
    ['— with AAP', ['AAP']],
    ['(With inputs from PTI)', ['PTI']],
    ['[With inputs from agencies]', ['agencies']],
    ['Additional reporting by KNA and Wanjiru Otieno', ['KNA']],
    ['Opposition quotes via PA Media.', ['PA Media']],
    ['Contributing: The Associated Press', ['The Associated Press']],
    ['The Associated Press contributed to this report.', ['The Associated Press']],
    ['Staff writer Glen Harper and Reuters also contributed.', ['Reuters']],
    ['Staff writer Glen Harper contributed reporting. The Associated Press contributed to this report.', ['The Associated Press']],
    ['Contributing: Elias Brandvold in Ashby.', []],
    ['Dozens of volunteers contributed.', []],
    ['Our thanks to Reuters readers who wrote in.', []]
  ])('adds the agency a credit under the story names: %s', (credit, agencies) => {
    const article = parseArticle(libraryPage(`${HEADLINE}\n\nBy Nia Rowlands`, credit))
    expect({authors: article.authors, agencies: article.agencies}).toEqual({authors: ['Nia Rowlands'], agencies})
    if (agencies.length > 0) expect(article.body.at(-1)).not.toBe(credit)
  })

  it('takes no title with "in" for a name and the place it was filed from', () => {
    expect(isCreditLine('Arrest Made in Series of Northside Pharmacy Burglaries')).toBe(false)
    expect(isCreditLine('Nia Rowlands in Rio de Janeiro')).toBe(true)
    expect(isCreditLine('Nia Rowlands, The Ashby Register')).toBe(true)
    expect(isCreditLine('Glen Harper / The Ashby Echo')).toBe(false)
    expect(splitCredits('Nia Rowlands in Rio de Janeiro').authors).toEqual(['Nia Rowlands'])
  })

  it("takes no press officer under a release's contact label for its writer", () => {
    expect(bylineOf(`${HEADLINE}\n\nFOR IMMEDIATE RELEASE\n\nMEDIA CONTACT:\nSgt. Nia Rowlands\nPublic Information Officer\nPhone: (555) 014-3370`)).toEqual({byline: null, authors: [], agencies: []})
    expect(bylineOf(`${HEADLINE}\n\nPress contact:\nNia Rowlands\nCommunications Manager`)).toEqual({byline: null, authors: [], agencies: []})
  })

  it.each([
    [
      'two writers under the standfirst, the first with a known given name, and the agency under their paper',
      `${HEADLINE}\n\n${DEK}\n\nJess Monaghan and Troy Castellano\n\nAshby Echo\n\n— with AAP\n\n4 min read\n\nMarch 4, 2027 - 5:47PM`,
      '',
      'Jess Monaghan and Troy Castellano',
      ['Jess Monaghan', 'Troy Castellano'],
      ['AAP']
    ],
    ['the agency a credit a block under the byline names', `${HEADLINE}\n\nNia Rowlands and Glen Harper\n\nAshby Echo\n\n— with AAP`, '', 'Nia Rowlands and Glen Harper', ['Nia Rowlands', 'Glen Harper'], ['AAP']],
    [
      'a second writer under the first, each over a handle',
      `${HEADLINE}\n\nPublished Thu, Apr 29 2027 7:31 PM EDT\n\nJess Monaghan\n@JessMonaghan\n\nTroy Castellano\n@TroyCastellano\n\nShare`,
      '',
      'Jess Monaghan',
      ['Jess Monaghan', 'Troy Castellano'],
      []
    ],
    [
      "the reporters a wire's credits under the story name, when nothing above names a writer",
      HEADLINE,
      '(Reporting by Mila Tomic; edited in English by Glen Harper)',
      '(Reporting by Mila Tomic; edited in English by Glen Harper)',
      ['Mila Tomic'],
      []
    ],
    ['the byline above rather than the reporters a wire credits under the story', `${HEADLINE}\n\nBy Nia Rowlands`, '(Reporting by Mila Tomic; Editing by Glen Harper)', 'By Nia Rowlands', ['Nia Rowlands'], []]
  ])('takes %s', (_what, header, tail, byline, authors, agencies) => {
    expect(bylineOf(header, tail)).toEqual({byline, authors, agencies})
  })

  it('reads a signature whose name is on the line under "Written on Feb 24 by", and gives it as printed', () => {
    expect(bylineOf(HEADLINE, 'Written on Feb 24 by\nAnnika Sorensen\n\nTags: saws, restoration')).toEqual({
      byline: 'Written on Feb 24 by Annika Sorensen',
      authors: ['Annika Sorensen'],
      agencies: []
    })
  })

  it.each([
    ['a name and a role', 'Kestrel Vantongeren, Staff Writer', ['Kestrel Vantongeren'], []],
    ['two names', 'Kestrel Vantongeren and Glen Harper', ['Kestrel Vantongeren', 'Glen Harper'], []],
    ['a name and an agency in brackets', 'Kestrel Vantongeren (Reuters)', ['Kestrel Vantongeren'], ['Reuters']],
    ['a name and the outlet written for', 'Sarah Mills for The Ashby Echo', ['Sarah Mills'], ['The Ashby Echo']],
    ['a wire agency alone', 'Associated Press', [], ['Associated Press']]
  ])('takes a line of credits without "By" under the headline: %s', (_what, line, authors, agencies) => {
    expect(bylineOf(`${HEADLINE}\n\n${line}\nMarch 6, 2024`)).toEqual({byline: line, authors, agencies})
  })

  it.each(['Kestrel Vantongeren, Staff Writer, spoke', 'Sarah Mills for a Better Ashby', 'Associated Press Stylebook'])(
    'takes no line of credits holding anything but names, outlets and roles: %s',
    (line) => {
      expect(bylineOf(`${HEADLINE}\n\n${line}\nMarch 6, 2024`)).toMatchObject({authors: [], agencies: []})
    }
  )

  it('splits the outlet from a name written "Name For Outlet" without "By"', () => {
    const header = `${HEADLINE}\n\nJane Holloway For Mailonline\n\nPublished: 19:02 GMT, 6 March 2024`
    expect(bylineOf(header)).toEqual({byline: 'Jane Holloway For Mailonline', authors: ['Jane Holloway'], agencies: ['Mailonline']})
  })
})
