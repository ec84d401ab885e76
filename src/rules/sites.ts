/**
 * Where a page names its publication in plain text. Each cue is a pattern
 * whose first group is the name, with the weight its evidence carries; the
 * site stage adds up the weights per name.
 */

/** A publication's name: capitalised words, initials, `.com`, `&`. */
// Words are bounded and a dot must be followed by a letter (`Factorio.com`, `S.Paulo`), so the
// patterns built on NAME stay linear.
const WORD_REST = String.raw`[\p{L}\p{N}&-]{0,30}(?:\.[\p{L}\p{N}&-]{1,30}){0,3}`
const NAME = String.raw`(?:[Tt]he )?(?:[\p{Lu}\p{N}]|\p{Ll}{1,2}\p{Lu})${WORD_REST}(?: (?:[\p{Lu}\p{N}&]${WORD_REST}|de|do|da|dos|das|del|of|du|la|di|en)){0,4}`
/** A year or a span of years in a copyright line: `2019`, `2006 - 2024`. */
const YEARS = String.raw`\d{4}(?: ?[-–] ?\d{4})?`
/** A newsroom role, written either case. */
const ROLE = String.raw`(?:[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]orrespondent|[Pp]roducer|[Cc]olumnist|[Cc]ontributor|[Pp]hotographer)`

export interface SiteCue {
  rule: string
  pattern: RegExp
  weight: number
}

/** Cues read from a whole line. */
export const SITE_CUES: readonly SiteCue[] = [
  // Support The Moscow Times! · Donate to The Daily Planet · Support Lakeside Voice — become a member today!
  {rule: 'banner', weight: 3, pattern: new RegExp(String.raw`^(?:[Ss]upport|[Dd]onate to|[Ss]ubscribe to|[Bb]ecome a member of) (${NAME})(?:[!.]| [—–-] .{1,80})?$`, 'u')},
  // © 2019 The Daily Planet. All rights reserved. · Copyright © 2019 The Daily Planet | Privacy (Often the parent company: it weighs less.)
  {rule: 'copyright', weight: 1.5, pattern: new RegExp(String.raw`(?:(?:[Cc]opyright ?)?(?:©|\([Cc]\))(?: ?[Cc]opyright)?|[Cc]opyright(?= \d{4})|^[Cc]opyright(?= \p{Lu})) ?(?:${YEARS},? ?)?(${NAME}?)(?:,? (?:inc|ltd|llc|plc|gmbh|s\.a)\.?)?(?: ?[.,|]| [Aa]ll [Rr]ights| \d{4}|$)`, 'u')},
  // Daily Planet® © 2024 · Daily Planet, 2018-2019 © All rights reserved
  {rule: 'copyright', weight: 1.5, pattern: new RegExp(String.raw`^(${NAME})®?(?:,? ${YEARS})? ?©`, 'u')},
  // From: Herald Sun
  {rule: 'from-line', weight: 3, pattern: new RegExp(String.raw`^(?:From|Source|Fonte|Fuente|Quelle|Zdroj): (${NAME})$`, 'u')},
  // From Wikipedia, the free encyclopedia
  {rule: 'tagline', weight: 3, pattern: new RegExp(String.raw`^From (${NAME}), the\b`, 'u')},
  // eHow Contributor · Daily Planet Staff
  {rule: 'role-suffix', weight: 2, pattern: new RegExp(String.raw`^(${NAME}) (?:Contributor|Staff|Staff Writer)$`, 'u')},
  // Jane Roe is a reporter for The Daily Planet · Jane Roe is an NBC News producer
  {rule: 'author-bio', weight: 2, pattern: new RegExp(String.raw`\bis (?:an?|the) (?:[\p{L}-]+ ){0,3}${ROLE} (?:for|at|with) (${NAME})`, 'u')},
  // Jane Roe is an NBC News producer · This commenter is a Daily Planet editor
  {rule: 'author-bio', weight: 2, pattern: new RegExp(String.raw`\bis an? (${NAME}) (?:[\p{Ll}-]+ ){0,2}${ROLE}\b`, 'u')},
  // Vous êtes abonné à Libération · You are subscribed to The Daily Planet
  {rule: 'subscriber', weight: 2, pattern: new RegExp(String.raw`\b(?:abonné à|abonnée à|subscribed to|suscrito a|assinante d[oa]) (${NAME})`, 'u')},
  // About The Daily Planet · Sign in to Daily Planet · More from Daily Planet · More on Politics from Daily Planet · Get the Daily Planet app
  {rule: 'site-link', weight: 1, pattern: new RegExp(String.raw`^(?:About|Contact|Follow|Work at|Write for|Writing for|Sign in to|Log in to|Log In to|More (?:on [\p{L}\p{N}&.-]{1,30} )?(?:from|From)|Popular (?:now|Now) on|Next (?:on|On)|Get the|Discover|Explore|Welcome to|Back to|Join) (${NAME})(?: (?:app|newsletter|Staff|Team|Daily))?[!.:»›]*$`, 'u')},
  // Daily Planet Staff · Daily Planet Sitemap · Daily Planet on Twitter
  {rule: 'site-suffix', weight: 1, pattern: new RegExp(String.raw`^(${NAME}) (?:Staff|Team|Sitemap|Site Map|Services|Newsletter|on (?:Facebook|Twitter|Instagram|YouTube|LinkedIn))$`, 'u')},
  // Photograph: Jane Roe for the Daily Planet
  {rule: 'photo-for', weight: 2, pattern: new RegExp(String.raw`^(?:Photograph|Photo|Photography|Image|Illustration)s?: .{2,60} for (${NAME})$`, 'u')},
  // Sign up for the Daily Planet newsletter · Sign up to The Daily Planet's Morning Briefing newsletter
  // Get The Daily Planet delivered to your inbox
  {rule: 'newsletter', weight: 2, pattern: new RegExp(String.raw`^Get (${NAME}) delivered to your (?:inbox|email)`, 'u')},
  {rule: 'newsletter', weight: 2, pattern: new RegExp(String.raw`\b(?:[Ss]ign up (?:for|to)|[Ss]ubscribe to|[Kk]eep up with|[Gg]et) (?:the )?(${NAME}?)(?:['’]s(?: [\p{Lu}&][\p{L}&]{0,20}){0,3}| (?:Daily|Weekly|Morning|Evening|Today))? newsletter`, 'u')}
]

