import {attributionAfter, attributionBefore, type Narrative} from '../src/text/attribution.js'
import {findQuotes, piecesByParagraph} from '../src/text/quote-marks.js'
import {maskQuotes, tokenize} from '../src/text/words.js'

/** The paragraph with its quotes masked, and the index of its n-th quote token. */
function narrativeOf(paragraph: string, nth = 0): {narrative: Narrative; quote: number} {
  const pieces = piecesByParagraph(findQuotes([paragraph]).spans, [paragraph])[0] ?? []
  const text = maskQuotes(paragraph, pieces)
  const tokens = tokenize(text)
  const quote = tokens.map((token, index) => (token.kind === 'quote' ? index : -1)).filter((index) => index !== -1)[nth] ?? -1
  return {narrative: {text, tokens}, quote}
}

function after(paragraph: string, nth = 0) {
  const {narrative, quote} = narrativeOf(paragraph, nth)
  const found = attributionAfter(narrative, quote)
  return found && {speaker: found.speaker?.text ?? null, kind: found.speaker?.kind ?? null, cue: found.cue, addressee: found.addressee?.text ?? null}
}

function before(paragraph: string, nth = 0) {
  const {narrative, quote} = narrativeOf(paragraph, nth)
  const found = attributionBefore(narrative, 0, quote)
  return found && {speaker: found.speaker?.text ?? null, kind: found.speaker?.kind ?? null, cue: found.cue}
}

