/**
 * Cue verbs: the words that attribute a quote to its speaker, in the forms
 * news writing uses them, for the languages the pages come in. "believe",
 * "provide" and "show" are deliberately absent: they rarely introduce speech.
 */

const ENGLISH_VERBS = `say tell add acknowledge admit announce argue ask assert claim comment complain concede conclude
confirm continue declare deny describe estimate explain insist maintain mention note observe post predict promise
recall reply report respond state stress suggest testify tweet urge warn write agree recount reflect remark reveal
emphasise emphasize joke quip shout scream cry whisper muse boast caution contend counter exclaim lament marvel
object plead pledge recommend reiterate retort snap vow wonder instruct call evoke summarise summarize read proclaim
highlight share point identify begin sum assure reassure remind`.split(/\s+/)

/** Base forms that are seldom nouns, so they can be cues too (`critics say`). */
const BASE_FORMS = new Set('say tell ask write explain argue insist warn agree admit'.split(' '))

/** Verbs whose forms do not follow the regular -ed / -s / -ing pattern. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'written', 'writing'],
  read: ['reads'],
  begin: ['began'],
  cry: ['cried', 'cries'],
  reply: ['replied', 'replies', 'replying'],
  testify: ['testified', 'testifies'],
  deny: ['denied', 'denies'],
  identify: ['identified', 'identifies'],
  snap: ['snapped', 'snaps'],
  quip: ['quipped', 'quips'],
  admit: ['admitted', 'admits', 'admitting'],
  plead: ['pleaded', 'pleads', 'pled'],
  summarise: ['summarised', 'summarises'],
  summarize: ['summarized', 'summarizes'],
  share: ['shared'],
  call: ['called', 'calling'],
  sum: ['summed', 'sums']
}

/**
 * Speech verbs of Spanish, Portuguese, French, Italian, German, Dutch, Czech
 * and Slovak, Polish, Russian and Ukrainian, the Scandinavian languages,
 * Finnish, Turkish, Indonesian and Malay, Romanian and Greek, as they are written.
 */
const OTHER_LANGUAGE_FORMS = `
dijo dice afirmó afirma aseguró asegura aseguraba explicó explica señaló señala agregó agrega añadió añade declaró
declara indicó indica sostuvo sostiene comentó comenta manifestó advirtió advierte resumió precisó subrayó destacó
admitió reconoció preguntó respondió contó escribió escribe denunció insistió ubicó llamó manda expresó apuntó
disse diz afirmou declarou explicou acrescentou completou falou contou destacou ressaltou comentou garantiu
respondeu perguntou escreveu lembrou avaliou
déclaré déclare dit ajouté ajoute affirmé affirme expliqué explique indiqué indique précisé précise souligné
souligne assuré assure estimé estime confié confie raconté raconte répondu répond écrit écrivait rappelé rappelle
lancé lance prévoit considère martèle insiste reconnaît
detto dichiarato spiegato aggiunto sottolineato affermato dice spiega afferma sottolinea commenta racconta
sagte sagt erklärte erklärt betonte betont fügte schrieb sagten meinte meint ergänzte warnte warnt kritisierte
berichtete versicherte mahnte forderte räumte
zei zegt vertelde vertelt verklaarde verklaart benadrukte schreef aldus
řekl řekla řekli říká říkají uvedl uvedla uvádí dodal dodala dodává prohlásil prohlásila napsal napsala píše tvrdí
tvrdil tvrdila zdůraznil zdůraznila zdůrazňuje hodnotí přidává přirovnává vysvětluje vysvětlil vysvětlila míní
konstatoval konstatovala poznamenal poznamenala povedal povedala
powiedział powiedziała powiedzieli mówi dodał dodała zaznaczył zaznaczyła podkreślił podkreśliła przekazał przekazała
stwierdził stwierdziła poinformował poinformowała zapewnił zapewniła wyjaśnił wyjaśniła relacjonuje ocenił oceniła
zaapelował zaapelowała napisał napisała
сказал сказала сказали заявил заявила заявили отметил отметила сообщил сообщила подчеркнул подчеркнула добавил
добавила пояснил пояснила рассказал рассказала говорит уточнил уточнила признал признала написал написала
сказав сказала заявив заявила зазначив зазначила повідомив повідомила додав додала
säger sa sade skriver siger sagde sier berättar berättade fortsätter förklarar förklarade konstaterar tillägger
forteller fortalte fortæller forklarer forklarte forklarede understreker understreger påpeker påpeger tilføjer tilføjede
sanoo sanoi kertoo kertoi toteaa totesi vakuuttaa vakuutti muistuttaa muistutti lisää lisäsi arvioi korostaa korosti
dedi söyledi açıkladı belirtti kaydetti vurguladı anlattı ekledi
kata ujar ujarnya katanya mengatakan tutur tuturnya ungkap ungkapnya jelasnya tegasnya berkata menambah
spus spune declarat declară precizat afirmat afirmă adăugat subliniat susține susținut povestit
mărturisit recunoscut răspuns avertizat transmis menționat
δήλωσε δηλώνει είπε λέει ανέφερε αναφέρει τόνισε τονίζει σημείωσε σημειώνει εξήγησε εξηγεί πρόσθεσε προσθέτει
υπογράμμισε υποστήριξε παραδέχεται
каже розповів розповіла розповідає пояснює наголосив наголосила наголошує додає зауважив зауважила зазначає
говорить запевнив запевнила`

