import {VFile} from 'vfile'
import {bodyTokens} from '../src/plugins/people.js'
import {cjkNameBefore} from '../src/text/chinese-names.js'
import {indexPeople, splitRole} from '../src/text/people.js'

describe('indexPeople', () => {
  it('clusters every form of a name under the fullest, with the role kept apart', () => {
    const index = indexPeople([
      'Russian President Vladimir Putin on Thursday praised relations with Iran at a meeting with Ebrahim Raisi.',
      'The two discussed the war, which has raised tensions in the Middle East.',
      'Putin told Raisi that the talks had gone well, and Mr Putin later flew home.'
    ])
    expect(index.people).toEqual([
      {name: 'Vladimir Putin', role: 'Russian President', mentions: 3},
      {name: 'Ebrahim Raisi', role: null, mentions: 2}
    ])
  })

  it('reads the role set off after a name, up to a relative clause or a name of its own', () => {
    const roles = (paragraph: string) => indexPeople([paragraph]).people.map(({name, role}) => [name, role])
    expect(roles('Hester Quayle, the head librarian, opened the doors.')).toEqual([['Hester Quayle', 'head librarian']])
    expect(roles('"Nobody called us," said Beatrix Lumley, chief executive of the Aldwin Freight Association.')).toEqual([
      ['Beatrix Lumley', 'chief executive of the Aldwin Freight Association']
    ])
    expect(roles('Catriona Mulvey, operations director at Skerrin Tidal, said the turbine had not missed a tide.')).toEqual([
      ['Catriona Mulvey', 'operations director at Skerrin Tidal']
    ])
    expect(roles('Ruth Calloway, a teacher who was travelling home, said the train stopped.')).toEqual([['Ruth Calloway', 'teacher']])
    expect(roles('The deck was drawn by Pamela Colman Smith, the artist Waite chose, in 1909.')).toEqual([['Pamela Colman Smith', 'artist']])
  })

  it('reads a role written in lower case before a name, with the words that qualify it after a function word', () => {
    const roles = (paragraph: string) => indexPeople([paragraph]).people.map(({name, role}) => [name, role])
    expect(roles('"We kept every library open," said council leader Hannah Ostrow.')).toEqual([['Hannah Ostrow', 'council leader']])
    expect(roles('Council leader Hannah Ostrow told the chamber the vote was close.')).toEqual([['Hannah Ostrow', 'Council leader']])
    expect(roles('Its proposer, councillor Dev Salcombe, spoke last.')).toEqual([['Dev Salcombe', 'councillor']])
    // A role before the name, and the place it is of inside the capitalised run (Russian).
    expect(roles('«Я хочу понимать, куда ушли деньги», — заявил глава Заречинска Андрей Лыков.')).toEqual([['Андрей Лыков', 'глава Заречинска']])
    // A role noun and the word that qualifies it, in that order (Polish, Russian).
    expect(roles('„Nie możemy ryzykować” – powiedział PAP rzecznik wojewody Tomasz Wrzos.')).toEqual([['Tomasz Wrzos', 'rzecznik wojewody']])
    // A speech verb before the role is no part of it.
    expect(roles("'Het is dringend', zei woordvoerder Tom Kranenburg.")).toEqual([['Tom Kranenburg', 'woordvoerder']])
    // A verb before the qualifier: the role noun alone.
    expect(roles('The vote defeated council leader Hannah Ostrow on fares.')).toEqual([['Hannah Ostrow', 'leader']])
  })

  it('reads a role set off before a name that opens on an article, in any language', () => {
    const roles = (paragraph: string) => indexPeople([paragraph]).people.map(({name, role}) => [name, role])
    expect(roles('The head of the council, Hannah Ostrow, opened the meeting.')).toEqual([['Hannah Ostrow', 'head of the council']])
    expect(roles('"Es urgente", declaró el portavoz de la autoridad, Tomás Cranich.')).toEqual([['Tomás Cranich', 'portavoz de la autoridad']])
    // A clause before the comma says nothing of who the person is.
    expect(roles('At the meeting on Tuesday, Hannah Ostrow spoke first.')).toEqual([['Hannah Ostrow', null]])
    expect(roles('The official language is English, Hannah Ostrow told the council.')).toEqual([['Hannah Ostrow', null]])
  })

  it('reads no role from a relation before a name, nor from a role after a possessive', () => {
    const roles = (paragraph: string) => indexPeople([paragraph]).people.map(({name, role}) => [name, role])
    expect(roles('The minister arrived with wife Grace Ostrow on Monday.')).toEqual([['Grace Ostrow', null]])
    expect(roles('He called his lawyer Maren Okafor at once.')).toEqual([['Maren Okafor', null]])
  })

  it('reads no role from a clause, an age, a phrase too long for one, or words that do not open on a role', () => {
    const roles = (paragraph: string) => indexPeople([paragraph]).people.map(({role}) => role)
    expect(roles('Angus Rennie, who chairs the Skerrin Fishermen’s Association, said so.')).toEqual([null])
    expect(roles('Wilfred Ansah, 71, said he cried.')).toEqual([null])
    expect(roles('In the noise Edward Lorenz, his secretary, his programmer and his students worked on.')).toEqual([null])
    expect(roles('Tom Reyes, as a friend to the family, said he would help.')).toEqual([null])
    expect(roles('Tom Reyes, deputy commissioner for water and sewer operations at the city department of environmental protection, said so.')).toEqual([null])
    // A title written before the name is its role.
    expect(roles('Councillor Mirela Tosh, the culture lead, said the library had a barrier.')).toEqual(['Councillor'])
  })

  it('leaves out places, organisations, headings and sentence openers', () => {
    const index = indexPeople([
      'Depth of Content = Quality + Frequency',
      'Officials in New Zealand and at the Whole Foods Market said the Silk Road case was closed.',
      'Enter Stuart R. Kaplan, a graduate of the Wharton School of Business. Kaplan says tarot is a book.',
      // Set off by commas after a noun for a company, a name is the company's.
      'The operator, Skerry Lines, says the change was forced on it.'
    ])
    expect(index.people.map((person) => person.name)).toEqual(['Stuart R. Kaplan'])
  })

  it('takes a common given name and a surname for a person, but not a longer run, nor a Chinese name spelt out in brackets', () => {
    const index = indexPeople([
      'Campaigner Tom Reyes was blunt about the vote.',
      'A Margaret Hamilton Lego figure stood on the desk, next to a photo of 戴夫·汉森（Dave Hanson）.'
    ])
    expect(index.people.map((person) => person.name)).toEqual(['Tom Reyes', '戴夫·汉森'])
  })

  it('leaves out a landform whose name opens like a title', () => {
    const index = indexPeople(['Lough Carrow is a lake. The River Carrow drains it, and Mount Cook stands over it, said Tom Reyes.'])
    expect(index.people.map((person) => person.name)).toEqual(['Tom Reyes'])
  })

  it('tells two people with one surname apart by who was named last', () => {
    const index = indexPeople([
      'Hori Parata said the whales were family.',
      'His cousin, Te Kaurinui Robert Parata, disagreed.',
      'Parata then left the beach.'
    ])
    expect(index.resolve('Parata', {paragraph: 2, offset: 0})).toBe('Te Kaurinui Robert Parata')
    expect(index.resolve('Parata', {paragraph: 1, offset: 0})).toBe('Hori Parata')
    expect(index.resolve('Mr. Nobody', {paragraph: 2, offset: 0})).toBeNull()
  })

  it('finds the person a pronoun stands for by gender and by who was the subject', () => {
    const index = indexPeople([
      'Goalkeeper Margit Halvorsen said she would retire.',
      'Her coach, Anselm Varga, said he would miss her. Halvorsen thanked the fans of Fjordby.'
    ])
    const afterBoth = {paragraph: 1, offset: 90}
    expect(index.lastPersonBefore(afterBoth, 'm')).toEqual({name: 'Anselm Varga', paragraph: 1})
    expect(index.lastPersonBefore(afterBoth, 'f')).toEqual({name: 'Margit Halvorsen', paragraph: 1})
    expect(index.lastPersonBefore({paragraph: 0, offset: 0}, null)).toBeNull()
  })

  it('takes the first name after an opening phrase of places as the subject a pronoun marks as a person', () => {
    const index = indexPeople(["In Tulwet village, about 20 kilometres from Kapsiwa, Tobias Kiprop Ng'eno stood in the rain at the edge of his half-planted field."])
    expect(index.people.map(({name}) => name)).toEqual(["Tobias Kiprop Ng'eno"])
    expect(index.lastPersonBefore({paragraph: 0, offset: 120}, 'm')).toEqual({name: "Tobias Kiprop Ng'eno", paragraph: 0})
  })

  it('takes no name after "the" or "&" for a person on a pronoun alone', () => {
    const people = (paragraph: string) => indexPeople([paragraph]).people.map(({name}) => name)
    expect(people('Later he wrote books on mysticism, ceremonial magic, and the Holy Grail, beginning in the late 1880s. His work was well received.')).toEqual([])
    expect(people('The singer appeared on the Hot Takes & Hair Flicks podcast, where she spoke about the split.')).toEqual([])
  })

  it('reads a capitalised role noun before a name as the role, as German capitalises every noun', () => {
    const roles = (paragraph: string) => indexPeople([paragraph]).people.map(({name, role}) => [name, role])
    expect(roles('„Die Wege sind zu schmal“, warnte Polizeihauptkommissar Stefan Ollendorf.')).toEqual([['Stefan Ollendorf', 'Polizeihauptkommissar']])
    expect(roles('Landrat Jürgen Vosskamp zeigte sich verärgert über die kurze Vorwarnzeit.')).toEqual([['Jürgen Vosskamp', 'Landrat']])
    expect(roles('"It adds a year," said City Engineer Howard Kessling.')).toEqual([['Howard Kessling', 'City Engineer']])
    // Without a known given name after it, a role noun may open the name of a body; it stays in the name.
    expect(roles('"We won," Driver Marek Okafor said.')).toEqual([['Driver Marek Okafor', null]])
    // A role and its place before a given name; a given name after a given name is the name's (`Mary Anne`).
    expect(roles('Burmistrz Tarnowca Jolanta Ostrowska zaapelowała do kierowców o cierpliwość.')).toEqual([['Jolanta Ostrowska', 'Burmistrz Tarnowca']])
    expect(roles('"We won," said Chief Constable Mary Anne Holt.')).toEqual([['Mary Anne Holt', 'Chief Constable']])
    // A body's name in the plural before a given name is the role's (`Dean of University Libraries`).
    expect(roles('Dean of University Libraries Everett Lindqvist said in a statement that the budget was short.').map(([name]) => name)).toEqual(['Everett Lindqvist'])
  })

  it('resolves a mention that kept a word of the role before the name', () => {
    const index = indexPeople(['«Воду подадим к вечеру», — заявил глава Озёрска Андрей Лыков.'])
    expect(index.resolve('Озёрска Андрей Лыков', {paragraph: 0, offset: 40})).toBe('Андрей Лыков')
  })

  it('leaves out a name between "the" and a noun, which names a thing', () => {
    expect(indexPeople(["She appeared on Friday's episode of the Hot Takes podcast, where she spoke about the split."]).people).toEqual([])
  })

  it('takes a consultancy named after its founder for no person, and gives his surname to him', () => {
    const index = indexPeople(['According to Teodor Marsh, principal at Marsh Cold Chain Advisory, nine depots are planned.', '"The economics have flipped," Marsh told the Ledger.'])
    expect(index.people.map(({name}) => name)).toEqual(['Teodor Marsh'])
    expect(index.resolve('Marsh', {paragraph: 1, offset: 40})).toBe('Teodor Marsh')
  })

  it('leaves out an office named in one German compound', () => {
    expect(indexPeople(['Das Straßenbauamt Hohenbrück weist den Vorwurf zurück, sagte Peter Haubensack.']).people.map(({name}) => name)).toEqual(['Peter Haubensack'])
  })

  it('takes an airline or an engine maker named like a person for no person a pronoun stands for', () => {
    const index = indexPeople([
      'Kestrel Air has parked 31 jets while engines made by Corvane Engines undergo inspections.',
      'Chief Executive Ingrid Solberg told analysts that Corvane had given firmer dates.'
    ])
    expect(index.people.map(({name}) => name)).toEqual(['Ingrid Solberg'])
    expect(index.lastPersonBefore({paragraph: 1, offset: 80}, 'f')).toEqual({name: 'Ingrid Solberg', paragraph: 1})
  })

  it('keeps the organisations it reads for "the company" to stand for, a few paragraphs at most', () => {
    const index = indexPeople([
      'As the report by Stanford University’s Center on Poverty and Inequality shows, rents rose.',
      'Energy Control’s lab in Madrid tests the samples.',
      'The lab is busy.',
      'It opens early.',
      'It closes late.',
      'Nobody knows when.'
    ])
    expect(index.lastOrganisationBefore({paragraph: 1, offset: 0})).toBe('Stanford University’s Center on Poverty and Inequality')
    expect(index.lastOrganisationBefore({paragraph: 2, offset: 0})).toBe('Energy Control')
    expect(index.lastOrganisationBefore({paragraph: 5, offset: 0})).toBeNull()
  })

  it('reads Chinese names before speech verbs and with a middle dot, then finds them again anywhere', () => {
    const index = indexPeople(['社会学荣誉教授戴夫·汉森表示，这是一个问题。', '汉森指出：“问题很大。”', '在和尼尔·阿姆斯特朗一起的时候，汉森是学生。'])
    expect(index.people).toEqual([
      {name: '戴夫·汉森', role: null, mentions: 3},
      {name: '尼尔·阿姆斯特朗', role: null, mentions: 1}
    ])
    expect(index.resolve('汉森', {paragraph: 1, offset: 0})).toBe('戴夫·汉森')
  })

  it('reads Korean and Japanese names by the title and particle after them, the title as the role', () => {
    const index = indexPeople(['박민호 교통청장은 4일 밝혔다. 정부는 반대했다.', '白鷺市の桐生雅人市長は、会見した。三枝美緒さん（31）も話した。同社は答えた。'])
    expect(index.people).toEqual([
      {name: '박민호', role: '교통청장', mentions: 1},
      {name: '桐生雅人', role: '市長', mentions: 1},
      {name: '三枝美緒', role: null, mentions: 1}
    ])
  })
})

