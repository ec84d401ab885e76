/**
 * Where a page names its publication in plain text. Each cue is a pattern
 * whose first group is the name, with the weight its evidence carries; the
 * site stage adds up the weights per name. Patterns are `v` patterns, for
 * the name's classes (./letters.ts).
 */
import {bmp, CAPITAL, LOWER} from './letters.js'

/** A publication's name: capitalised words, initials, `.com`, `&`. */
// Words are bounded and a dot must be followed by a letter (`Factorio.com`, `S.Paulo`), so the
// patterns built on NAME stay linear.
const NAME_CHARACTER = bmp(String.raw`\p{L}\p{N}&\-`)
const WORD_REST = String.raw`${NAME_CHARACTER}{0,30}(?:\.${NAME_CHARACTER}{1,30}){0,3}`
const NAME = String.raw`(?:[Tt]he )?(?:${bmp(String.raw`\p{Lu}\p{N}`)}|${LOWER}{1,2}${CAPITAL})${WORD_REST}(?: (?:${bmp(String.raw`\p{Lu}\p{N}&`)}${WORD_REST}|de|do|da|dos|das|del|of|du|la|di|en)){0,4}`
/** A year or a span of years in a copyright line: `2019`, `2006 - 2024`. */
const YEARS = String.raw`\d{4}(?: ?[\-–] ?\d{4})?`
/** A newsroom role, written either case. */
const ROLE = String.raw`(?:[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]orrespondent|[Pp]roducer|[Cc]olumnist|[Cc]ontributor|[Pp]hotographer)`

export interface SiteCue {
  rule: string
  /** Lower-case words the line must contain for the pattern to match: a cheap test run first, so
   * most lines never reach the pattern and a page that lacks them never compiles it. */
  keywords: readonly string[]
  pattern: RegExp
  weight: number
}

/**
 * A cue whose pattern is built when first used: most lines fail the keywords,
 * so a page seldom needs most cues, and building one of these patterns (the
 * name's Unicode classes) takes about a millisecond of a one-page run's start.
 */
function cue(rule: string, weight: number, keywords: readonly string[], source: string): SiteCue {
  let pattern: RegExp | undefined
  return {
    rule,
    weight,
    keywords,
    get pattern() {
      return (pattern ??= new RegExp(source, 'v'))
    }
  }
}

