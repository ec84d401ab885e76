/**
 * Dates as pages print them. chrono-node does the parsing; these patterns
 * only find where a date is and which label ("Published", "Updated") it has.
 */

const ENGLISH_MONTH_PATTERNS = [
  'jan(?:uary|\\.)?', 'feb(?:ruary|\\.)?', 'mar(?:ch|\\.)?', 'apr(?:il|\\.)?', 'may', 'jun(?:e|\\.)?', 'jul(?:y|\\.)?',
  'aug(?:ust|\\.)?', 'sep(?:t(?:ember)?|\\.)?\\.?', 'oct(?:ober|\\.)?', 'nov(?:ember|\\.)?', 'dec(?:ember|\\.)?'
]

/**
 * The month names of the languages chrono-node reads besides English, by its
 * locale, January first. A date naming one of a locale's months is read by
 * that locale first.
 */
export const LOCALE_MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
} as const

const ENGLISH_MONTH_NAME = new RegExp(`^(?:${ENGLISH_MONTH_PATTERNS.join('|')})$`)

/** The other languages' month names that English does not spell the same way (`mars`, not `april`). */
const FOREIGN_MONTHS = [...new Set(Object.values(LOCALE_MONTHS).flat())].filter((name) => !ENGLISH_MONTH_NAME.test(name))

const MONTHS = [...ENGLISH_MONTH_PATTERNS, ...FOREIGN_MONTHS]

/** A month name in any of the languages above. */
export const MONTH = `(?:${MONTHS.join('|')})`

/**
 * Month names of languages chrono-node has no reader for, January first, in
 * the form their dates give them after the day (`28 ноября 2026`,
 * `28. listopadu 2026`, `3 maja 2026`, `16 Şubat 2026`). The date rewrites
 * put the English name in their place. Russian, Ukrainian, Polish, Czech,
 * Turkish, Finnish, Romanian, Greek, Austrian German's `Jänner` and `Feber`,
 * Arabic (the Egyptian and the Levantine names) and Hindi.
 */
export const MONTHS_WITHOUT_READER: ReadonlyArray<readonly string[]> = [
  ['января', 'січня', 'stycznia', 'ledna', 'ocak', 'tammikuuta', 'ianuarie', 'ιανουαρίου', 'jänner', 'يناير', 'كانون الثاني', 'जनवरी'],
  ['февраля', 'лютого', 'lutego', 'února', 'şubat', 'helmikuuta', 'februarie', 'φεβρουαρίου', 'feber', 'فبراير', 'شباط', 'फरवरी'],
  ['марта', 'березня', 'marca', 'března', 'mart', 'maaliskuuta', 'martie', 'μαρτίου', 'مارس', 'آذار', 'मार्च'],
  ['апреля', 'квітня', 'kwietnia', 'dubna', 'nisan', 'huhtikuuta', 'aprilie', 'απριλίου', 'أبريل', 'ابريل', 'نيسان', 'अप्रैल'],
  ['мая', 'травня', 'maja', 'května', 'mayıs', 'toukokuuta', 'μαΐου', 'مايو', 'أيار', 'मई'],
  ['июня', 'червня', 'czerwca', 'června', 'haziran', 'kesäkuuta', 'iunie', 'ιουνίου', 'يونيو', 'حزيران', 'जून'],
  ['июля', 'липня', 'lipca', 'července', 'temmuz', 'heinäkuuta', 'iulie', 'ιουλίου', 'يوليو', 'تموز', 'जुलाई'],
  ['августа', 'серпня', 'sierpnia', 'srpna', 'ağustos', 'elokuuta', 'αυγούστου', 'أغسطس', 'اغسطس', 'آب', 'अगस्त'],
  ['сентября', 'вересня', 'września', 'září', 'eylül', 'syyskuuta', 'septembrie', 'σεπτεμβρίου', 'سبتمبر', 'أيلول', 'सितंबर', 'सितम्बर'],
  ['октября', 'жовтня', 'października', 'října', 'ekim', 'lokakuuta', 'octombrie', 'οκτωβρίου', 'أكتوبر', 'اكتوبر', 'تشرين الأول', 'अक्टूबर'],
  ['ноября', 'листопада', 'listopada', 'listopadu', 'kasım', 'marraskuuta', 'noiembrie', 'νοεμβρίου', 'نوفمبر', 'تشرين الثاني', 'नवंबर', 'नवम्बर'],
  ['декабря', 'грудня', 'grudnia', 'prosince', 'aralık', 'joulukuuta', 'decembrie', 'δεκεμβρίου', 'ديسمبر', 'كانون الأول', 'दिसंबर', 'दिसम्बर']
]

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** The English name of each month name in MONTHS_WITHOUT_READER, by its lower case. */
const ENGLISH_MONTH_OF = new Map(MONTHS_WITHOUT_READER.flatMap((names, month) => names.map((name) => [name, ENGLISH_MONTHS[month] ?? ''])))