describe('attributionAfter', () => {
  it.each([
    ['"We tried," Putin said.', {speaker: 'Putin', kind: 'name', cue: 'said', addressee: null}],
    ['"We tried," said Mr. Reeves, a senior fellow.', {speaker: 'Mr. Reeves', kind: 'name', cue: 'said', addressee: null}],
    ['"We tried," Putin told Raisi.', {speaker: 'Putin', kind: 'name', cue: 'told', addressee: 'Raisi'}],
    ['"We tried," Kenzie told host Remi Oduya.', {speaker: 'Kenzie', kind: 'name', cue: 'told', addressee: 'Remi Oduya'}],
    ['"We tried," she told reporters.', {speaker: 'she', kind: 'pronoun', cue: 'told', addressee: 'reporters'}],
    ['"We tried," he told me.', {speaker: 'he', kind: 'pronoun', cue: 'told', addressee: 'me'}],
    ['"We tried," she assured residents.', {speaker: 'she', kind: 'pronoun', cue: 'assured', addressee: 'residents'}],
    ['"We tried," Putin warned the council.', {speaker: 'Putin', kind: 'name', cue: 'warned', addressee: 'the council'}],
    ['"We tried," Putin told the committee that the plan had failed.', {speaker: 'Putin', kind: 'name', cue: 'told', addressee: 'the committee'}],
    ['"We tried," Putin explained to the BBC.', {speaker: 'Putin', kind: 'name', cue: 'explained', addressee: 'BBC'}],
    ['"We tried," Putin said to Raisi.', {speaker: 'Putin', kind: 'name', cue: 'said', addressee: 'Raisi'}],
    ['"We tried," she said to residents.', {speaker: 'she', kind: 'pronoun', cue: 'said', addressee: 'residents'}],
    ['"We tried," Putin wrote to councillors.', {speaker: 'Putin', kind: 'name', cue: 'wrote', addressee: 'councillors'}],
    ['"We tried," her mother, Fiona, said in a statement.', {speaker: 'Fiona', kind: 'name', cue: 'said', addressee: null}],
    ['„Avem aparatură nouă”, a spus Mihai Popescu.', {speaker: 'Mihai Popescu', kind: 'name', cue: 'a spus', addressee: null}],
    ['«Но за один год это не исправить», — подчеркнул он.', {speaker: 'он', kind: 'pronoun', cue: 'подчеркнул', addressee: null}],
    ['«Тут тепліше», — каже Соломія Бондар.', {speaker: 'Соломія Бондар', kind: 'name', cue: 'каже', addressee: null}],
    ['«Ζούμε σαν σε καραντίνα», λέει η Αγλαΐα Σταματέλου.', {speaker: 'Αγλαΐα Σταματέλου', kind: 'name', cue: 'λέει', addressee: null}],
    ['"Kami sudah bawa sayur," tutur Marlina.', {speaker: 'Marlina', kind: 'name', cue: 'tutur', addressee: null}],
    ['"Sinubukan namin," (We tried. We failed.) Teofilo Manalastas, 67, told the Courier.', {speaker: 'Teofilo Manalastas', kind: 'name', cue: 'told', addressee: 'Courier'}],
    ['„We hebben het geprobeerd”, zegt ze.', {speaker: 'ze', kind: 'pronoun', cue: 'zegt', addressee: null}],
    ['”Vi försökte”, säger hon.', {speaker: 'hon', kind: 'pronoun', cue: 'säger', addressee: null}],
    ['"We tried," said LTB chief executive Tan Siew Ling at a briefing.', {speaker: 'Tan Siew Ling', kind: 'name', cue: 'said', addressee: null}],
    ['"We tried," wrote Esker Falls resident Marvin Teague.', {speaker: 'Marvin Teague', kind: 'name', cue: 'wrote', addressee: null}],
    ['„Vi prøvde”, sier ordfører i Hjelmevik, Sigrid Haugtveit.', {speaker: 'Sigrid Haugtveit', kind: 'name', cue: 'sier', addressee: null}],
    ['"We tried," Speaker Dalton Pryce (R-Ohio) told reporters.', {speaker: 'Speaker Dalton Pryce', kind: 'name', cue: 'told', addressee: 'reporters'}],
    ['"We tried," Dr. Feel, an Evolution user, wrote.', {speaker: 'Dr. Feel', kind: 'name', cue: 'wrote', addressee: null}],
    ['"We tried," one user complained.', {speaker: 'one user', kind: 'description', cue: 'complained', addressee: null}],
    ['"We tried," a spokesman for the council said.', {speaker: 'a spokesman for the council', kind: 'description', cue: 'said', addressee: null}],
    ['"We tried," an official at the ministry said.', {speaker: 'an official at the ministry', kind: 'description', cue: 'said', addressee: null}],
    ['« On a essayé », a-t-il confié.', {speaker: 'il', kind: 'pronoun', cue: 'a-t-il confié', addressee: null}],
    ['"Lo intentamos", dijo la directora, Inés Arrondo.', {speaker: 'Inés Arrondo', kind: 'name', cue: 'dijo', addressee: null}],
    ['"We hebben het geprobeerd", zei burgemeester Anke Jansen.', {speaker: 'Anke Jansen', kind: 'name', cue: 'zei', addressee: null}],
    ['„Próbowaliśmy” – powiedział rzecznik spółki Adam Kulesza.', {speaker: 'Adam Kulesza', kind: 'name', cue: 'powiedział', addressee: null}],
    ['„Próbowaliśmy” – powiedział PAP rzecznik straży Tomasz Wrzos.', {speaker: 'Tomasz Wrzos', kind: 'name', cue: 'powiedział', addressee: 'PAP'}],
    ['«Мы пытались», — заявил Сергей Лыков.', {speaker: 'Сергей Лыков', kind: 'name', cue: 'заявил', addressee: null}],
    ['„Wir haben es versucht“, warnte Stefan Ollendorf.', {speaker: 'Stefan Ollendorf', kind: 'name', cue: 'warnte', addressee: null}],
    ['"We tried," according to the New Zealand Department of Conservation.', {speaker: 'New Zealand Department of Conservation', kind: 'name', cue: 'according to', addressee: null}],
    ['"The sea gives and the sea takes." – Aksel Brun', {speaker: 'Aksel Brun', kind: 'name', cue: null, addressee: null}],
    ['“我们试过了。”李博灏说。', {speaker: '李博灏', kind: 'name', cue: '说', addressee: null}],
    ['박민호 교통청장은 "노력했다"고 말했다.', {speaker: '박민호', kind: 'name', cue: '말했다', addressee: null}],
    ['남궁연주 씨는 "노력했다"라고 했다.', {speaker: '남궁연주', kind: 'name', cue: '했다', addressee: null}],
    ['白鷺市の桐生雅人市長は、記者会見で「努力しました」と述べました。', {speaker: '桐生雅人', kind: 'name', cue: '述べました', addressee: null}],
    ['三枝美緒さん（31）は「心配です」と話していました。', {speaker: '三枝美緒', kind: 'name', cue: '話していました', addressee: null}],
    // The government (`정부는`) and the company (`同社は`) name nobody: the verb's subject is left to the narrative.
    ['정부는 "노력했다"고 밝혔다.', {speaker: null, kind: null, cue: '밝혔다', addressee: null}],
    ['同社は「努力しました」と説明しました。', {speaker: null, kind: null, cue: '説明しました', addressee: null}]
  ])('%s', (paragraph, expected) => {
    expect(after(paragraph)).toEqual(expected)
  })

  it('takes no clause or infinitive for the person told', () => {
    expect(after('"We tried," Putin warned that night.')?.addressee).toBeNull()
    expect(after('"We tried," Putin promised to the end.')?.addressee).toBeNull()
    expect(after('"We tried," Putin said to be fair.')?.addressee).toBeNull()
    // After "to" a bare word is told only when it is a plural noun: these are verbs.
    expect(after('"We tried," Putin said to discuss it.')?.addressee).toBeNull()
    expect(after('"We tried," Putin said to focus on jobs.')?.addressee).toBeNull()
    expect(after('"We tried," Putin said to avoid delays.')?.addressee).toBeNull()
  })

  it('finds nothing when no cue follows', () => {
    expect(after('"We tried" is painted on the harbour wall in large letters.')).toBeNull()
    expect(after('The mantra is "less talk, more work." Everyone repeats it.')).toBeNull()
    expect(after('"안전"이라는 말이 현수막에 적혀 있다.')).toBeNull()
    expect(after('「安全第一」と書かれた看板が立っている。')).toBeNull()
  })
})

