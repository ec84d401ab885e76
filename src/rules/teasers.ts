/**
 * Teasers for other articles: the headings that open a list of them, the
 * prefixes of single inline teasers, and the small lines a teaser card
 * carries (kicker, reading time, source, comment count). Add phrases here
 * rather than in the stages.
 */

/** Headings that open a list of teasers for other articles (whole line, case-insensitive). */
export const RELATED_HEADINGS: readonly RegExp[] = [
  // English
  /^["“]?(?:read more|read next|read this next|up next|what to read next|related|related (?:articles?|stories|posts|content|coverage|links|reading|news|videos?)|more (?:from|on|in|about) .{1,60}|more (?:stories|news|articles|coverage|headlines|videos|recipes|reviews|guides|features|podcasts|posts|galleries|photos|pictures|to explore|buzz|like this)|(?:view )?more (?:articles|stories|posts) in .{1,40}|more on this (?:story|topic)|(?:the )?most (?:read|popular|viewed|shared|emailed|watched|commented|recent)(?: (?:stories|articles|posts|now|today|on .{1,40}|from .{1,40}))?(?: around the web)?|most (?:read|popular|viewed|shared) [\w&' ]{1,30} (?:stories|articles|news|videos|posts)|(?:more|latest|other) [\w&' ]{1,30} (?:news|stories|articles|headlines|videos)|next up(?: in .{1,40})?|.{0,40}what(?:'|’)s trending(?: now)?|(?:also|elsewhere|trending|popular now|new|today) on .{1,40}|(?:[\w&' ]{1,40} )?video: now playing|now playing|more related stories|similar (?:articles|stories|posts)|more for you|you (?:might|may) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| articles| reading| reads| related news| videos)?|(?:what|also) to read next|editor(?:'|’)?s? (?:picks|choice)|(?:top|our) picks|top stories|trending(?: now| stories| articles)?|latest (?:news|stories|articles|posts|headlines|videos)|further reading|see also|don(?:'|’)t miss|in case you missed it|popular (?:stories|posts|articles|now)|popular in:? .{1,40}|recent (?:posts|articles|stories)|other (?:people are reading|stories|news)|also read|must read|keep reading|from (?:the homepage|around the web)|around the web|(?:featured|top|more) news|features (?:&|and) analysis|you may also like)(?:[:.!]|\.{3}|…)?["”]?$/i,
  /^\d+ related (?:articles?|stories|posts)$/i,
  // A ticker's label over the newest headlines: `New:`, `Latest:`, `Breaking:` (with its colon, and alone on its line).
  /^(?:new|newest|latest|just in|breaking|trending now|trending):$/i,
  // Spanish, Portuguese, French, German, Czech, Italian, Dutch
  /^(?:más noticias|lo más leído|artículos relacionados|noticias relacionadas|te puede interesar|las más leídas|leia também|mais lidas(?: em .{1,40})?|relacionadas|veja também|à lire aussi|lire aussi|sur le même sujet|les plus lus|les plus partagés|vidéos les plus vues|à la une|mehr zum thema(?: .{1,40})?|weitere artikel|meistgelesen|meistkommentiert|auch (?:auf|bei) .{1,40}|související(?: články)?|nejčtenější|další zprávy|articoli correlati|più letti|leggi anche|potrebbe interessarti|ti potrebbe interessare|le notizie più lette|gerelateerde artikelen|meest gelezen|lees ook|lees meer|meer nieuws|ook interessant)[:.!]?$/i,
  // German, Polish, Russian, Ukrainian, Scandinavian, Turkish, Indonesian, Romanian, Greek
  /^(?:lesen sie (?:auch|mehr)|das könnte sie auch interessieren|top-themen|weitere nachrichten|auch interessant|czytaj (?:też|także|również)|zobacz (?:też|także|również)|najczęściej czytane|polecane|читайте также|смотрите также|по теме|новости по теме|самое читаемое|популярное|читайте також|по темі|найпопулярніше|läs också|läs mer|mest lästa?|læs også|les også|mest lest|mest læste|ilgili haberler|çok okunanlar|bunlar da ilginizi çekebilir|baca juga|berita terkait|terpopuler|citește și|cele mai citite|διαβάστε επίσης|δείτε επίσης)[:.!]?$/iu,
  // Chinese, Japanese and Korean
  /^(?:많이 본 뉴스|관련 ?기사|인기 ?기사|추천 ?기사|주요 ?뉴스|【?関連(?:記事|ニュース)】?|この記事を読んだ人に(?:オススメ|おすすめ)|(?:オススメ|おすすめ|人気)の?記事|.{0,10}アクセスランキング.{0,20}|相关(?:新闻|阅读|文章)|推荐阅读|热门(?:新闻|文章)|延伸阅读|更多(?:新闻|文章)|[您你]?可能[會会]?(?:有興趣|有兴趣|感興趣|感兴趣)的文章|(?:這個|这个)?(?:類別|类别|分類|分类)(?:其他|其它)的?文章|上一篇(?:文章)?[與与和]下一篇(?:文章)?)$/u
]

