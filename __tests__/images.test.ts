import {readImage} from '../src/plugins/images.js'
import {parseArticle} from '../src/index.js'
import {TRAILING_CREDITS} from '../src/rules/credits.js'

describe('photo credits', () => {
  it.each([
    ['Pavel Bednyakov / POOL / TASS', 'Pavel Bednyakov / POOL / TASS', 'slash-credit'],
    ['Jane Roe / AFP', 'Jane Roe / AFP', 'slash-credit'],
    ['JIM WATSON/AFP/Getty Images', 'JIM WATSON/AFP/Getty Images', 'slash-credit'],
    ['© Reuters / David Mercado', '© Reuters / David Mercado', 'slash-credit'],
    ['(AP Photo/Jane Roe)', 'AP Photo/Jane Roe', 'agency-photo'],
    ['Photo: Jane Roe', 'Jane Roe', 'labelled-credit'],
    ['Image: Getty Images', 'Getty Images', 'labelled-credit'],
    ['Credit...Glen Harper for The New Ledger', 'Glen Harper for The New Ledger', 'labelled-credit'],
    ['(Photo by Jane Roe/Getty Images)', 'Jane Roe/Getty Images', 'by-credit'],
    ['Illustration by Tom Ash', 'Tom Ash', 'by-credit'],
    ['Getty Images', 'Getty Images', 'stock-credit'],
    ['Getty', 'Getty', 'stock-credit'],
    ['Ana Kessler - staff, AP', 'Ana Kessler - staff, AP', 'dash-credit'],
    ['Jane Roe — Getty Images', 'Jane Roe — Getty Images', 'dash-credit'],
    ['Фото: ТАСС / Глеб Воронцов', 'ТАСС / Глеб Воронцов', 'labelled-credit'],
    ['Zdjęcie: Hubert Lisowiec', 'Hubert Lisowiec', 'labelled-credit'],
    ['Photographer: Joaquim Reis/Kestrel', 'Joaquim Reis/Kestrel', 'labelled-credit'],
    ['Courtesy of Marlow County Roads Department', 'Courtesy of Marlow County Roads Department', 'courtesy-credit'],
    ['(Photo courtesy of the Abernethy family)', 'Photo courtesy of the Abernethy family', 'courtesy-credit']
  ])('%s is a credit', (text, credit, rule) => {
    expect(readImage(text)).toEqual({caption: null, credit, rule})
  })
})

/** Captions with the caption, credit and rule readImage gives them. */
const CAPTIONS: Array<[string, string, string | null, string]> = [
  ['Media caption The mayor spoke to reporters on Tuesday', 'The mayor spoke to reporters on Tuesday', null, 'labelled-caption'],
  ["Image caption, Pellingham's has made biscuits in Wexcombe since 1914", "Pellingham's has made biscuits in Wexcombe since 1914", null, 'labelled-caption'],
  ['Image caption Residents queue for water (AP Photo/Jane Roe)', 'Residents queue for water', 'AP Photo/Jane Roe', 'labelled-caption'],
  ['Residents queue for water in Mombasa on Tuesday. (AP Photo/Jane Roe)', 'Residents queue for water in Mombasa on Tuesday.', 'AP Photo/Jane Roe', 'caption-photo-credit'],
  ['A launch pad in Baikonur.(Oleg Ivanov/ Space Agency photo via AP)', 'A launch pad in Baikonur.', 'Oleg Ivanov/ Space Agency photo via AP', 'caption-photo-credit'],
  [
    'The treasurer listens during his sentencing hearing in Hartley, Ohio, on Thursday, March 11, 2027. (Rennick Sowell/The Hartley Register via AP, Pool)',
    'The treasurer listens during his sentencing hearing in Hartley, Ohio, on Thursday, March 11, 2027.',
    'Rennick Sowell/The Hartley Register via AP, Pool',
    'caption-photo-credit'
  ],
  ['Visitors on the restored terrace | Foto: Reuters', 'Visitors on the restored terrace', 'Reuters', 'caption-labelled-credit'],
  ['The harbour at dawn. Photograph: Jane Roe/The Guardian', 'The harbour at dawn.', 'Jane Roe/The Guardian', 'caption-labelled-credit'],
  ['The Moulin Rouge in Paris Benoit Tessier/Reuters', 'The Moulin Rouge in Paris', 'Benoit Tessier/Reuters', 'caption-slash-credit'],
  ['The opera steps seen from the river bank Katrin Vogel/dpa', 'The opera steps seen from the river bank', 'Katrin Vogel/dpa', 'caption-slash-credit'],
  ['Residents queue for water. REUTERS/Jane Roe', 'Residents queue for water.', 'REUTERS/Jane Roe', 'caption-slash-credit'],
  ['Campaigners outside the library on Tuesday. Credit... Glen Harper for The New Ledger', 'Campaigners outside the library on Tuesday.', 'Glen Harper for The New Ledger', 'caption-labelled-credit'],
  ['Press the moss around the base. (Lucy Arkwright)', 'Press the moss around the base.', 'Lucy Arkwright', 'caption-name-credit'],
  ['The bridge carries about 9,000 vehicles a day. (Rosalind Achterberg/Porchlight)', 'The bridge carries about 9,000 vehicles a day.', 'Rosalind Achterberg/Porchlight', 'caption-bracketed-credit'],
  ['Il ponte della Serra transennato dopo la frana (foto Bruno Castellazzi)', 'Il ponte della Serra transennato dopo la frana', 'Bruno Castellazzi', 'caption-by-credit'],
  ['Doctoral student Anneliese Roque releases wasps in a test orchard. Photo by Jun Okabe/Carrow Valley University', 'Doctoral student Anneliese Roque releases wasps in a test orchard.', 'Jun Okabe/Carrow Valley University', 'caption-sentence-by-credit'],
  [
    'HOLDING THE LINE | Fishermen mend nets beside their bancas in Barangay Malinta-Dagat on Saturday. —CELESTINO BARAQUEL',
    'HOLDING THE LINE | Fishermen mend nets beside their bancas in Barangay Malinta-Dagat on Saturday.',
    'CELESTINO BARAQUEL',
    'caption-dash-capitals-credit'
  ],
  ['The appeals court building in Port Wendle. (Courtesy of the Wendle Judicial Branch)', 'The appeals court building in Port Wendle.', 'Courtesy of the Wendle Judicial Branch', 'caption-courtesy-credit'],
  ["A sign on the gate of St. Ita's Church. (Photo courtesy Friends of St. Ita's)", "A sign on the gate of St. Ita's Church.", "Photo courtesy Friends of St. Ita's", 'caption-courtesy-credit'],
  ['Surveillance still from the pharmacy, Jan. 23, 2027. (Provided by Quayside Pharmacy)', 'Surveillance still from the pharmacy, Jan. 23, 2027.', 'Provided by Quayside Pharmacy', 'caption-courtesy-credit'],
  ['A rescue boat moves along Alder Lane early Thursday. Courtesy of Brennock County Emergency Management', 'A rescue boat moves along Alder Lane early Thursday.', 'Courtesy of Brennock County Emergency Management', 'caption-courtesy-credit'],
  ['A rendering of the planned depot in Salthaven. Image courtesy of Orrin Foods', 'A rendering of the planned depot in Salthaven.', 'Image courtesy of Orrin Foods', 'caption-courtesy-credit'],
  ["Akçabelen'de sokaklar sabah saatlerinde sular altında kaldı. (Fotoğraf: YHA)", "Akçabelen'de sokaklar sabah saatlerinde sular altında kaldı.", 'YHA', 'caption-labelled-credit']
]

