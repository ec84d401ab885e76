import {isControl} from '../src/input/binary.js'
import {removeHtmlLeftovers} from '../src/text/html.js'
import {normaliseLine, normaliseText, positionAt} from '../src/text/normalise.js'

describe('normaliseText', () => {
  it('counts CRLF, a lone CR and the Unicode separators as one line break each', () => {
    expect(normaliseText('one\r\ntwo\rthree\nfour\u2028five\u2029six').lines).toEqual(['one', 'two', 'three', 'four', 'five', 'six'])
  })

  it('reads odd spaces as spaces and drops invisible characters', () => {
    const raw = '\tThe\u00A0ferry\u2009link  runs\fagain on Mon\u200Bday;\u00ADHar\u00ADrow\u2060 Island\u3000\uFEFF '
    expect(normaliseText(raw)).toEqual({text: 'The ferry link runs again on Monday;Harrow Island', lines: ['The ferry link runs again on Monday;Harrow Island'], markdown: false, wrapping: null, datePrefix: null, warnings: []})
  })

  it('says when the input is JSON rather than a page: a JSONL dump, or one record printed over several lines', () => {
    const warning = {
      message: "The input is JSON, not a page's text, and was read as text: for JSON records, one per line, use --input-format jsonl (and --text-field)",
      line: null,
      column: null,
      rule: 'json-input'
    }
    expect(normaliseText('{"url": "https://example.org/1", "text": "Harbour board meets"}\n{"url": "https://example.org/2"}\n').warnings).toEqual([warning])
    expect(normaliseText('  {\n  "text": "Harbour board meets",\n  "tags": ["port"]\n}\n').warnings).toEqual([warning])
    // Braces and brackets that open a page's text are not JSON.
    expect(normaliseText('[Updated] Harbour board meets\n\nThe board met on Monday.').warnings).toEqual([])
    expect(normaliseText('{Photo} The new terminal').warnings).toEqual([])
  })

  it('says when a whole page came as one line, its line breaks lost', () => {
    const sentence = 'The harbour board approved plans for a new ferry terminal on Tuesday after two years of consultation. '
    const page = `Harbour Board Approves Terminal By Ines Varga ${sentence.repeat(20)}`.trim()
    expect(normaliseText(`\n${page}\n`).warnings).toEqual([
      {
        message: `The page is one line of ${page.length.toLocaleString('en')} characters: its line breaks were lost before it was saved, so its headline, byline and paragraphs cannot be told apart and it is read as one paragraph`,
        line: 2,
        column: null,
        rule: 'single-line'
      }
    ])
    // A short note on one line, or a long paragraph among others, is no lost page.
    expect(normaliseText(sentence).warnings).toEqual([])
    expect(normaliseText(`Harbour Board Approves Terminal\n\n${page}`).warnings).toEqual([])
  })

  it('puts a drop cap saved on a line of its own back on its word, keeping the lines numbered', () => {
    expect(normaliseText('Ferry\nT\nhe river had been rising.\nA\nstorm came.').lines).toEqual(['Ferry', '', 'The river had been rising.', 'A', 'storm came.'])
  })

  it('takes the store date prefix off line 1', () => {
    expect(normaliseText(' date 2024-05-14 Lakeside Courier\nNews')).toMatchObject({datePrefix: '2024-05-14', lines: ['Lakeside Courier', 'News']})
  })

  it('replaces control characters with spaces, once reported at the first', () => {
    expect(normaliseText('Clean line\nA bell\x07 rang\nand\x1b[31m red\x08')).toEqual({
      text: 'Clean line\nA bell rang\nand [31m red',
      lines: ['Clean line', 'A bell rang', 'and [31m red'],
      markdown: false,
      wrapping: null,
      datePrefix: null,
      warnings: [{message: 'Replaced 3 control characters with spaces: they are not text', line: 2, column: 7, rule: 'control-characters'}]
    })
  })

  it('reports columns of line 1 in the file, date prefix included', () => {
    expect(normaliseText(' date 2024-05-14 Fish &amp; chips').warnings).toEqual([
      {message: "Decoded 1 HTML character reference: the page's markup was left in its text", line: 1, column: 23, rule: 'html-leftovers'}
    ])
  })

  it('replaces unpaired surrogates with U+FFFD', () => {
    expect(normaliseText('ok \uD83D\uDE00 half \uD83D and \uDE00')).toMatchObject({
      text: 'ok \uD83D\uDE00 half \uFFFD and \uFFFD',
      warnings: [
        {message: 'Replaced 2 unpaired UTF-16 surrogates with U+FFFD: half a character cannot be written as text', line: 1, column: 12, rule: 'lone-surrogates'}
      ]
    })
  })

  it('repairs text that was UTF-8 read as Windows-1252, once reported at the first', () => {
    const {lines, warnings} = normaliseText('The ferry\nCafÃ© owners say â€œnoâ€\u009d to Itâ€™s plan\nZoÃ« MÃ¼ller wrote ðŸŽ‰')
    expect(lines).toEqual(['The ferry', 'Café owners say “no” to It’s plan', 'Zoë Müller wrote 🎉'])
    expect(warnings).toEqual([
      {
        message: 'Repaired 7 characters garbled by a wrong encoding ("Ã©" for "é"): the text was UTF-8 read as Windows-1252 before it was saved',
        line: 2,
        column: 4,
        rule: 'mojibake'
      }
    ])
  })

  it('leaves text written with Latin-1 letters as it is', () => {
    const text = 'À São Paulo, Ølstykke et Ærøskøbing, Ça coûte 5 € · «Öffnungszeiten» für Zoë'
    expect(normaliseText(text)).toEqual({text, lines: [text], markdown: false, wrapping: null, datePrefix: null, warnings: []})
  })

  it('cleans HTML leftovers on every line and reports them once', () => {
    const raw = 'Title\n<p>First &amp; foremost</p>\n<br>\nSecond<br/>line &#8217;s'
    expect(normaliseText(raw)).toEqual({
      text: 'Title\nFirst & foremost\n\nSecond line ’s',
      lines: ['Title', 'First & foremost', '', 'Second line ’s'],
      markdown: false,
      wrapping: null,
      datePrefix: null,
      warnings: [
        {message: "Removed 4 HTML tags and decoded 2 HTML character references: the page's markup was left in its text", line: 2, column: 1, rule: 'html-leftovers'}
      ]
    })
  })
})