/**
 * Headings of sponsored widgets (advertising dressed as teasers): what they
 * list is not a teaser. A widget's heading is often printed twice.
 */
export const SPONSORED_HEADING =
  /^(?:(?:sponsored|promoted|paid|partner) (?:links?|content|stories|posts|articles|features)|paid post|(?:ads|recommended|powered|presented) by (?:taboola|outbrain|revcontent|mgid)|by taboola(?: by taboola)?|from our (?:partners|sponsors)|(?:you might like ?)?from the web)(?: (?:sponsored|promoted|paid|partner) (?:links?|content|stories|posts|articles))?$/i

/**
 * A single teaser written into the text: `READ MORE: <headline>`,
 * `Previous article <headline>`, `Related: <headline>`. Group 1 is the
 * prefix, group 2 the separator (if any), group 3 the headline.
 */
export const INLINE_TEASER =
  /^(?:[←«‹] ?|\[)?((?:read more|read next|also read|up next|lire aussi|à lire aussi|leia também|lee también|leggi anche|lesen sie auch|mehr zum thema|czytaj (?:też|także|również)|zobacz (?:też|także)|читайте также|читайте також|läs också|les også|læs også|baca juga|citește și|διαβάστε επίσης|siguiente artículo|artículo anterior|(?:previous|next|older|newer) (?:article|post|story)|related (?:video|story|article|content)|related|more|watch|listen|read|recommended|lire|learn more|previous|next)) ?(:|-|–|—|>>|»|›|→)? ([^\]]{4,300})\]?$/i

/** An entry of a news ticker: a time of day, then the headline ("14:32 Fish market opens on Sundays"). Group 1 is the headline. */
export const TICKER_ENTRY = /^\d{1,2}:\d{2} (\S.{3,300})$/

/** A ticker's time stamp, alone on its line (over a live post) or before an entry's headline. */
export const TICKER_STAMP = /^\d{1,2}:\d{2}(?: |$)/

/** The mark of an item of a bulleted list ("• Flood defences…", "- Flood defences…"); not part of the headline. */
export const LIST_ITEM_MARK = /^[•·▪►▶◆■*–-] (?=\S)/u

/** A whole line in square brackets is a link set into the text (`[Museum reopens after flood]`); not a chat message (`[Ana: see you!]`). */
export const BRACKETED_LINK = /^\[([^\]:]{8,300}[^\].!?:])\]$/

/** Prefixes too common in plain sentences ("More than…", "Next year…") to count without a separator. */
export const PREFIX_NEEDS_SEPARATOR = /^(?:related(?: video| content)?|more|watch|listen|read|recommended|lire|learn more|previous|next)$/i

/** A teaser's reading time: `1 Min read`, `5 min read`, `3 minute read`, possibly after a date: `Dec 6 · 5 min read`. */
export const READING_TIME =
  /(?:^|· |\| )(?:(\d{1,3}) ?(?:min|mins|minutes?)\.? ?(?:read|de lectura|de lecture|lesezeit|čtení)|(?:temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|lesezeit|leestijd|lästid):? (\d{1,3}) ?min(?:utes?|utos|uti|uten)?\.?)$/i