describe('captions', () => {
  it('reads no credit from a headline with the word Credit in it, but one after Credit without a colon', () => {
    expect(readImage('The $4 Trillion Bet on Private Credit Is Showing Its First Cracks')).toBeUndefined()
    expect(readImage('Peacekeepers at a refugee camp on Monday. Credit Ashraf Shazly/Agence France-Presse')?.credit).toBe('Ashraf Shazly/Agence France-Presse')
  })

  it.each(CAPTIONS)('%s', (text, caption, credit, rule) => {
    expect(readImage(text)).toEqual({caption, credit, rule})
  })

  const trailing = CAPTIONS.filter(([, , , rule]) => rule.startsWith('caption-')).map(([text, , , rule]) => [text, rule])
  it.each(trailing)('the quick test before its pattern lets %s through', (text, rule) => {
    const entry = TRAILING_CREDITS.find((candidate) => candidate.rule === rule)
    expect(entry?.requires(text)).toBe(true)
  })
})

describe('lines that are not pictures', () => {
  it.each([
    'A photographer and Navy veteran is fighting back after a photo she posted started an online backlash.',
    'The council will meet on Tuesday / Wednesday to vote.',
    'He said it was either/or, and left.',
    'Reuters',
    // A byline and a headline with a dash in them.
    'Jane Roe - Staff Writer',
    'Harbour Board Approves Terminal - Photos',
    // A sentence that ends on its full stop after the brackets, or brackets that name no person.
    // A byline that credits an agency after a slash.
    'Por Lucía Ferrández / EFE',
    'By Jane Roe / Reuters',
    'The committee was chaired by the mayor (Lucy Arkwright).',
    'Press the moss around the base. (Step 4)',
    // What a sponsor or a data vendor provided, in a sentence or on a line of its own.
    'The trip was provided by the Salthaven Tourism Office and Orrin Ferries.',
    'Data also provided by LedgerSource'
  ])('%s', (text) => {
    expect(readImage(text)).toBeUndefined()
  })

  it('does not try lines longer than a caption', () => {
    expect(readImage(`${'A very long paragraph about the harbour. '.repeat(20)}Photo: Jane Roe`)).toBeUndefined()
  })
})