/** A month name of MONTHS_WITHOUT_READER; `\b` would not end a word of Cyrillic or Greek letters. */
const MONTH_WITHOUT_READER = String.raw`(?:${MONTHS_WITHOUT_READER.flat().join('|')})(?!\p{L})`

/**
 * Somewhere in the line: a written date (`24 July 2015`, `Nov. 20, 2019`,
 * `March 3rd, 2015`, `3rd of March 2015`, `3-Mar-2015`, `2019-11-20`,
 * `2019-11-20T08:15Z`, `2019/11/20`, `11/19/19`, `08.04.2015`, `20-11-2019`,
 * `2017年3月10日`). Global, searched
 * from `lastIndex`: one pattern for every search, since V8 compiles a pattern
 * once per set of flags and this one is large. Read it through writtenDate().
 */
export const DATE_IN_TEXT = new RegExp(
  String.raw`(?:\b\d{1,2}\.? ${MONTH_WITHOUT_READER} \d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\.? (?:de |of )?${MONTH}\b|\b\d{1,2}-${MONTH}-\d{2,4}\b|\b${MONTH} \d{1,2}(?:st|nd|rd|th)?\b|${MONTH} \d{1,2}(?:st|nd|rd|th)?, \d{4}|\b\d{4}(?:-\d{1,2}-|\/\d{1,2}\/|\.\d{1,2}\.)\d{1,2}(?:\b|(?=T\d))|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}-\d{1,2}-\d{4}\b|\d{4}年\d{1,2}月\d{1,2}日|\b\d{1,2}\.\p{L}{3,9}\.\d{4}\b)`,
  'giu'
)

/**
 * Characters from the start of a DATE_IN_TEXT match to its first digit, at
 * most: the longest month name above (`septiembre`, `september.`) and a space.
 */
export const MAX_DATE_LEAD = 11

/** What sets the parts of a line of details apart: `Jane Roe · The Post · Posted: Mar 4, 2027 | Updated …`. */
export const DETAIL_SEPARATOR = / [·•|] /u

/** A date written in a language other than English: a month name of another language, or `2017年3月10日`. */
export const FOREIGN_DATE = new RegExp(
  String.raw`\d{4}年\d{1,2}月\d{1,2}日|\b\d{1,2}\.\p{L}{3,9}\.\d{4}\b|\b(?:${FOREIGN_MONTHS.join('|')})\b`,
  'iu'
)

/**
 * Ways of writing a date or time that chrono-node does not read, each with
 * the rewrite it does read; applied in order to the text around a date.
 */