function inflect(verb: string): readonly string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb
  const third = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`
  const forms = IRREGULAR[verb] ?? [`${stem}ed`, third, `${stem}ing`]
  return BASE_FORMS.has(verb) ? [verb, ...forms] : forms
}

/** Every single-word cue, lower case: `said`, `told`, `warns`, `dijo`, `a ajouté`'s `ajouté`… */
export const CUE_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_VERBS.flatMap(inflect),
  ...OTHER_LANGUAGE_FORMS.split(/\s+/).filter(Boolean)
])

/** Cue verbs that take the person told as their object: `Putin told Raisi`, `assured residents`, `warned the council`. */
export const ADDRESSING_CUES: ReadonlySet<string> = new Set(['tell', 'assure', 'reassure', 'remind', 'warn', 'urge', 'promise'].flatMap(inflect))

/** Before the person told, after any other cue: `explained to the BBC`, `said to reporters`. */
export const TO_ADDRESSEE = 'to'

/** Words after a cue that open what was said, not who was told: `warned that …`, `told how …`. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'how', 'what', 'why', 'whether', 'if', 'when'])

/** English speech verbs in their base form: cues after `keen to`, `went on to` (`was keen to stress`). */
export const BASE_CUES: ReadonlySet<string> = new Set(ENGLISH_VERBS)

/** Phrases that attribute a quote to what follows them: `according to the ministry`. */
export const SOURCE_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['in', 'the', 'words', 'of'],
  ['selon'],
  ["d'après"],
  ['d’après'],
  ['según'],
  ['segundo'],
  ['de', 'acordo', 'com'],
  ['secondo'],
  ['laut'],
  ['podle'],
  ['volgens'],
  ['według'],
  ['по', 'словам'],
  ['enligt'],
  ['menurut'],
  ['potrivit']
]

/** Pronouns standing for a speaker named earlier. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(
  'he she it they il elle ils elles él ella ellos ellas ele ela eles elas er sie on ona oni ono он она він вона lui lei hij zij ze han hon hun hän'.split(
    ' '
  )
)

/** A possessive before a quote's colon stands for its owner, as this pronoun: `Her verdict: "…"`, `Ihr Fazit: „…“`. */
export const POSSESSOR_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['her', 'she'],
  ['his', 'he'],
  ['ihr', 'sie'],
  ['ihre', 'sie'],
  ['sein', 'er'],
  ['seine', 'er']
])

/** Pronouns standing for several people. */
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set('they ils elles ellos ellas eles elas oni 他们 她们'.split(' '))

/** Pronouns for an organisation or a document speaking: `"Q," it said in a statement`. */
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it'])

/** Messages reported as their sender's words: `the tweet from Vulture magazine reads`. */
export const MESSAGES: ReadonlySet<string> = new Set(
  'tweet tweets post statement letter message email e-mail memo note release announcement report study survey'.split(' ')
)

/** Object pronouns for the writer, as the person told: `he told me`. */
export const WRITER_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us'])

/** Speech verbs of Chinese and Japanese text, longest first so `补充说` wins over `说`. */
export const CJK_CUES: readonly string[] = `补充说 表示 指出 认为 强调 透露 坦言 介绍 提出 发现 告诉 写道 问道 回答 解释 宣布 承认 警告 说道 称 说`.split(' ')

/** Korean speech verbs, on which a quote's sentence ends after its particle (`"…"고 말했다.`, `"…"라고 했다.`). */
export const KOREAN_CUES: readonly string[] = `말했다 밝혔다 설명했다 강조했다 덧붙였다 전했다 주장했다 지적했다 답했다 물었다 털어놨다 언급했다 호소했다 당부했다
  비판했다 토로했다 말했습니다 밝혔습니다 전했습니다 설명했습니다 강조했습니다 말한다 밝힌다 했다`.split(/\s+/)

/** Japanese speech verbs after the quoting particle と, by their stem (`「…」と述べました`, `と話していました`). */
export const JAPANESE_CUE_STEMS: readonly string[] = `述べ 話し 話す 語っ 語り 語る 説明し 強調し 指摘し 明らかにし 明かし 答え 訴え 発表し コメントし 言っ 言い 言う`.split(' ')

/** Chinese pronouns standing for a speaker named earlier. */
export const CJK_PRONOUNS: ReadonlySet<string> = new Set(['他', '她', '他们', '她们'])

/*
 * The grammar around a cue: the small words that sit between a speaker and
 * the verb, or that tell an attributing verb from the same verb doing
 * something else.
 */

/** Words between a subject and its cue: `has said`, `also told`, `was keen to stress`, `nos la resumió`. */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set(
  `has have had was were is are would will also then later once again further previously recently just still never
  often repeatedly not to keen quick eager careful went goes on later a ont avait se si ha han hat nos les lo la le me
  te lui leur`.split(/\s+/)
)

/** Words that make the verb after them an infinitive or a passive, not an attribution. */
export const PASSIVE_OR_INFINITIVE: ReadonlySet<string> = new Set(['to', 'be', 'being', 'been', 'is', 'are', 'was', 'were'])

/** `keen to stress`, `went on to say`: an infinitive after these still attributes. */
export const WILLING: ReadonlySet<string> = new Set(['keen', 'eager', 'quick', 'careful', 'on', 'wanted', 'wants', 'decided', 'continued', 'hastened', 'paused'])

/** Words after which an -ing form opens a participle clause: `…, saying`, `by saying`, `before adding`. */
export const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set([',', 'by', 'while', 'when', 'after', 'before', 'and', 'also', 'then', '—', '–'])

/** Conjunctions before a cue: its subject is the clause's (`Uber stepped in and tweeted`). */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'y', 'e', 'et', 'mais', 'pero', 'mas', 'a', 'ale'])

/** Words that join the parts of an organisation's name: `Joint Committee on Intelligence and Security`. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'on', 'and', 'for', '&'])

/** Articles that belong to the name they open: `The Food Standards Agency`, `La Constitución`. */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['the', 'la', 'el', 'le', 'les', 'los', 'las', 'der', 'die', 'das', 'il', 'lo'])

/** A relative clause ends a description read backwards: `a woman who took pills` is not the speaker. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'qui', 'que', 'quien', 'quem'])

/**
 * `of` in its languages, and the `for` and `at` of a spokesperson's employer,
 * which a description of a source may run over: `una fuente de los
 * servicios`, `a spokesman for the council`, `an official at the ministry`.
 */
export const OF_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'de', 'del', 'da', 'do', 'di', 'du', 'des'])

/** Auxiliaries before an inverted cue: `a ajouté Laurent Fabius`. */
export const BEFORE_INVERTED_CUE: ReadonlySet<string> = new Set(['a', 'ont', 'avait', 'ha', 'han', 'hat'])

/** Reflexives after an inverted cue: `přidává se Emile Heskey`. */
export const AFTER_INVERTED_CUE: ReadonlySet<string> = new Set(['se', 'si'])

/** Words that open a sentence-initial phrase rather than its subject: `In 2013, …`, `Earlier Saturday, …`. */
export const INTRODUCTORY: ReadonlySet<string> = new Set(
  `in on at after before during earlier later as when while since despite like unlike for from with without following
  speaking asked regardless of by to once then still yet but and so en à dans après avant pendant durante después
  antes desde em na no ao após`.split(/\s+/)
)

/** Words that go on an attribution without starting a clause: `said in a statement`, `told reporters after the vote`. */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set(
  `in on at after before during while when as of about from to with without via over aboard outside inside near
  later earlier afterwards yesterday today tonight again too also then recently once now`.split(/\s+/)
)

/** Words that open a clause of their own after a quote: `"Q1", while another said "Q2"`. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(
  'while whereas although though because since if unless until when where as'.split(' ')
)
