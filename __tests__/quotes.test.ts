import {VFile} from 'vfile'
import '../src/data.js'
import people from '../src/plugins/people.js'
import quotes from '../src/plugins/quotes.js'

/** Runs the quotes stage on body paragraphs, as the pipeline hands them over (paragraph i on line 2i). */
function read(body: string[], authors: string[] = []) {
  const file = new VFile()
  file.data.body = body
  file.data.bodyLines = body.map((_, index) => index * 2)
  file.data.authors = authors
  quotes()(undefined, file)
  return {
    quotes: (file.data.quotes ?? []).map(({text, speaker, cue, addressee, paragraph, partial}) => ({text, speaker, cue, addressee, paragraph, partial})),
    warnings: file.messages.map(({reason, line, column, ruleId}) => ({reason, line, column, ruleId}))
  }
}

const speakers = (body: string[], authors: string[] = []) => read(body, authors).quotes.map(({text, speaker}) => [text, speaker])

describe('the quotes stage', () => {
  it('keeps whole quotes of any length with a cue, and partial quotes of four words or more', () => {
    expect(
      speakers([
        'Nehemiah Dejesus, a plumber, fixed the leak.',
        '“I’m not,” Mr. Dejesus said. He said the job had been “the hardest one this winter”, and “tricky”.'
      ])
    ).toEqual([
      ['I’m not', 'Nehemiah Dejesus'],
      ['the hardest one this winter', 'Nehemiah Dejesus']
    ])
  })

  it('leaves out scare quotes, titles, slogans, nicknames and code', () => {
    expect(
      speakers([
        'The so-called "reset" failed, critics said, and the film "The Morning Boat" closed.',
        'The campaign slogan "Cross the Bay for Less" was everywhere; commuters called the card "the gold brick".',
        'The page runs alert("Your settings are saved now") when you click.'
      ])
    ).toEqual([])
  })

  it('reads a speaker after an abbreviated title as the speaker of both halves of the quote', () => {
    expect(
      speakers([
        '"They keep telling us to make sacrifices," Fr. Anselmo Rivadeneira said on Saturday. "This is demolition."',
        '"We will appeal," Atty. Lourdes Pangilinan said, and "Let the court decide," Engr. Ramil Dacanay said.'
      ])
    ).toEqual([
      ['They keep telling us to make sacrifices', 'Anselmo Rivadeneira'],
      ['This is demolition.', 'Anselmo Rivadeneira'],
      ['We will appeal', 'Lourdes Pangilinan'],
      ['Let the court decide', 'Ramil Dacanay']
    ])
  })

  it('reads a nickname in quotes inside a name as part of the speaker, not as a quote', () => {
    expect(
      speakers([
        '"We will not leave," Teofilo "Mang Pilo" Manalastas told the Courier.',
        'Gov. Leonora "Nora" Abesamis-Quirante defended the plan. "The port is not the enemy of the fisherfolk," the governor said.'
      ])
    ).toEqual([
      ['We will not leave', 'Teofilo Manalastas'],
      ['The port is not the enemy of the fisherfolk', 'Leonora Abesamis-Quirante']
    ])
  })

  it('resolves he to the subject, not to a group after a preposition and "the"', () => {
    expect(
      speakers([
        "One of Kelmoor's oldest public buildings will close its doors for good in June.",
        "Kelmoor City Council's cabinet voted on Wednesday evening to shut the Ropewalk Baths on Salter Street.",
        'Opposition leader Cllr Martin Eakins, of the Kelmoor Independents, told the Echo the council had never explored grants.',
        '"There is money out there for exactly this kind of building," he said.'
      ])
    ).toEqual([['There is money out there for exactly this kind of building', 'Martin Eakins']])
  })

  it('gives a quote whose verb has a phrase but no subject after it to the person just named', () => {
    expect(
      speakers([
        'La alcaldesa Inés Arrondo habló tras el pleno. «No vamos a cerrar la biblioteca este año», añadió en rueda de prensa.'
      ])
    ).toEqual([
      ['No vamos a cerrar la biblioteca este año', 'Inés Arrondo']
    ])
  })

  it('reads a doubled cue as one attribution', () => {
    expect(read(['Ruth Abernathy said: “The street has been emptying for years,” she added.']).quotes).toEqual([
      {text: 'The street has been emptying for years', speaker: 'Ruth Abernathy', cue: 'said', addressee: null, paragraph: 0, partial: false}
    ])
  })

  it('gives a paragraph-long quote after an attributed one the same speaker', () => {
    expect(
      speakers([
        '“The models assumed a slow melt,” said glaciologist Ingrid Solvang.',
        '“What we saw instead was collapse at the front, in large blocks.”',
        'The findings will be presented in Bergen next month.'
      ])
    ).toEqual([
      ['The models assumed a slow melt', 'Ingrid Solvang'],
      ['What we saw instead was collapse at the front, in large blocks.', 'Ingrid Solvang']
    ])
  })

  it('resolves he and she to the person of that gender named last', () => {
    expect(
      speakers([
        'Goalkeeper Margit Halvorsen retired on Wednesday. Her coach, Anselm Varga, said he would miss her.',
        '“She was the calmest person in every dressing room,” he said.',
        '“My knees told me before my head did,” she said.'
      ])
    ).toEqual([
      ['She was the calmest person in every dressing room', 'Anselm Varga'],
      ['My knees told me before my head did', 'Margit Halvorsen']
    ])
  })

  it('gives a quote that is a sentence of its own to the person the sentence before is about', () => {
    expect(speakers(['Campaigner Tom Reyes was blunt. “We will not let the library go quietly.”'])).toEqual([
      ['We will not let the library go quietly.', 'Tom Reyes']
    ])
  })

  it('gives a quote whose verb has no subject, as Spanish and Polish write it, to the person just named', () => {
    expect(speakers(['La alcaldesa Inés Arrondo pidió paciencia a los conductores. «Haremos todo lo posible para que el desvío sea corto», añadió.'])).toEqual([
      ['Haremos todo lo posible para que el desvío sea corto', 'Inés Arrondo']
    ])
    expect(speakers(['Burmistrz Tarnowca Jolanta Ostrowska zaapelowała do kierowców. „Zrobimy wszystko, żeby objazd był krótki” – dodała.'])).toEqual([
      ['Zrobimy wszystko, żeby objazd był krótki', 'Jolanta Ostrowska']
    ])
  })

  it('resolves he and she to someone described in the sentence before when nobody is named', () => {
    expect(
      speakers([
        'My neighbour, who has grown garlic for forty years, swears by wood ash. “It keeps the rust off,” he told me.',
        'An old ferryman waited on the quay. “The tide will turn by six,” she said.'
      ])
    ).toEqual([
      ['It keeps the rust off', 'My neighbour'],
      ['The tide will turn by six', 'An old ferryman']
    ])
  })

  it('resolves he and she to nobody when the sentence before is about a thing', () => {
    expect(speakers(['The bridge on the river will close for six months from Monday. “It is urgent,” he said.'])).toEqual([['It is urgent', null]])
  })

  it('reads the name after a role introduced by an article as the speaker, in any language', () => {
    expect(
      speakers([
        '“It is urgent,” said the mayor Marco Dalbosco.',
        '«È urgente», ha detto il sindaco Marco Dalbosco.',
        '"Es urgente", dijo el alcalde Marco Dalbosco.',
        // A name after an article is part of the description, not a speaker.
        '"Es urgente", dijo la directora de la Feria del Libro.'
      ])
    ).toEqual([
      ['It is urgent', 'Marco Dalbosco'],
      ['È urgente', 'Marco Dalbosco'],
      ['Es urgente', 'Marco Dalbosco'],
      ['Es urgente', 'la directora de la Feria del Libro']
    ])
  })

  it('resolves he and she to the subject rather than the one told', () => {
    expect(
      speakers([
        'Union leader Tomas Berg told Reuters the dock workers would stay out. “Nobody here wants a long strike,” he said.',
        'Harbour master Ilse Brandt told Governor Okafor the ramp was unsafe. “We cannot load trucks on it,” she said.'
      ])
    ).toEqual([
      ['Nobody here wants a long strike', 'Tomas Berg'],
      ['We cannot load trucks on it', 'Ilse Brandt']
    ])
  })

  it('gives "it said" to the organisation that opened the sentence before, and "they said" to nobody', () => {
    expect(
      speakers([
        'The Food Standards Agency warned people to stay away from the pills.',
        '“We advise the public not to take any tablets containing DNP,” it said in a statement.',
        '“We were never told what was in them,” they said.'
      ])
    ).toEqual([
      ['We advise the public not to take any tablets containing DNP', 'The Food Standards Agency'],
      ['We were never told what was in them', null]
    ])
  })

  it('gives "the company said" to the organisation named shortly before, and keeps other descriptions', () => {
    expect(
      speakers([
        'Shoppers at Harbour Foods stores will pay less for bread from Monday.',
        'The company said the cuts would “save the average family forty crowns a month”.',
        'One shopper said the change was “long overdue and very welcome”.'
      ])
    ).toEqual([
      ['save the average family forty crowns a month', 'Harbour Foods'],
      ['long overdue and very welcome', 'One shopper']
    ])
  })

  it('gives "the judge said" to the one judge named before, and keeps the description when two were', () => {
    expect(
      speakers([
        'Clement County Common Pleas Judge Miriam Oyelaran-Cobb sentenced him on Thursday; Clement County Prosecutor Lamar Whitcombe-Reyes had asked for more.',
        'The judge said the treatment “does not explain seven years of invoices”.',
        'The prosecutor said the sentence “sends a message to every official”.'
      ])
    ).toEqual([
      ['does not explain seven years of invoices', 'Miriam Oyelaran-Cobb'],
      ['sends a message to every official', 'Lamar Whitcombe-Reyes']
    ])
    expect(
      speakers([
        'Judge Miriam Oyelaran-Cobb and Judge Peter Lindqvist heard the appeal together.',
        'The judge said the appeal “raises a question for the higher court”.'
      ])
    ).toEqual([['raises a question for the higher court', 'The judge']])
  })

  it('reads "another" after a described speaker as another of the same', () => {
    expect(
      speakers(['One survey respondent identified “too many tools and too much switching between them”, while another pointed to “a landscape of tools that never fit together”.'])
    ).toEqual([
      ['too many tools and too much switching between them', 'One survey respondent'],
      ['a landscape of tools that never fit together', 'another survey respondent']
    ])
  })

  it('names the writer as the one told "me" when the byline has one author', () => {
    expect(read(['“It’s a modest program so far,” ScreamMyName told me.'], ['Joseph Quill']).quotes).toEqual([
      {text: 'It’s a modest program so far', speaker: 'ScreamMyName', cue: 'told', addressee: 'Joseph Quill', paragraph: 0, partial: false}
    ])
  })

  it('warns about a mark that is never closed, on its line, and reads on', () => {
    const result = read([
      'The market will move to the old depot, the association said.',
      'One stallholder said the depot was “dry, bright and big enough for everyone.',
      '“We have asked for a roof for ten years,” said florist Maren Ulvestad.'
    ])
    expect(result.warnings).toEqual([
      {reason: 'Unbalanced quotation mark: “ is never closed; the quote is read to the end of its paragraph', line: 3, column: 36, ruleId: 'unbalanced-quote'}
    ])
    expect(result.quotes.map(({text, speaker}) => [text, speaker])).toEqual([
      ['dry, bright and big enough for everyone.', 'One stallholder'],
      ['We have asked for a roof for ten years', 'Maren Ulvestad']
    ])
  })

  it('reports ten unbalanced marks one by one and counts the rest', () => {
    const warnings = read(Array.from({length: 25}, (_, index) => `Paragraph ${index} says “nothing ends here`)).warnings
    expect(warnings).toHaveLength(11)
    expect(warnings[10]).toEqual({reason: '15 more unbalanced quotation marks', line: undefined, column: undefined, ruleId: 'unbalanced-quote'})
  })

  it('reads a quote-dense body, a megabyte paragraph and 50,000 unbalanced marks', () => {
    const paragraph = '“We will not back down,” Mayor Jane Doe told reporters on Monday. She said the plan was “working for months on end” and added: “The vote is final.”'
    expect(read(Array.from({length: 12_000}, () => paragraph)).quotes).toHaveLength(36_000)
    expect(read([paragraph.repeat(7_000)]).quotes).toHaveLength(21_000)
    expect(read(['He said “and then '.repeat(50_000), 'A line with "a '.repeat(50_001)]).warnings).toHaveLength(2)
  })

  it('reads Korean and Japanese quotes, whose particle hands them to a verb after them, a verb without its subject for the person just named', () => {
    expect(
      read([
        '박민호 교통청장은 "주민들이 기다려 온 소식"이라며 "시간표를 공개하겠다"고 말했다.',
        '白鷺市の桐生雅人市長は、記者会見で「大変申し訳なく思っています」と述べました。',
        'その上で「できるだけ早い再開を目指したい」と述べました。'
      ]).quotes
    ).toEqual([
      {text: '주민들이 기다려 온 소식', speaker: '박민호', cue: '말했다', addressee: null, paragraph: 0, partial: false},
      {text: '시간표를 공개하겠다', speaker: '박민호', cue: '말했다', addressee: null, paragraph: 0, partial: false},
      {text: '大変申し訳なく思っています', speaker: '桐生雅人', cue: '述べました', addressee: null, paragraph: 1, partial: false},
      {text: 'できるだけ早い再開を目指したい', speaker: '桐生雅人', cue: '述べました', addressee: null, paragraph: 2, partial: false}
    ])
  })
})

describe('the people stage', () => {
  it('lists the people of the body by the fullest form of their names', () => {
    const file = new VFile()
    file.data.body = ['Russian President Vladimir Putin met Ebrahim Raisi in the Middle East.', 'Putin told Raisi the talks went well.']
    people()(undefined, file)
    expect(file.data.people).toEqual([
      {name: 'Vladimir Putin', role: 'Russian President', mentions: 2},
      {name: 'Ebrahim Raisi', role: null, mentions: 2}
    ])
  })
})
