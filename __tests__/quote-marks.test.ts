import {findQuotes, piecesByParagraph} from '../src/text/quote-marks.js'

const texts = (paragraphs: string[]) => findQuotes(paragraphs).spans.map((span) => span.text)

describe('findQuotes', () => {
  it('pairs each kind of mark with its own closing mark', () => {
    expect(
      texts([
        '"Straight quotes," she said.',
        '“Curly quotes,” he said.',
        '« Des guillemets », a-t-il dit.',
        '„Deutsche Anführungszeichen“, sagte sie.',
        '‘Single quotes,’ they said.',
        '他说：「中文引号」。'
      ])
    ).toEqual(['Straight quotes,', 'Curly quotes,', 'Des guillemets', 'Deutsche Anführungszeichen', 'Single quotes,', '中文引号'])
  })

  it('reads the Swedish and Finnish mark that opens and closes, and guillemets turned round, but no closing mark as an opening one', () => {
    expect(texts(['”Vi försökte”, säger hon.', '»Vi prøvede«, siger hun.', '“Curly,” he said, “and again.”', '« Des guillemets », dit-elle.'])).toEqual([
      'Vi försökte',
      'Vi prøvede',
      'Curly,',
      'and again.',
      'Des guillemets'
    ])
  })

  it('goes on with a Spanish quote in the next paragraph after its continuation mark', () => {
    expect(texts(['«Lo que nos piden es que sigamos ahorrando.', '»Si el ministerio quiere hablar, que venga aquí».'])).toEqual([
      'Lo que nos piden es que sigamos ahorrando. Si el ministerio quiere hablar, que venga aquí'
    ])
  })

  it('gives offsets of the marks in their paragraph', () => {
    expect(findQuotes(['He said "yes" twice.']).spans).toEqual([{paragraph: 0, open: 8, endParagraph: 0, close: 12, text: 'yes'}])
  })

  it('leaves apostrophes inside words alone', () => {
    expect(texts(['‘It’s O’Brien’s turn,’ she said.'])).toEqual(['It’s O’Brien’s turn,'])
  })

  it('reads whole quotes written with straight single marks, but not the apostrophes such marks mostly are', () => {
    expect(texts(["'It is urgent,' said the mayor. 'We cannot wait any longer.'", "'De bewoners hebben lang genoeg gewacht', zei hij."])).toEqual([
      'It is urgent,',
      'We cannot wait any longer.',
      'De bewoners hebben lang genoeg gewacht'
    ])
    const apostrophes = ["The players' union said the '90s were better, and rock 'n' roll too.", "'A-ha' moment of the week", "Some 'scare quotes' mid-sentence."]
    expect(findQuotes(apostrophes)).toEqual({spans: [], stray: []})
  })

  it('goes on with a quote in straight single marks in the next paragraph that opens with one', () => {
    const paragraphs = ["'We were the better side, but you don't get what you deserve. We had to take it.", "'Credit to Rovers. That's what a squad is for.'", 'Albion play again on Tuesday.']
    expect(texts(paragraphs)).toEqual(["We were the better side, but you don't get what you deserve. We had to take it. Credit to Rovers. That's what a squad is for."])
    expect(texts(["A spokesperson said: 'We understand the family's frustration.", "'Officers have spoken to 46 witnesses.'"])).toEqual(["We understand the family's frustration. Officers have spoken to 46 witnesses."])
  })

  it('keeps a quote inside a quote as part of the outer one', () => {
    expect(texts(['“They called it ‘the gold brick’ and laughed,” he said.'])).toEqual(['They called it ‘the gold brick’ and laughed,'])
  })

  it('closes a straight opening mark with a curly closing one', () => {
    expect(texts(['"Minibars almost always lose money,” Sharon said.'])).toEqual(['Minibars almost always lose money,'])
  })

  it('joins a quote that runs over paragraphs with single spaces', () => {
    const paragraphs = ['“The light will burn without me.', '“It will not notice the storms.', '“I will miss every one.”']
    expect(findQuotes(paragraphs)).toEqual({
      spans: [
        {
          paragraph: 0,
          open: 0,
          endParagraph: 2,
          close: 23,
          text: 'The light will burn without me. It will not notice the storms. I will miss every one.'
        }
      ],
      stray: []
    })
  })

  it('reads a mark that is never closed to the end of its paragraph and reports it', () => {
    const result = findQuotes(['She said the depot was “dry and bright.', 'The market opens in July, “she said.”'])
    expect(result.stray).toEqual([{paragraph: 0, offset: 23, mark: '“'}])
    expect(result.spans.map(({paragraph, text}) => [paragraph, text])).toEqual([
      [0, 'dry and bright.'],
      [1, 'she said.']
    ])
  })

  it('lists the pieces of a long quote in each paragraph it covers', () => {
    const paragraphs = ['Intro “one', '“two', '“three” end']
    const pieces = piecesByParagraph(findQuotes(paragraphs).spans, paragraphs)
    expect(pieces.map((list) => list.map(({start, end}) => [start, end]))).toEqual([[[6, 9]], [[0, 3]], [[0, 6]]])
  })

  it('completes on 50,000 unbalanced marks and a megabyte line', () => {
    const unbalanced = findQuotes(['He said “and then '.repeat(50_000), 'A plain paragraph.', '"a '.repeat(50_001), 'x ‘a '.repeat(50_000)])
    const long = findQuotes(['“Quoted words,” she said. '.repeat(40_000)])
    expect(unbalanced.stray.map(({paragraph, offset}) => [paragraph, offset])).toEqual([
      [0, 8],
      [2, 150_000],
      [3, 2]
    ])
    expect(long.spans).toHaveLength(40_000)
  })
})