/** Cues read from a whole line. */
export const SITE_CUES: readonly SiteCue[] = [
  // Support The Moscow Times! · Donate to The Daily Planet · Support Lakeside Voice — become a member today!
  cue('banner', 3, ['support', 'donate to', 'subscribe to', 'become a member of'], String.raw`^(?:[Ss]upport|[Dd]onate to|[Ss]ubscribe to|[Bb]ecome a member of) (${NAME})(?:[!.]| [—–\-] .{1,80})?$`),
  // © 2019 The Daily Planet. All rights reserved. · Copyright © 2019 The Daily Planet | Privacy (Often the parent company: it weighs less.)
  cue('copyright', 1.5, ['©', '(c)', 'copyright'], String.raw`(?:(?:[Cc]opyright ?)?(?:©|\([Cc]\))(?: ?[Cc]opyright)?|[Cc]opyright(?= \d{4})|^[Cc]opyright(?= \p{Lu})) ?(?:${YEARS},? ?)?(${NAME}?)(?:,? (?:inc|ltd|llc|plc|gmbh|s\.a|sp\. z o\.o)\.?)?(?: ?[.,\|]| [Aa]ll [Rr]ights| \d{4}|$)`),
  // © 2026 «Приволжский обозреватель». Все права защищены.
  cue('copyright', 1.5, ['©'], String.raw`© ?(?:${YEARS},? ?)?«([^«»]{2,60})»`),
  // Daily Planet® © 2024 · Daily Planet, 2018-2019 © All rights reserved
  cue('copyright', 1.5, ['©'], String.raw`^(${NAME})®?(?:,? ${YEARS})? ?©`),
  // topicseed, 2018-2019 © All rights reserved: a brand written in lower case, which only its years and the sign make a name.
  cue('copyright', 1.5, ['©'], String.raw`^(\p{Ll}[\p{Ll}\p{N}\-]{2,30}(?:\.\p{Ll}{2,6})?),? ${YEARS} ?©`),
  // Thanks for reading The Daily Planet! Subscribe for free to receive new posts and support my work.
  cue('thanks-for-reading', 3, ['thanks for reading'], String.raw`^Thanks for reading (${NAME})!`),
  // The Daily Planet is a reader-supported publication. To receive new posts and support my work, …
  cue('reader-supported', 3, ['reader-supported publication'], String.raw`^(${NAME}) is a reader-supported publication\b`),
  // For the latest news, weather, sports, and streaming video, head to The Daily Planet.
  cue('promo', 2, ['head to ', 'go to '], String.raw`^For the latest (?:news|headlines)\b.{0,80}\b(?:head|go) to (${NAME})[.!]?$`),
  // 저작권자 © 한빛일보 무단전재 및 재배포 금지: a Korean outlet's copyright line.
  cue('copyright', 1.5, ['저작권자'], String.raw`^[<\[]?저작권자 ?(?:©|\(c\))? ?([\p{Script=Hangul}\p{L}\p{N}]{2,20})`),
  // © Bản quyền thuộc về Sông Nhị Online: "the copyright belongs to", in Vietnamese.
  cue('copyright', 1.5, ['bản quyền thuộc về'], String.raw`^(?:© ?)?Bản quyền thuộc về (${NAME})`),
  // WASHINGTON (CNN) — … · HARLOW CITY, Ky. (WHRL) — …: the outlet in a dateline (a wire agency's is no site).
  cue('dateline', 2, [') —', ') –', ') -'], String.raw`^\p{Lu}[\p{Lu} .'’\-]{1,40}(?:, [\p{L}. ]{2,20})? \((${NAME})\) ?[—–\-] `),
  // From: Herald Sun
  cue('from-line', 3, ['from: ', 'source: ', 'fonte: ', 'fuente: ', 'quelle: ', 'zdroj: '], String.raw`^(?:From|Source|Fonte|Fuente|Quelle|Zdroj): (${NAME})$`),
  // From Wikipedia, the free encyclopedia
  cue('tagline', 3, ['from '], String.raw`^From (${NAME}), the\b`),
  // eHow Contributor · Daily Planet Staff
  cue('role-suffix', 2, [' contributor', ' staff'], String.raw`^(?:[Bb]y )?(${NAME}) (?:Contributor|Staff|Staff Writer)$`),
  // Jane Roe is a reporter for The Daily Planet · Jane Roe is an NBC News producer
  cue('author-bio', 2, ['is a', 'is the'], String.raw`\bis (?:an?|the) (?:[\p{L}\-]+ ){0,3}${ROLE} (?:for|at|with) (${NAME})`),
  // Jane Roe is an NBC News producer · This commenter is a Daily Planet editor
  cue('author-bio', 2, ['is a'], String.raw`\bis an? (${NAME}) (?:[\p{Ll}\-]+ ){0,2}${ROLE}\b`),
  // Vous êtes abonné à Libération · You are subscribed to The Daily Planet
  cue('subscriber', 2, ['abonné à', 'abonnée à', 'subscribed to', 'suscrito a', 'assinante d'], String.raw`\b(?:abonné à|abonnée à|subscribed to|suscrito a|assinante d[oa]) (${NAME})`),
  // About The Daily Planet · Sign in to Daily Planet · More from Daily Planet · More on Politics from Daily Planet · Get the Daily Planet app
  cue('site-link', 1, ['about ', 'contact ', 'follow ', 'work at ', 'write for ', 'writing for ', 'sign in to ', 'log in to ', 'more ', 'popular ', 'next ', 'get the ', 'download the ', 'discover ', 'explore ', 'welcome to ', 'back to ', 'join ', 'recommended from '], String.raw`^(?:About|Contact|Follow|Work at|Write for|Writing for|Sign in to|Log in to|Log In to|More (?:on [\p{L}\p{N}&.\-]{1,30} )?(?:from|From)|Recommended (?:from|From)|Popular (?:now|Now) on|Next (?:on|On)|Get the|Download the|Discover|Explore|Welcome to|Back to|Join) (${NAME})(?: (?:app|newsletter|Staff|Team|Daily))?[!.:»›]*$`),
  // Daily Planet Staff · Daily Planet Sitemap · Daily Planet on Twitter
  cue('site-suffix', 1, [' staff', ' team', ' sitemap', ' site map', ' services', ' newsletter', ' on facebook', ' on twitter', ' on instagram', ' on youtube', ' on linkedin'], String.raw`^(${NAME}) (?:Staff|Team|Sitemap|Site Map|Services|Newsletter|on (?:Facebook|Twitter|Instagram|YouTube|LinkedIn))$`),
  // Photograph: Jane Roe for the Daily Planet
  cue('photo-for', 2, ['photo', 'image', 'illustration'], String.raw`^(?:Photograph|Photo|Photography|Image|Illustration)s?: .{2,60} for (${NAME})$`),
  // Sign up for the Daily Planet newsletter · Sign up to The Daily Planet's Morning Briefing newsletter
  // Get The Daily Planet delivered to your inbox
  // Get the most out of Daily Planet. Subscribe to our newsletter to receive: …
  cue('newsletter', 2, ['get the most out of'], String.raw`^Get the most out of (${NAME})[.!]`),
  cue('newsletter', 2, ['delivered to your'], String.raw`^Get (${NAME}) delivered to your (?:inbox|email)`),
  cue('newsletter', 2, ['newsletter'], String.raw`\b(?:[Ss]ign up (?:for|to)|[Ss]ubscribe to|[Kk]eep up with|[Gg]et) (?:the )?(${NAME}?)(?:['’]s(?: [\p{Lu}&][\p{L}&]{0,20}){0,3}| (?:Daily|Weekly|Morning|Evening|Today))? newsletter`)
]

