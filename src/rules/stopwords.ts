/**
 * Function words of the languages news pages are most often written in.
 * Prose is dense with them (about a third of its words); menus, bylines,
 * teaser headlines and buttons are not. Used as one set: a page in one
 * language rarely uses another language's function words by accident.
 */

const ENGLISH = `a about after all also an and any are as at be because been before but by can could did do does
for from had has have he her his how i if in into is it its just more most my no not of on one only or other our
out over said says she so some than that the their them then there these they this those through to up was we were
what when where which while who will with would you your`

const SPANISH_PORTUGUESE = `a al como con da de del do dos e el em en es está este esta la las lo los mais mas muy na no
nos o os para pero por que se ser sin sobre su sus também um uma un una y`

const FRENCH = `au aux avec ce ces dans de des du elle en est et il ils je la le les leur mais ne nous on ou par pas
pour qu que qui sa se ses son sont sur un une`

const GERMAN = `als am auch auf aus bei das dem den der des die ein eine einem einen einer es für hat ich im in ist
mit nach nicht noch sich sie sind und von vor war wie wird zu zum zur`

const CZECH_SLOVAK = `a aby ale ani do jak jako je jejich jen již jsem jsou k kde když na nebo než o od po pod pro při s se
si tak také to už v ve z za že`

const ITALIAN_DUTCH = `che di gli il la le nel non per più sono una het een en van zijn niet met voor dat op`

export const STOPWORDS: ReadonlySet<string> = new Set(
  [ENGLISH, SPANISH_PORTUGUESE, FRENCH, GERMAN, CZECH_SLOVAK, ITALIAN_DUTCH].join(' ').split(/\s+/)
)

const wordsOf = (...lists: string[]) => lists.join(' ').split(/\s+/).filter(Boolean)
const ENGLISH_WORDS = new Set(wordsOf(ENGLISH))
const OTHER_WORDS = new Set(wordsOf(SPANISH_PORTUGUESE, FRENCH, GERMAN, CZECH_SLOVAK, ITALIAN_DUTCH))
/** Function words only English has, and those only the other languages have: which of them a text uses tells its language. */
export const ONLY_ENGLISH: ReadonlySet<string> = new Set([...ENGLISH_WORDS].filter((word) => !OTHER_WORDS.has(word)))
export const NOT_ENGLISH: ReadonlySet<string> = new Set([...OTHER_WORDS].filter((word) => !ENGLISH_WORDS.has(word)))

/**
 * Function words that may end a sentence or a title: the prepositions of
 * English phrasal verbs ("…as strike drags on", "…what I've been waiting
 * for", "…as they used to"), a source's verb ("…, report says"), object
 * pronouns ("…I'm not buying it") and the particles of German separable
 * verbs ("…fallen ordentlich aus"). Any other function word at the end of a
 * line means it was cut short.
 */
export const SENTENCE_FINAL_WORDS: ReadonlySet<string> = new Set(
  'about for in on out over through to with says said it them more aus auf mit vor'.split(' ')
)