describe('removeHtmlLeftovers', () => {
  it.each([
    ['<p>The council voted.</p>', ' The council voted. ', 2, 0],
    ['one<br>two<br />three', 'one two three', 2, 0],
    ['<b>Bold</b> and <a href="https://example.org/x">a link</a>.', 'Bold and a link.', 4, 0],
    ['<span class=brand>Sponsored by </span>Acme', 'Sponsored by Acme', 2, 0],
    ['AT&amp;T &ldquo;rocks&rdquo; &#8212; &#x2019;', 'AT&T “rocks” — ’', 0, 5],
    ['<p>', ' ', 1, 0],
    ['a&nbsp;b', 'a\u00A0b', 0, 1],
    ['line&#10;break&#0;', 'line break\uFFFD', 0, 2]
  ])('%j → %j', (line, text, tags, entities) => {
    expect(removeHtmlLeftovers(line)).toMatchObject({text, tags, entities})
  })

  it.each([
    'Allowed HTML tags: <em> <strong> <blockquote> <p> <br>',
    '<script src="vendor/app.js"></script>',
    '<div id="mocha"></div>',
    'if a<b and c>d then',
    'an <img>tag',
    'R&D; AT&T; &copy without a semicolon; &notanentity;'
  ])('leaves %j alone', (line) => {
    expect(removeHtmlLeftovers(line)).toEqual({text: line, tags: 0, entities: 0, first: -1})
  })

  it('decodes an escaped tag to text and does not remove it', () => {
    expect(removeHtmlLeftovers('Write &lt;p&gt; to start a paragraph')).toEqual({text: 'Write <p> to start a paragraph', tags: 0, entities: 2, first: 6})
  })
})

describe('normaliseLine', () => {
  it('collapses runs of spaces and trims', () => {
    expect(normaliseLine('  a \u00A0 b\t\tc  ')).toBe('a b c')
  })
})

describe('positionAt', () => {
  it('counts lines and columns as normaliseText does', () => {
    const text = 'ab\r\ncd\ref\ngh'
    expect([0, 4, 7, 10, 11].map((index) => positionAt(text, index))).toEqual([
      {line: 1, column: 1},
      {line: 2, column: 1},
      {line: 3, column: 1},
      {line: 4, column: 1},
      {line: 4, column: 2}
    ])
  })
})

describe('isControl', () => {
  it('agrees with the control characters normaliseText replaces', () => {
    const replaced: number[] = []
    const counted: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      if (/[\uD800-\uDFFF]/.test(character)) continue
      if (normaliseText(`a${character}b`).warnings.some(({rule}) => rule === 'control-characters')) replaced.push(code)
      if (isControl(code)) counted.push(code)
    }
    expect(replaced).toEqual(counted)
    expect(counted).toHaveLength(32 - 5 + 1 + 32)
  })
})
