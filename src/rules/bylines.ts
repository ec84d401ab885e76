/**
 * Bylines: how they open, which credited names are organisations, and which
 * words are roles rather than names.
 */

/** News agencies, picture agencies and desk names: they supply articles, they do not publish them. */
export const WIRE_AGENCIES: readonly string[] = [
  'AFP', 'Agence France-Presse', 'Agence France Presse', 'AP', 'Associated Press', 'The Associated Press', 'Reuters',
  'Thomson Reuters', 'Bloomberg', 'Bloomberg News', 'dpa', 'DPA', 'TASS', 'Interfax', 'RIA Novosti', 'RIA', 'Sputnik',
  'UPI', 'United Press International', 'ANSA', 'EFE', 'Xinhua', 'Kyodo', 'Kyodo News', 'Yonhap', 'PA', 'PA Media',
  'Press Association', 'AAP', 'Australian Associated Press', 'CP', 'The Canadian Press', 'Canadian Press', 'PTI', 'Press Trust of India', 'Indo-Asian News Service', 'Asian News International',
  'IANS', 'ANI', 'Anadolu', 'Anadolu Agency', 'APA', 'KNA', 'epd', 'SDA', 'Belga', 'ANP', 'NTB', 'TT', 'Ritzau',
  'STT', 'PAP', 'ČTK', 'CTK', 'MTI', 'Europa Press', 'Agencia EFE', 'Notimex', 'Télam', 'Agência Brasil', 'Lusa',
  'WAFA', 'IRNA', 'Tasnim', 'Fars', 'Mehr', 'ISNA', 'KCNA', 'CNA', 'Bernama', 'Antara', 'APP', 'Associated Press of Pakistan',
  'NAN', 'News Agency of Nigeria', 'PNA', 'Philippine News Agency', 'ACN', 'Getty Images', 'Getty', 'Shutterstock',
  'Alamy', 'Corbis', 'Rex Features', 'iStock', 'EPA', 'EPA-EFE', 'POOL', 'Pool', 'Sipa', 'Sipa USA', 'ZUMA', 'Zuma Press', 'Wire', 'Wires', 'News wires',
  'Staff', 'Staff and agencies', 'Agencies', 'Newsroom', 'Editorial Board', 'The Editorial Board', 'Editors',
  'Associated Press Writer', 'AP Photo', 'Reuters Staff', 'AFP Staff', 'Interfax-Ukraine', 'Ukrinform', 'GNA', 'Ghana News Agency',
  'UNB', 'United News of Bangladesh', 'BSS', 'NNA', 'QNA', 'KUNA', 'WAM', 'MENA', 'Jiji Press', 'BTA', 'HINA', 'Agerpres', 'Prensa Latina'
]

/**
 * A credit under the story, or under its byline, naming where parts of it
 * came from: `— with AAP`, `(With inputs from PTI)`, `Additional reporting by
 * KNA`, `Opposition quotes via PA Media.`, `Contributing: The Associated
 * Press`, `The Associated Press contributed to this report.` Group 1 lists
 * the sources; only the agencies among them count.
 */
export const SOURCE_CREDITS: readonly RegExp[] = [
  /^(?:[—–-]{1,2} ?)?[(\[]?(?:with (?:(?:additional )?reporting|inputs?) (?:from|by)|additional reporting by|with|contributing:|\p{L}+ (?:quotes|material) (?:via|from)) ([^()[\]\s](?:[^()[\]]{0,118}[^()[\].\s])?)[.)\]]*$/iu,
  /^([^\s.](?:[^.]{0,118}?[^\s.])?) (?:also )?contributed(?: to this (?:report|story|article)| reporting)?\.$/iu
]
/** A word every such credit has: one test most lines of a body fail, before the credit's sentences are read. */
export const SOURCE_CREDIT_HINT = /\b(?:with|reporting|contributing|contributed|quotes|material)\b/i
/** A press release's label over its press officer's name: `MEDIA CONTACT:`, `Press contact:`, `Media inquiries:`. */
export const CONTACT_LABEL = /^(?:(?:media|press|news) )?(?:contacts?|inquiries|enquiries)(?: for (?:media|press|journalists))?:?$/i

/** Between the sources of such a credit. */
export const SOURCE_SEPARATOR = /[,;&]| and /u

/** Broadcasters credited in bylines as organisations ("By Jane Roe, BBC News"); they do publish. */
const BROADCASTERS: readonly string[] = ['NHK', 'CNN', 'BBC', 'BBC News', 'NPR', 'CBS News', 'NBC News', 'ABC News', 'Fox News']

/** Organisations a byline may credit instead of, or beside, people. */
export const AGENCIES: readonly string[] = [...WIRE_AGENCIES, ...BROADCASTERS]
export const AGENCY_SET: ReadonlySet<string> = new Set(AGENCIES.map((name) => name.toLowerCase()))
export const WIRE_AGENCY_SET: ReadonlySet<string> = new Set(WIRE_AGENCIES.map((name) => name.toLowerCase()))

/** Words that make a credited name an organisation rather than a person. */
export const ORGANISATION_WORDS =
  /\b(?:news|staff|team|desk|agency|agencies|press|media|times|post|journal|gazette|tribune|herald|daily|weekly|magazine|online|network|group|inc|ltd|llc|corp|company|foundation|institute|university|bureau|service|services|editors?|editorial|newsroom|contributors?|correspondents?|reporters?|wires?|blog|society|association|union|council|committee|department|ministry|office)\b/i