describe('attributionBefore', () => {
  it.each([
    ['Putin said: "We tried."', {speaker: 'Putin', kind: 'name', cue: 'said'}],
    ["A spokesperson for Dean said: 'Dean wishes Kenzie nothing but the best.'", {speaker: 'A spokesperson for Dean', kind: 'description', cue: 'said'}],
    ['Mr Obama said it was "the hardest year of my life".', {speaker: 'Mr Obama', kind: 'name', cue: 'said'}],
    ['Lindqvist said the chain would stay, adding: "Our bakers are going nowhere."', {speaker: 'Lindqvist', kind: 'name', cue: 'adding'}],
    ['Caudevilla was keen to stress that the service "is not intended to be a control".', {speaker: 'Caudevilla', kind: 'name', cue: 'stress'}],
    ['Yoon apologized on television, saying they "stemmed from the urgency".', {speaker: 'Yoon', kind: 'name', cue: 'saying'}],
    ['Rachel Stephens, senior analyst at RedMonk, shared her view: "Teams are unprepared."', {speaker: 'Rachel Stephens', kind: 'name', cue: 'shared'}],
    ['Rachel Stephens, senior analyst at RedMonk, put it plainly: "Teams are unprepared."', {speaker: 'Rachel Stephens', kind: 'name', cue: null}],
    ['According to RedMonk’s Stephens, "budgets are tight."', {speaker: 'RedMonk’s Stephens', kind: 'name', cue: 'According to'}],
    ['In Dr. Shadlen\'s words, "Could the moment be tied to awareness?"', {speaker: 'Dr. Shadlen\'s', kind: 'name', cue: 'In Dr. Shadlen\'s words'}],
    ['马素湘说：“想不关注都难啊！”', {speaker: '马素湘', kind: 'name', cue: '说'}],
    // Past an age and a relative clause set off after the name.
    ['Edna Pike, 61, who lives opposite the school and was first on the scene, said: "I held her head until the ambulance came."', {speaker: 'Edna Pike', kind: 'name', cue: 'said'}],
    // A possessive and a noun before the colon: the possessor speaks.
    ['Her verdict: "This is a sad day for the town."', {speaker: 'she', kind: 'pronoun', cue: null}],
    ['Ihr Fazit: „Wenn Brandauer hustet, liegt die Stadt im Bett.“', {speaker: 'sie', kind: 'pronoun', cue: null}]
  ])('%s', (paragraph, expected) => {
    expect(before(paragraph)).toEqual(expected)
  })

  it('takes no function word at the start of a sentence for a name', () => {
    expect(before('Как отметила прокурор, проверка «будет доведена до конца и виновные ответят».')?.speaker).toBeNull()
  })

  it('takes no infinitive, passive or colon after a non-speaker as a cue', () => {
    expect(before('She had nothing to say about "the new plan for the harbour".')).toBeNull()
    expect(before('That being said, the plan is "a work in progress for now".')).toBeNull()
    expect(before('For example: "Ugh, I literally tore the house apart."')).toBeNull()
  })
})