describe('in an article', () => {
  it('keeps credits out of the byline and captions out of the body', () => {
    const article = parseArticle(`Flooded farmers wait for aid

By Maria Santos
Oleg Varin / POOL / TASS

Farmers wade through a flooded field on Tuesday. (AP Photo/Jose Ramirez)

Thousands of rice farmers were still waiting for government aid on Wednesday, five days after the river flooded their fields.

Officials said seed for replanting would be handed out from next week in every village of the province.`)
    expect(article.byline).toBe('By Maria Santos')
    expect(article.authors).toEqual(['Maria Santos'])
    expect(article.images).toEqual([
      {caption: null, credit: 'Oleg Varin / POOL / TASS'},
      {caption: 'Farmers wade through a flooded field on Tuesday.', credit: 'AP Photo/Jose Ramirez'}
    ])
    expect(article.body).toHaveLength(2)
  })

  it('joins a credit and a caption on lines next to each other into one picture, in either order', () => {
    const body = 'Thousands of rice farmers were still waiting for government aid on Wednesday, five days after the river flooded their fields.'
    const page = (picture: string) => parseArticle(`Flooded farmers wait for aid\n\nBy Maria Santos\n\n${picture}\n\n${body}`).images
    const farmers = 'Farmers wade through a flooded field'
    expect(page(`Image copyright Getty Images\nImage caption ${farmers}`)).toEqual([{caption: farmers, credit: 'Getty Images'}])
    expect(page(`Image caption ${farmers}\nPhoto: Jose Ramirez`)).toEqual([{caption: farmers, credit: 'Jose Ramirez'}])
    // Set apart by a blank line, they may belong to two pictures.
    expect(page(`Image copyright Getty Images\n\nImage caption ${farmers}`)).toEqual([
      {caption: null, credit: 'Getty Images'},
      {caption: farmers, credit: null}
    ])
  })

  it('reads the sentence right above a credit as its caption, and not a paragraph set apart from it', () => {
    const body = 'Thousands of rice farmers were still waiting for government aid on Wednesday, five days after the river flooded their fields.'
    const caption = 'Farmers wade through a flooded field on Tuesday.'
    const page = (picture: string) => parseArticle(`Flooded farmers wait for aid\n\nBy Maria Santos\n\n${picture}\n\n${body}`)
    expect(page(`${caption}\nOleg Varin/Getty Images`).images).toEqual([{caption, credit: 'Oleg Varin/Getty Images'}])
    expect(page(`${caption}\nOleg Varin/Getty Images`).body).toEqual([body])
    expect(page(`${caption}\n\nOleg Varin/Getty Images`).images).toEqual([{caption: null, credit: 'Oleg Varin/Getty Images'}])
    // A photographer and the agency in brackets, under a caption: alone, the line would be a byline.
    expect(page(`${caption}\nJacinto Marcos Albarrán (EFE)`).images).toEqual([{caption, credit: 'Jacinto Marcos Albarrán (EFE)'}])
    expect(page(`${caption}\nJacinto Marcos Albarrán (EFE)`).authors).toEqual(['Maria Santos'])
    expect(page(`${caption}\nTobiah Renwick for The Fenwick Review`).images).toEqual([{caption, credit: 'Tobiah Renwick for The Fenwick Review'}])
  })

  it('reads a line without a full stop right above a labelled credit as its caption, and not a word alone', () => {
    const body = 'Thousands of rice farmers were still waiting for government aid on Wednesday, five days after the river flooded their fields.'
    const page = (picture: string) => parseArticle(`Flooded farmers wait for aid\n\nBy Maria Santos\n\n${picture}\n\n${body}`)
    expect(page('Most w Tarnowcu\nFoto: Hubert Lisowiec / PAP').images).toEqual([{caption: 'Most w Tarnowcu', credit: 'Hubert Lisowiec / PAP'}])
    expect(page('Most w Tarnowcu\nOleg Varin/Getty Images').images).toEqual([{caption: null, credit: 'Oleg Varin/Getty Images'}])
    expect(page('Gallery\nFoto: Hubert Lisowiec / PAP').images).toEqual([{caption: null, credit: 'Hubert Lisowiec / PAP'}])
  })

  it("reads an outlet's own photographer right under a caption, but not such a line alone", () => {
    const body = 'Thousands of rice farmers were still waiting for government aid on Wednesday, five days after the river flooded their fields.'
    const caption = 'Farmers wade through a flooded field on Tuesday.'
    const page = (picture: string) => parseArticle(`Flooded farmers wait for aid\n\nBy Maria Santos\n\n${picture}\n\n${body}`)
    expect(page(`${caption}\nOleg Varin / The Delta Courier`).images).toEqual([{caption, credit: 'Oleg Varin / The Delta Courier'}])
    expect(page('Oleg Varin / The Delta Courier').images).toEqual([])
  })

  it('reads a caption set under its label, the label alone on its line', () => {
    const body = 'Thousands of rice farmers were still waiting for government aid on Wednesday, five days after the river flooded their fields.'
    const article = parseArticle(`Flooded farmers wait for aid\n\nImage source, Getty Images\nImage caption,\nFarmers wade through a flooded field\n\nBy Maria Santos\n\n${body}`)
    expect(article.images).toEqual([{caption: 'Farmers wade through a flooded field', credit: 'Getty Images'}])
    expect(article.byline).toBe('By Maria Santos')
    expect(article.body).toEqual([body])
  })
})
