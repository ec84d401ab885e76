/**
 * Photo credits and captions. A credit names who took or supplied a picture;
 * a caption describes it. Both sit near the headline or between paragraphs
 * and are never body text.
 */

/**
 * Lines are normalised (single spaces), so the patterns here allow one space
 * where a page has some: `\s*` beside another quantifier would let a
 * backtracking engine try every split of a long run of spaces.
 */

/** `Photo: Jane Roe`, `Image: Getty Images`, `Foto: Reuters`, `Credit: …` (the whole line is a credit). */
export const LABELLED_CREDIT =
  /^\(?(?:photo(?:graph)?s?|all photos|images?|pictures?|foto(?:s|grafie)?|bild|credit|photo credit|image credit|illustration|crédit photo|crédits?|source) ?: ?([^()]{2,120}?)\)?$/i

/** `Media caption …`, `Image caption …`: BBC-style caption lines. */
export const LABELLED_CAPTION = /^(?:media caption|image caption|photo caption|caption) ?:? (.{3,})$/i

/** A credit at the end of a caption: the label it starts with, and what must follow the label to the end of the line. */
export interface TrailingCredit {
  /** Where the credit starts, a separator before it included: ` | Foto:`, ` (AP Photo`. */
  label: RegExp
  /** From the end of the label to the end of the line (sticky); group 1 is the credit. */
  credit: RegExp
}

/** `… (AP Photo/Jane Roe)`, `… | Foto: Reuters`, `… Credit Jane Roe/AFP`. */
export const TRAILING_CREDITS: readonly TrailingCredit[] = [
  {label: /(?: ?[|–—-])? ?\((?:AP|AFP|EPA|Reuters|Getty|AAP|Pool) [Pp]hoto/g, credit: / ?\/ ?([^)]{2,80})\)$/y},
  {
    label: /(?: ?[|–—-])? ?\(?(?:(?:[Pp]hoto|[Ff]oto|[Ii]mage|[Bb]ild|[Ss]ource|[Pp]hotograph|[Pp]icture)s?:|[Cc]redit:?)/g,
    credit: / ([^()]{2,100}?)\)?$/y
  }
]

/** `(AP Photo/Jane Roe)` on its own. */
export const AGENCY_PHOTO = /^\(?((?:AP|AFP|EPA|Reuters|Getty|AAP|Pool) Photo\s*\/\s*[^)]{2,80})\)?$/i

/** One part of a slash credit: a name or an agency, no sentence punctuation. */
const CREDIT_PART = String.raw`[\p{L}\p{M}][\p{L}\p{M}.'’&\- ]{1,50}`

/** `Pavel Bednyakov / POOL / TASS`, `JIM WATSON/AFP/Getty Images`, `© Reuters / David Mercado`. */
export const SLASH_CREDIT = new RegExp(String.raw`^(?:© ?)?${CREDIT_PART}(?: ?\/ ?${CREDIT_PART}){1,3}$`, 'u')

/** A caption with a `Name/Agency` credit glued to its end: `The Moulin Rouge in Paris Benoit Tessier/Reuters`. */
export const GLUED_SLASH_CREDIT = new RegExp(
  String.raw`^(.{10,}?) ((?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+ ?\/ ?${CREDIT_PART}(?: ?\/ ?${CREDIT_PART})?)$`,
  'u'
)

/** Words that mark a slash-separated line as a photo credit rather than a path or a list. */
export const CREDIT_WORDS =
  /\b(?:pool|getty|images?|photos?|reuters|afp|ap|epa|tass|ria|sputnik|shutterstock|alamy|zuma|sipa|xinhua|anadolu|agency|press|staff|supplied|handout|courtesy|wikimedia|flickr|unsplash|istock|dpa|efe|ansa|kyodo|bloomberg|agence france-presse)\b/i