export const DATE_REWRITES: ReadonlyArray<readonly [RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  // A year glued to the time after it (`March 2, 20275:47 PM ET`).
  [/\b((?:19|20)\d{2})(?=\d{1,2}:\d{2}\b)/g, '$1 '],
  // A written-out date glued to the word before it (`FinanceOctober 13, 2016`).
  [/(\p{Ll})(?=(?:January|February|March|April|May|June|July|August|September|October|November|December) \d)/gu, '$1 '],
  // A month name of a language chrono-node has no reader for (`28 ноября 2026`), in English.
  [new RegExp(String.raw`\b(\d{1,2})\.? (${MONTH_WITHOUT_READER})`, 'giu'), (_date: string, day: string, month: string) => `${day} ${ENGLISH_MONTH_OF.get(month.toLowerCase()) ?? month}`],
  // A dotted date with its month in letters (`21.dez.2018`).
  [/\b(\d{1,2})\.(\p{L}{3,9})\.(\d{4})\b/gu, '$1 $2 $3'],
  // A time written with an `h` (`12h55`, French and Portuguese), which not every locale's reader knows.
  [/\b(\d{1,2})h(\d{2})\b/g, '$1:$2'],
  // A time written with a dot before its zone, am/pm or `Uhr` (`18.05 GMT`, `7.30pm`, `18.47 Uhr`).
  [/\b(\d{1,2})\.(\d{2})(?= ?(?:GMT|BST|UTC|CET|CEST|Uhr\b|[AaPp]\.?[Mm]\b))/g, '$1:$2'],
  // "at" before a time after a numeric date, in the languages whose dates the English reader reads (`08.04.2015 à 10:12`).
  [/(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}) (?:à|às|a las|alle|um|om) (?=\d{1,2}:\d{2})/g, '$1 at '],
  // A slash between a date and its time (`Mar 14, 2025 / 05:32 PM CDT`), which hides the time.
  [/(\d{4}) \/ (?=\d{1,2}:\d{2})/g, '$1 ']
]

/**
 * A label right before a date saying it is the publication date (tested on
 * the text before the date). Letters around the words, not `\b`, which would
 * not end `publié` or `опубликовано`.
 */
export const PUBLISHED_LABEL =
  /(?:(?<!\p{L})(?:published|posted|publié|publicado|publicada|veröffentlicht|pubblicato|gepubliceerd|zveřejněno|опубликовано|опубліковано|opublikowano|yayınlanma|yayınlandı|julkaistu|publicat|publicerad|publiceret|publisert|diterbitkan|δημοσιεύθηκε|δημοσίευση|نُشر|نشر|تاريخ النشر|प्रकाशित)(?!\p{L})[^\d]{0,20}|(?:^|\s)on\s*)$/iu

/** A label right before a date saying it is not the publication date. */
export const UPDATED_LABEL =
  /(?<!\p{L})(?:updated|last (?:updated|modified|reviewed)|modified|edited|mis à jour|actualizado|atualizado|aktualisiert|aggiornato|aktualizováno|reviewed|обновлено|оновлено|zaktualizowano|aktualizacja|güncellenme|güncelleme|päivitetty|actualizat|uppdaterad|opdateret|oppdatert|diperbarui|ενημερώθηκε|ενημέρωση|آخر تحديث|تحديث|अपडेटेड|अद्यतन)(?!\p{L})[^\d]{0,20}$/iu

/** Relative dates that need a reference date to mean anything. */
export const RELATIVE_DATE = /\b(?:\d+|an?|one) (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago\b|(?:^|\s)\d{1,2} ?(?:h|hrs?|min|d)$/i

/**
 * What chrono-node reads as a date but never dates a page: the present
 * moment and the future ("now", "tomorrow", "in 2 days"). Read against the
 * clock, they would make the output change from one run to the next.
 */
export const NOT_A_PUBLICATION_DATE = /^(?:(?:right |just )?now|tonight|tomorrow|last night|in )|from now$/i

/**
 * chrono-node's English parsers (by class name) that read nothing unless the
 * text holds one of these words: dates counted back or on from another
 * (`3 days ago`, `two weeks later`), whose patterns end in the words.
 */
export const PARSERS_NEEDING_WORDS: ReadonlyArray<{parser: string; words: RegExp}> = [
  {parser: 'ENTimeUnitAgoFormatParser', words: /ago|before|earlier/i},
  {parser: 'ENTimeUnitLaterFormatParser', words: /later|after|from now|henceforth|forward|out/i}
]

/** Dates before this are not publication dates of web pages. */
export const EARLIEST_YEAR = 1995
