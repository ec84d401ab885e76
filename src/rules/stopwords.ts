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

const RUSSIAN_UKRAINIAN = `а в во все для до его ее её же за и из или к как которые который на не но о об он она они от по при
с со также так то у уже что это был была было были без после под над чтобы если бы ли только ещё еще мы вы я
их ее него неё ним ней им там когда где чем хотя потому поэтому лишь даже более очень всё весь вся этот эта эти этого
этой том тот те быть будет будут может нет ни около через между перед
та також що від як з із про він вона вони це який яка які і й але щоб ми ви`

const POLISH = `i w z na do to o się nie że jest od po jak za ale oraz jego jej przez dla który która które był była było są
także już czy tym tego`

/** Swedish, Danish and Norwegian, without the words English spells the same way ("men", "for", "at", "by"). */
const SCANDINAVIAN = `och att det som på är av för med den har inte ett jag og ikke er af til vi skal ska`

/** Turkish, Indonesian and Romanian, without words English spells the same way or names ("dan", "ada", "care", "din"). */
const TURKISH_INDONESIAN_ROMANIAN = `ve bir bu için ile olarak çok daha ama gibi olan sonra kadar yang di ke dari ini itu dengan untuk
tidak akan pada juga dalam adalah oleh atau bahwa karena sudah telah bisa saat kami kita mereka ia dia setelah sebagai
hingga namun tersebut lebih masih sejak antara serta bagi agar jika saja sangat belum sekitar merupakan menjadi
și în cu pe că nu este pentru fost sau lui`

const GREEK = `και το να του η της σε με την που για τα των ο από στο στην στον στους στις θα είναι δεν μας μου σας`

const ARABIC_PERSIAN_HEBREW = `في من على إلى أن عن مع هذا هذه التي الذي كان قد لا ما هو هي بعد قبل بين حتى أو ثم كما لم لن إن كل
که از به در با این را است برای آن یک شد می
של את על עם זה לא כי גם היא הוא אבל או אם כל יש היה אל עוד רק`

const HINDI_VIETNAMESE = `का के की में है और से को पर यह ने भी एक हैं कि था थे थी लिए तो ही
và của là có trong được cho không với này những các một người đã để khi như từ sẽ theo rằng`

const OTHER_LANGUAGES = [
  SPANISH_PORTUGUESE,
  FRENCH,
  GERMAN,
  CZECH_SLOVAK,
  ITALIAN_DUTCH,
  RUSSIAN_UKRAINIAN,
  POLISH,
  SCANDINAVIAN,
  TURKISH_INDONESIAN_ROMANIAN,
  GREEK,
  ARABIC_PERSIAN_HEBREW,
  HINDI_VIETNAMESE
]

export const STOPWORDS: ReadonlySet<string> = new Set(
  [ENGLISH, ...OTHER_LANGUAGES].join(' ').split(/\s+/)
)

const wordsOf = (...lists: string[]) => lists.join(' ').split(/\s+/).filter(Boolean)
const ENGLISH_WORDS = new Set(wordsOf(ENGLISH))
const OTHER_WORDS = new Set(wordsOf(...OTHER_LANGUAGES))
/** Function words only English has, and those only the other languages have: which of them a text uses tells its language. */
export const ONLY_ENGLISH: ReadonlySet<string> = new Set([...ENGLISH_WORDS].filter((word) => !OTHER_WORDS.has(word)))
export const NOT_ENGLISH: ReadonlySet<string> = new Set([...OTHER_WORDS].filter((word) => !ENGLISH_WORDS.has(word)))

/**
 * Function words that may end a sentence or a title: the prepositions of
 * English phrasal verbs ("…as strike drags on", "…what I've been waiting
 * for", "…as they used to"), a source's verb ("…, report says"), object
 * pronouns ("…I'm not buying it"), the particles of German separable
 * verbs ("…fallen ordentlich aus") and the auxiliaries German puts last
 * ("Warum die Fähre teurer wird"). Any other function word at the end of a
 * line means it was cut short.
 */
export const SENTENCE_FINAL_WORDS: ReadonlySet<string> = new Set(
  'about for in on out over through to with says said it them more aus auf mit vor ist sind hat war wird'.split(' ')
)