/**
 * Any cue's keyword, in a lower-case line: one test that most lines fail,
 * where asking each cue in turn costs several times more.
 */
export const ANY_CUE_KEYWORD = new RegExp([...new Set(SITE_CUES.flatMap((cue) => cue.keywords))].map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))

/** Company words after a publication's name in copyright lines: `Telegraph Media Group Limited` → `Telegraph`. */
export const CORPORATE_SUFFIX =
  / (?:Media|Medien|Mediengruppe|Verlag|Group|Limited|Ltd|Inc|LLC|PLC|GmbH|& Co|und Co|KG|Corporation|Corp|Company|Co|Holdings|Publishing|Publications|Newspapers|Interactive|Digital|Enterprises|Ventures|S\.A|SA|AG|AB|S\.r\.l|S\.p\.A|SRL|SpA|S\.L|SL|SAS|SARL|B\.V|BV|N\.V|NV)\.?$/u

/** Separators between a page title's headline and the site's name. */
export const TITLE_SEPARATORS: readonly string[] = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · ']
export const TITLE_SUFFIX_WEIGHT = 3
/** A photo credit `Name / Outlet` names the outlet when it is not an agency: its own photographer. */
export const CREDIT_OUTLET_WEIGHT = 2
/** A photographer in a credit: two to four capitalised words. */
const CREDIT_NAME_WORD = String.raw`${CAPITAL}${bmp(String.raw`\p{L}.'’\-`)}{0,30}`
const CREDITED_PERSON = String.raw`(?:${CREDIT_NAME_WORD} ){1,3}${CREDIT_NAME_WORD}`
/** `Photo by Jane Roe/Daily Planet`, `Jane Roe/Daily Planet` as a line of its own: group 1 the person, 2 the outlet. */
export const CREDIT_LINE = new RegExp(String.raw`^(?:(?:[Pp]hoto|[Ii]mage|[Ii]llustration|[Pp]hotograph)(?: by|:) )?(${CREDITED_PERSON}) ?\/ ?(${NAME})$`, 'v')
/** A caption that ends in its staff credit: `… on Tuesday. (Jane Roe / The Daily Planet)`. */
export const CREDIT_IN_PARENTHESES = new RegExp(String.raw`\((${CREDITED_PERSON}) ?\/ ?(${NAME})\)$`, 'v')
/** A short line that is only a name already voted for: the masthead says it again. */
export const MASTHEAD_WEIGHT = 1

/** Button states that follow a name in a link such as "Follow Ashby Echo Followed": not part of the name. */
export const TRAILING_BUTTON_WORDS = / (?:Followed|Following|Subscribed|Joined)$/u
/** The button or box a name is written on (`Follow Ashby Echo on Twitter`, `Search Ashby Echo`): not part of the name. */
export const LEADING_BUTTON_WORDS = /^(?:Follow|Like|Join|Visit|Search|Subscribe to) /u

/** Capitalised words that page chrome puts where a name could be, but that name no publication. */
export const NOT_SITE_WORDS: ReadonlySet<string> = new Set(
  `us me you our your my share follow followed following subscribe subscriber subscribers sign log in up out more
  author authors editor editors staff team home news page site app apps account privacy terms cookies contact about
  tickets shop store newsletter newsletters help faq careers jobs advertise rss the a an all this copyright rights
  reserved notice riproduzione riservata derechos reservados droits réservés rechte vorbehalten`.split(/\s+/)
)