describe('splitRole', () => {
  it('takes the Irish head of government for a title', () => {
    expect(splitRole(['Taoiseach', 'Fergal', 'Dunleavy'])).toEqual({name: ['Fergal', 'Dunleavy'], role: 'Taoiseach', start: 1})
  })

  it('keeps titles, nationalities and organisations out of the name', () => {
    expect(splitRole(['Whole', 'Foods', 'CEO', 'John', 'Mackey'])).toEqual({name: ['John', 'Mackey'], role: 'Whole Foods CEO', start: 3})
    expect(splitRole(['The', 'Obama’s'])).toEqual({name: ['Obama'], role: null, start: 1})
  })
})

describe('cjkNameBefore', () => {
  it('takes the name before a speech verb, without role words, adverbs or the clause before it', () => {
    const text = '在法国留学的卢宇表示，全国政协委员张近东提出，卢宇恳切地说'
    expect(cjkNameBefore(text, text.indexOf('表示'))).toBe('卢宇')
    expect(cjkNameBefore(text, text.indexOf('提出'))).toBe('张近东')
    expect(cjkNameBefore(text, text.lastIndexOf('说'))).toBe('卢宇')
    expect(cjkNameBefore('例如，它可以回答', 6)).toBeNull()
  })
})

describe('bodyTokens', () => {
  it('tokenises the body once, for the people and the quotes stages both', () => {
    const file = new VFile()
    file.data.body = ['Ana Lobo said yes.']
    const tokens = bodyTokens(file)
    expect(tokens.map((paragraph) => paragraph.map((token) => token.text))).toEqual([['Ana', 'Lobo', 'said', 'yes', '.']])
    expect(bodyTokens(file)).toBe(tokens)
  })
})
