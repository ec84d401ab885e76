/**
 * Photo credits and captions. A credit names who took or supplied a picture;
 * a caption describes it. Both sit near the headline or between paragraphs
 * and are never body text, never a byline.
 */
import {bmp, CAPITAL, LOWER, NAME_LETTER} from './letters.js'

/** Agencies and libraries that supply news pictures (matched as whole words, any case). */
export const PHOTO_SOURCES: readonly string[] = [
  'AP', 'AFP', 'EPA', 'EPA-EFE', 'Reuters', 'Getty', 'Getty Images', 'AAP', 'Pool', 'TASS', 'RIA Novosti', 'Sputnik',
  'Xinhua', 'Anadolu', 'Shutterstock', 'Alamy', 'iStock', 'iStockphoto', 'Unsplash', 'Pexels', 'ZUMA', 'SIPA', 'dpa',
  'EFE', 'ANSA', 'Kyodo', 'Bloomberg', 'NurPhoto', 'SOPA Images', 'Wikimedia Commons', 'Flickr', 'Agence France-Presse',
  'Associated Press', 'Corbis', 'Magnum', 'Panos'
]

/** Words that make a line with slashes a photo credit rather than a path or a list of choices. */
export const CREDIT_WORDS = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${[...PHOTO_SOURCES, 'images?', 'photos?', 'staff', 'press', 'agency', 'supplied', 'handout', 'courtesy'].join('|')})(?![\p{L}])`,
  'iu'
)

/** Picture libraries that, alone on a line, can only be a credit (`Getty Images`); a bare `Reuters` may be a byline. */
export const STOCK_CREDIT =
  /^(?:getty|getty images|getty images\/istockphoto|shutterstock|istock|istockphoto|alamy|unsplash|pexels|ap images|wikimedia commons)\.?$/i

/** The label of a credit in Turkish, Russian, Polish, Finnish and Greek: `Fotoğraf: YHA`, `Фото: ТАСС`. */
const FOREIGN_LABELS = 'Fotoğraf|Фото|ФОТО|Zdjęcie|Kuva|Φωτογραφία'

/** Labels written before a credit: `Photo: Jane Roe`, `Image: Getty Images`, `Foto: Reuters`. */
const LABEL = String.raw`(?:photo(?:graph)?s?|photographer|all photos|images?|pictures?|foto(?:s|grafie)?|bild|credit|photo credit|image credit|illustration|crédit photo|crédits?|source|${FOREIGN_LABELS})`

/** The whole line is a labelled credit (`Photo: Jane Roe`, `Credit...Jane Roe`, `Image copyright Getty Images`, `Image source, Getty Images`); group 1 is what follows the label. */
export const LABELLED_CREDIT = new RegExp(String.raw`^\(?(?:${LABEL} ?(?::|\.{3}|…) ?|(?:image|picture|photo) (?:copyright|source)[:,]? )([^()]{2,120}?)\)?$`, 'i')

/** Who gave a picture rather than took it: `Courtesy of X`, `Photo courtesy X`, `Provided by X` (the credit as printed). */
const COURTESY = String.raw`(?:(?:[Pp]hoto|[Ii]mage|[Pp]icture)s? courtesy(?: of)?|[Cc]ourtesy(?: of)?|[Pp]rovided by|[Ss]upplied by) (?:the )?\p{Lu}[^()]{1,80}?`

/** A line that is only such a credit, in brackets or not; group 1 is the credit. */
export const COURTESY_CREDIT = new RegExp(String.raw`^\(?(${COURTESY})\)?$`, 'u')

/** A caption's label alone on its line (`Image caption,`): the caption is the next line. */
export const CAPTION_LABEL = /^(?:media|image|photo|video|picture) caption[:,]?$/i

/** `Photo by Jane Roe/Getty Images`, `(Illustration by Jane Roe)`; group 1 is the credited part. */
export const BY_CREDIT = /^\(?(?:photo(?:graph)?s?|images?|pictures?|illustrations?|artwork|graphic|video) by ([^()]{2,100}?)\)?$/i

/** `(AP Photo/Jane Roe)`, `AFP Photo / Jane Roe`; group 1 is the credit as printed. */
export const AGENCY_PHOTO = /^\(?((?:AP|AFP|EPA|Reuters|Getty|AAP|Pool|Xinhua|Anadolu) Photo ?\/ ?[^()/]{2,80}(?:\/[^()/]{2,40})?)\)?$/i

/** `Media caption …`, `Image caption …`, `图为…` ("pictured: …"); group 1 or 2 is the caption. */
export const LABELLED_CAPTION = /^(?:media|image|photo|video|picture) caption[:,]? (.{3,})$|^(?:caption: |图为|圖為)(.{3,})$/i

/** One part of a slash credit: a name or an agency of up to four words, with no sentence break in it. */
const CREDIT_WORD = String.raw`${bmp(String.raw`\p{L}\p{M}`)}(?:${bmp(String.raw`\p{L}\p{M}'’&\-`)}|\.(?! )){0,30}`
const CREDIT_PART = String.raw`${CREDIT_WORD}(?: ${CREDIT_WORD}){0,3}`

/** `Pavel Bednyakov / POOL / TASS`, `JIM WATSON/AFP/Getty Images`, `© Reuters / David Mercado`. */
export const SLASH_CREDIT = new RegExp(String.raw`^(?:© ?)?${CREDIT_PART}(?: ?\/ ?${CREDIT_PART}){1,3}$`, 'v')

/** Capitalised words: a photographer is two (`Jane Roe`, `J. Roe`, `JANE ROE`), an agency one to three (`Getty Images`) or one word in lower case (`dpa`). */
const CAPITALISED = String.raw`(?:${CAPITAL}${NAME_LETTER}*|${CAPITAL}\.)`
const PERSON = String.raw`${CAPITALISED} ${CAPITALISED}`
const AGENCY = String.raw`(?:${CAPITALISED}(?: ${CAPITALISED}){0,2}|${LOWER}${bmp(String.raw`\p{L}`)}{1,12})`
/**
 * `Sue Ogrocki - staff, AP`, `Jane Roe — Getty Images`: a photographer's name,
 * a dash and who they worked for. Group 1 is what follows the dash; it must
 * name a picture source or the staff, and no writer (`Jane Roe - Staff Writer`
 * is a byline).
 */
export const DASH_CREDIT = new RegExp(String.raw`^${PERSON}(?: ${CAPITALISED})? [\-–—] ([^\-–—]{2,60})$`, 'v')
export const WRITER_ROLES = /\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist)s?\b/i

/** `Jane Roe/Reuters`, `REUTERS/Jane Roe`, `Jane Roe/AFP/Getty Images`, as glued to the end of a caption. */
const GLUED_CREDIT = String.raw`(?:© ?)?(?:${PERSON}(?: ?\/ ?${AGENCY}){1,2}|${AGENCY} ?\/ ?${PERSON})`

/** The labels `caption-labelled-credit` looks for, as written there (case matters). */
const LABELLED_CREDIT_HINT = /Photo|PHOTO|Foto|FOTO|Image|Bild|Picture|Credit|Фото|ФОТО|Zdjęcie|Kuva|Φωτογραφία/

/**
 * Where a credit starts at the end of a caption, tried in this order:
 * `(AP Photo/Jane Roe)`, `(Jane Roe/Agency photo via AP)` or `(Jane Roe/The Paper via AP, Pool)`, `(Photo by …)`,
 * `Photo: …` / `Credit …`, and a `Name/Agency` credit glued on
 * (`… in Paris Benoit Tessier/Reuters`).
 * Group 1 is the caption, group 2 the credit. `requires` is a quick test
 * that every line the pattern matches passes, so most lines skip the pattern.
 */
export const TRAILING_CREDITS: ReadonlyArray<{rule: string; requires: (text: string) => boolean; pattern: RegExp}> = [
  {
    rule: 'caption-photo-credit',
    requires: (text) => text.endsWith(')'),
    pattern:
      /^(.{10,}?) ?\(((?:AP|AFP|EPA|Reuters|Getty|AAP|Pool|Xinhua|Anadolu) Photo ?\/ ?[^()]{2,80}|[^()]{2,100}\b[Pp]hoto(?: via| by|\/)[^()]{2,40}|[^()]{2,100}\/[^()]{2,60} via (?:AP|AFP|EPA|Reuters|Getty Images)(?:, (?:Pool|File))?)\)$/
  },
  {
    rule: 'caption-by-credit',
    requires: (text) => text.endsWith(')'),
    // `(photo by Jane Roe)`; `(foto Bruno Castellazzi)`, `(foto di …)`, `(foto de …)` in Italian, Spanish and Portuguese.
    pattern: /^(.{10,}?) ?\((?:(?:photo(?:graph)?s?|images?|pictures?|illustration|video) by|fotos?(?: (?:di|de|da|do))?) ([^()]{2,100})\)$/i
  },
  {
    // `… near Fenwick Hollow. Photo by Jun Okabe/Carrow Valley University`: after a sentence, without brackets.
    rule: 'caption-sentence-by-credit',
    requires: (text) => text.includes(' by '),
    pattern: /^(.{10,}?[.!?]) (?:Photo(?:graph)?s?|Images?|Pictures?|Illustration) by ([^()]{2,100})$/
  },
  {
    rule: 'caption-labelled-credit',
    requires: (text) => LABELLED_CREDIT_HINT.test(text),
    pattern: new RegExp(String.raw`^(.{10,}?)(?: ?[|–—-])? \(?(?:(?:Photo(?:graph)?s?|PHOTO|Foto|FOTO|Images?|Bild|Picture|${FOREIGN_LABELS}): ?|Credit(?:: ?|\.{3} ?|… ?| (?=[^():]{0,80}(?:\/| for ))))([^():]{2,80}?)\)?$`)
  },
  {rule: 'caption-slash-credit', requires: (text) => text.includes('/'), pattern: new RegExp(String.raw`^(.{10,}[^\/ ]) (${GLUED_CREDIT})$`, 'v')},
  // `Attach the moss. (Lucy Akins)`: a short caption and its photographer in brackets, as how-to pages print them
  // (not a labelled line: `Related video: <title> (Ashby Echo)`).
  {rule: 'caption-name-credit', requires: (text) => text.endsWith(')'), pattern: new RegExp(String.raw`^([^\(\):]{3,80}) \((${PERSON})\)$`, 'v')},
  // `… in Port Wendle. (Courtesy of the Wendle Judicial Branch)`, `… early Thursday. Image courtesy of Orrin Foods`.
  {
    rule: 'caption-courtesy-credit',
    requires: (text) => /ourtesy|rovided by|upplied by/.test(text),
    pattern: new RegExp(String.raw`^(.{10,}?[.!?]) \(?(${COURTESY})\)?$`, 'u')
  },
  // `… on Saturday. —CELESTINO BARAQUEL`: the photographer in capitals after a dash, as Philippine papers print them.
  {rule: 'caption-dash-capitals-credit', requires: (text) => text.includes('—'), pattern: /^(.{10,}?[.!?]) ?— ?(\p{Lu}[\p{Lu}.'’\-]+(?: \p{Lu}[\p{Lu}.'’\-]+){1,3})$/u},
  // `… carries about 9,000 vehicles a day. (Rosalind Achterberg/Porchlight)`: a photographer and outlet in brackets after a sentence.
  {rule: 'caption-bracketed-credit', requires: (text) => text.endsWith(')') && text.includes('/'), pattern: new RegExp(String.raw`^(.{10,}?[.!?]) \((${PERSON} ?\/ ?[^\(\)\/]{2,60})\)$`, 'v')}
]
