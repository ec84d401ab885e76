import {parseArticle} from '../src/index.js'
import {dashQuotes} from '../src/text/dash-quotes.js'
import {findQuotes} from '../src/text/quote-marks.js'

const texts = (paragraphs: string[]) => dashQuotes(paragraphs, findQuotes(paragraphs).spans).map(({paragraph, text, close}) => ({paragraph, text, close}))

describe('dashQuotes', () => {
  it('reads a paragraph opened by a dash up to the attribution after a comma, a dash or a question mark', () => {
    expect(
      texts([
        '– Vi har blitt glemt. Dette er den eneste veien til jobb, sier ordfører Sigrid Haugtveit.',
        '– Yleensä jäätie on ollut auki huhtikuun alkuun asti, Rautiainen sanoo.',
        '— Бригады работают круглосуточно, — сказал глава Заречинска Андрей Лыков на заседании оперативного штаба.',
        '– Obudził mnie huk. Myślałem, że to wybuchła stacja benzynowa – relacjonuje pan Henryk.',
        '– Men tre uker? forteller Aasheim.'
      ])
    ).toEqual([
      {paragraph: 0, text: 'Vi har blitt glemt. Dette er den eneste veien til jobb', close: 56},
      {paragraph: 1, text: 'Yleensä jäätie on ollut auki huhtikuun alkuun asti', close: 52},
      {paragraph: 2, text: 'Бригады работают круглосуточно,', close: 34},
      {paragraph: 3, text: 'Obudził mnie huk. Myślałem, że to wybuchła stacja benzynowa', close: 62},
      {paragraph: 4, text: 'Men tre uker?', close: 15}
    ])
  })

  it('reads a paragraph without an attribution whole, and a second dash after a full stop as another quote', () => {
    expect(texts(['– Jeg har ringt fylket hver dag. Svaret er alltid det samme.', '– Det går ikke, sier Lunde. – Men vi prøver.'])).toEqual([
      {paragraph: 0, text: 'Jeg har ringt fylket hver dag. Svaret er alltid det samme.', close: -1},
      {paragraph: 1, text: 'Det går ikke', close: 14},
      {paragraph: 1, text: 'Men vi prøver.', close: -1}
    ])
  })

  it('leaves a comma in the quote when no speech verb opens what follows it, and paragraphs with quotation marks to them', () => {
    expect(texts(['– Kona kjører ungene, og jeg kjører rundt fjorden.', '– „Vi prøver”, sier hun.'])).toEqual([
      {paragraph: 0, text: 'Kona kjører ungene, og jeg kjører rundt fjorden.', close: -1}
    ])
  })
})

describe('dialogue quotes in the quotes stage', () => {
  const page = (body: string) =>
    parseArticle(`Ferja står til kai i minst tre uker\n\nAv Marit Flatebø\n\n${body}`).quotes.map(({text, speaker, cue}) => ({text, speaker, cue}))

  it('attributes them as quotes set between marks, in a language other than English', () => {
    const body = [
      'Ferja «Brekketind» traff kaia i Nordvågen i helgen, og sambandet mellom Hjelmevik og Sørbø er stengt i minst tre uker.',
      '– Vi har blitt glemt. Dette er den eneste veien til jobb og skole for over 2000 mennesker, sier Tormod Aasheim.',
      '– Jeg har ringt fylket hver dag siden lørdag. Svaret er alltid at de jobber med saken.'
    ].join('\n\n')
    expect(page(body)).toEqual([
      {text: 'Vi har blitt glemt. Dette er den eneste veien til jobb og skole for over 2000 mennesker', speaker: 'Tormod Aasheim', cue: 'sier'},
      {text: 'Jeg har ringt fylket hver dag siden lørdag. Svaret er alltid at de jobber med saken.', speaker: 'Tormod Aasheim', cue: null}
    ])
  })

  it('reads no quote from a list set with dashes in English', () => {
    const body = [
      'The council published its plan for the harbour on Tuesday, and the mayor said the work would start in the spring.',
      '– Two new berths for the ferries, said to cost four million.',
      '– A wider road to the quay, which the mayor said was overdue.'
    ].join('\n\n')
    expect(page(body)).toEqual([])
  })
})