/** Opinion-type kickers, often followed by the columnist's name ("opinion Leonid Bershidsky"). */
export const AUTHOR_KICKERS: readonly string[] = [
  'opinion', 'analysis', 'commentary', 'column', 'op-ed', 'editorial', 'review', 'interview', 'comment', 'perspective',
  'letter', 'essay', 'blog'
]

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}`

/** `opinion Leonid Bershidsky` → kicker `opinion`, author `Leonid Bershidsky`. */
export const KICKER_WITH_AUTHOR = new RegExp(
  String.raw`^((?:${AUTHOR_KICKERS.map((kicker) => `[${kicker[0]}${kicker[0]?.toUpperCase()}]${kicker.slice(1)}`).join('|')})):? (${NAME})$`,
  'u'
)

/**
 * Small lines inside a teaser card that are neither its headline nor its
 * summary: a list number, a time or "4 hours ago", a comment or photo count.
 */
export const TEASER_META: readonly RegExp[] = [
  /^#?\d{1,3}[.)]?$/,
  /^\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?$/i,
  /^(?:\d+|an?) ?(?:s|m|h|d|w|mins?|hrs?|minutes?|hours?|days?|weeks?|months?)(?: ago)?(?: in)?$/i,
  /^[\d.,]+k?\s*(?:comments?|photos?|pictures?|videos?|fotografií|fotos|views|shares|likes)$/i,
  // Czech: "Aktualizováno před 21 minutami" (updated 21 minutes ago).
  /^(?:aktualizováno |publikováno )?před \d{1,3} (?:minutou|minutami|hodinou|hodinami|dnem|dny)$/i,
  // The category a related post was filed in: `In "News"`.
  /^in ["“][^"”]{1,40}["”]$/i
]

/** A card marked as advertising: its source line says so ("IFC MarketsSponsored", "Sponsored by Babbel"). */
export const SPONSORED_MARK = /(?:sponsored|sponsorisé|patrocinado|gesponsert|anzeige)(?: by\b.{1,60})?$|^ad ?choices$/i

/** Calls to action ("View all blog posts", "Get a badge"): links, but not to an article. */
export const CALL_TO_ACTION =
  /^(?:view|show|see|get|go to|log ?in|login|sign|subscribe|follow|like us|join|download|click|tap|shop|buy|order|discover|make|explore|browse|learn more|find out|try|want|please|send|contact|play|enter|be the first|also available|don(?:'|’)t|read (?:article|story|now)|ver|voir|mehr|alle|prohlédnout|zobrazit|zobacz|смотреть|посмотреть|ansehen|regarder)(?![\p{L}])|^yes!/iu

/** The view, talk and edit links over a wiki's navigation box, one per line: the titles under them are its links, not teasers. */
export const NAVBOX_LINKS: readonly string[] = ['v', 't', 'e']

/** The line over the next story a page loaded under the article (infinite scroll). */
export const NEXT_ARTICLE_MARKER = /^(?:next (?:article|story|post)|up next|read next|keep reading)[:.]?$/i

/** Headings of the article's own lists (a live page's summary at its top): titles under them are no teasers. */
export const ARTICLE_LIST_HEADING =
  /^(?:key (?:points|events|facts|takeaways|moments|developments)|(?:the )?main points|what we know(?: so far)?|what you need to know|at a glance|in brief|in short|summary|takeaways)[:.]?$/i

/** A bibliography entry ("Roe, Jane (2005). A History of the Coast. ISBN …"): a work cited, not an article teased. */
export const CITATION = /\bISBN\b|\bdoi:|\(\d{4}\)\. /i

/** The header of a reader's comment: a comment word and a time of day ("Jane wrote on March 3 at 10:12", "藍天 於 2014/01/01 20:59 回覆"), or a number ("#7 甄妮佛"). */
export const COMMENT_HEADER = /^(?=.*(?:\bwrote\b|\bsays:|\breplied\b|\bcommented\b|回覆|回复|於 ))(?=.*\b\d{1,2}:\d{2}\b)|^#\d+ /iu