/** What a byline line opens with: "By", "Words by", "Written by", and their equivalents. */
export const BYLINE_OPENER =
  /^(?:(?:words|written|posted|reported|story|text|interview|compiled|edited|reviewed|published|updated)? ?by:?|por:?|par:?|von:?|di:?|door:?|af:?|av:?|autor(?:a|ka)?:|author:|authors:|writer:|reporter:|text:|texto:|автор:|автори:|oprac\.:?|opracowanie:|yazar:|haber:|muhabir:|penulis:?|oleh:?|pewarta:|wartawan:)\s+/iu

/** A Korean byline: the reporter's name and title (`김서연 기자`, `… 특파원`), perhaps with an address; group 1 is the name. */
export const KOREAN_BYLINE = /^(\p{Script=Hangul}{2,4}) (?:기자|특파원|선임기자|객원기자)(?: [^\s@]+@[^\s@]+)?$/u
/** A Japanese broadcaster's signature under a story: the bureau and the reporter in brackets (`（白鷺放送局 佐伯遼）`); group 1 is the name. */
export const JAPANESE_SIGNATURE = /^（[^\s（）]{2,12} (\p{Script=Han}{2,4})）$/u
/**
 * A Chinese paper's credit opening the first paragraph: the reporters in
 * brackets, perhaps after the agency's dateline (`〔記者林書妤、許哲維／台北報導〕`,
 * `新华社北京3月4日电（记者 王明）`). Group 1 is the agency, group 2 the
 * bracketed credit, group 3 the names.
 */
export const CHINESE_REPORTER_CREDIT =
  /^(?:(新华社|新華社|中新社|中央社)[^（(〔【]{0,20})?([（(〔【] ?(?:本[报報])?[记記]者 ?([\p{Script=Han}·、 ]{2,40}?) ?(?:[／/][\p{Script=Han}]{1,10}[报報][导導道])?[）)〕】])/u
/** What sets the reporters of a Chinese credit apart: `、` or a space. */
export const CHINESE_NAME_SEPARATOR = /[、 ]+/u

/** A Korean or Japanese name in a byline: two to four syllables or characters, family name first. */
export const EAST_ASIAN_NAME = /^(?:\p{Script=Hangul}{2,4}|\p{Script=Han}{2,4})$/u

/** A signature line under a post: `Posted on 15 October 2019 by Jane Roe`. */
export const POSTED_BY = /^(?:posted|published|written)\b.{0,60}\bby\s/i

/** Words that qualify a role: "Senior Writer", "Chief Technology Officer". */
const ROLE_QUALIFIERS = `senior junior chief staff special contributing political foreign business science technology tech health
  sports? features? deputy managing executive associate assistant investigative national international local digital global
  economics? security education environment legal culture arts? travel fashion food music film data video photo social media`
/** What a person in a byline is: "Writer", "Analyst", "Professor". */
const ROLE_NOUNS = `writer reporter editor correspondent columnist contributor journalist photographer producer analyst critic
  commentator technologist director fellow researcher author host anchor presenter blogger intern founder ceo cto president
  manager officer engineer developer designer scientist professor lecturer student attorney counsel advocate spokesperson
  coordinator strategist specialist`
const alternatives = (words: string) => words.trim().split(/\s+/).join('|')

/**
 * Roles and labels that follow a name in a byline: they are not part of the
 * name. A qualifier may bring one more word of its own: "Senior Policy Analyst".
 */
export const ROLE_WORDS = new RegExp(
  String.raw`\b(?:(?:${alternatives(ROLE_QUALIFIERS)})(?: \p{L}{1,20})? )?(?:${alternatives(ROLE_NOUNS)})\b`,
  'iu'
)

/** The last word of a role written as a line of its own under a name: "Games Editor". */
export const ENDS_WITH_ROLE_NOUN = new RegExp(String.raw`\b(?:${alternatives(ROLE_NOUNS)})$`, 'i')
/** Words in a role written as a line of its own: "Senior Political Correspondent". */
export const MAX_ROLE_LINE_WORDS = 4

/** Credited after an outlet's name, they make the whole credit the outlet's: "Ashby Echo Staff". */
export const DESK_WORDS: ReadonlySet<string> = new Set(['staff', 'team', 'newsroom', 'desk', 'editors', 'wire', 'wires'])

/** The newsroom in other languages (`Redacción Vértice Noticias`): a desk's byline, no person's. */
export const NEWSROOM_WORDS: ReadonlySet<string> = new Set(['redacción', 'redação', 'rédaction', 'redazione', 'redaktion', 'redactie', 'redakcja', 'redakce', 'редакция'])

/** A place's first word (`Sant Feliu de Cabrerola`, `San Isidro`, `Saint-Denis`): such a line names no person. */
export const PLACE_OPENERS: ReadonlySet<string> = new Set(['san', 'santa', 'sant', 'santo', 'são', 'saint', 'sainte', 'sankt'])

/** Capitalised words that label page furniture and dates, never part of a name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `published updated posted modified share read more home news menu search contact follow subscribe sign login
  privacy terms about comments comment reply print email tweet video photo photos image gallery page next previous
  related latest top story stories section topics tags category view all monday tuesday wednesday thursday friday
  saturday sunday today yesterday`.split(/\s+/)
)