/** Company words after a publication's name in copyright lines: `Telegraph Media Group Limited` → `Telegraph`. */
export const CORPORATE_SUFFIX =
  / (?:Media|Group|Limited|Ltd|Inc|LLC|PLC|GmbH|Corporation|Corp|Company|Co|Holdings|Publishing|Publications|Newspapers|Interactive|Digital|Enterprises|Ventures|S\.A|SA|AG|AB)\.?$/u

/** Separators between a page title's headline and the site's name. */
export const TITLE_SEPARATORS: readonly string[] = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · ']
export const TITLE_SUFFIX_WEIGHT = 3
/** A photo credit `Name / Outlet` names the outlet when it is not an agency: its own photographer. */
export const CREDIT_OUTLET_WEIGHT = 2
/** `Photo by Jane Roe/Daily Planet`, `Jane Roe/Daily Planet` as a line of its own: group 1 the person, 2 the outlet. */
export const CREDIT_LINE = new RegExp(String.raw`^(?:(?:[Pp]hoto|[Ii]mage|[Ii]llustration|[Pp]hotograph)(?: by|:) )?((?:\p{Lu}[\p{L}.'’-]{0,30} ){1,3}\p{Lu}[\p{L}.'’-]{0,30}) ?\/ ?(${NAME})$`, 'u')
/** A caption that ends in its staff credit: `… on Tuesday. (Jane Roe / The Daily Planet)`. */
export const CREDIT_IN_PARENTHESES = new RegExp(String.raw`\(((?:\p{Lu}[\p{L}.'’-]{0,30} ){1,3}\p{Lu}[\p{L}.'’-]{0,30}) ?\/ ?(${NAME})\)$`, 'u')
/** A short line that is only a name already voted for: the masthead says it again. */
export const MASTHEAD_WEIGHT = 1

/** Button states that follow a name in a link such as "Follow Ashby Echo Followed": not part of the name. */
export const TRAILING_BUTTON_WORDS = / (?:Followed|Following|Subscribed|Joined)$/u

/** Capitalised words that page chrome puts where a name could be, but that name no publication. */
export const NOT_SITE_WORDS: ReadonlySet<string> = new Set(
  `us me you our your my share follow followed following subscribe subscriber subscribers sign log in up out more
  author authors editor editors staff team home news page site app apps account privacy terms cookies contact about
  tickets shop store newsletter newsletters help faq careers jobs advertise rss the a an all this copyright rights
  reserved notice`.split(/\s+/)
)
