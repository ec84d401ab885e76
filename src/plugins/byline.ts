/**
 * Stage: the byline, and the people and organisations it credits. Looked for
 * near the headline first: an explicit byline ("By …", "Par …", "… by Name")
 * anywhere in the header, then a name beside a date or a bare name above the
 * body's second paragraph. Last, blogs sign posts after the text ("Posted by
 * …"). A teaser's byline is never taken: teaser lines are claimed before.
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {CHINESE_NAME_SEPARATOR, CHINESE_REPORTER_CREDIT, CONTACT_LABEL, ENDS_WITH_ROLE_NOUN, SOURCE_CREDIT_HINT, SOURCE_CREDITS, SOURCE_SEPARATOR, WIRE_AGENCY_SET} from '../rules/bylines.js'
import {creditsRole, isCreditLine, isLikelyPersonName, isNameLine, isPersonName, isRoleLine, isWireAgencyLine, readByline, splitCredits} from '../text/bylines.js'
import {mentionsDate} from '../text/dates.js'
import {isProse, nextNonBlank, previousNonBlank, wordCount} from '../text/features.js'
import {claim, isFree, labelOf} from './roles.js'

/** Non-blank lines searched below the headline, above it, and after the body. */
const LINES_BELOW = 24
const LINES_ABOVE = 4
const LINES_AFTER_BODY = 10
/** An explicit signature (`Written on Mar 27 by`) is looked for further, past a blog's follow and share boxes. */
const LINES_AFTER_BODY_EXPLICIT = 20
const LINES_ENDING_BODY = 4
/** Paragraphs at the top of the body where a Chinese paper opens with its reporters' credit. */
const PARAGRAPHS_WITH_CREDIT = 2
/** Non-blank lines at the very top of the page: where a page that opens with its article prints the byline. */
const LINES_AT_TOP = 4
const ENDS_WITH_BY = /\bby:?$/i
/** Implicit bylines with evidence of their own, taken before names only placed like bylines. */
const STRONG_RULES: ReadonlySet<string> = new Set(['name-and-date', 'known-given-name', 'name-and-role'])
/** Words of a writer's role with the outlet after it. */
const MAX_ROLE_UNDER_NAME_WORDS = 8
/** Words of an item of a menu. */
const MAX_MENU_ITEM_WORDS = 2
/** Lines of the byline's block searched for the agency the story came from, and how that line reads. */
const SOURCE_REACH = 3
/** A credit of sources is a line or two of a paragraph's length at most. */
const MAX_SOURCE_CREDIT = 240
/** `(Reporting by Jane Roe and John Poe; Editing by …)`; group 1 names the reporters. */
const REPORTERS_CREDIT = /^\(?(?:additional )?reporting by ([^;()]{2,120}?)(?:;.*|\))?$/iu
/** A writer's handle on a line of its own under the name, which stands for the role: `@DAshworthObi`. */
const SOCIAL_HANDLE = /^@\w{2,30}$/u
/** Between sentences of a line: a full stop, a space and a capital. */
const SENTENCE_BREAK = /(?<=\.) (?=\p{Lu})/u
const SOURCE_LINE = /^(?:source|źródło|quelle|fuente|fonte|zdroj|источник|джерело|kaynak|sumber|bron|källa|kilde): (.{2,40})$/iu
/** The writers' paper printed over the date under their names: `USA TODAY`, `Kessington Courier`. */
const MAX_AFFILIATION_WORDS = 5
/** A line this short that mentions a date is a date line. */
const DATELINE_WORDS = 16
/** `Editor's note: …`, `Update, 9:52 p.m. Thursday: …` over the byline: no paragraph of the article's. */
const EDITORIAL_NOTE = /^(?:editor['’]s note|update|correction)\b[^:]{0,40}:/i
/** A paragraph of prose, as opposed to a caption or a label. */
const PARAGRAPH_WORDS = 15

export default function byline() {
  return (_tree: unknown, file: VFile) => {
    file.data.byline = null
    file.data.authors = []
    file.data.agencies = []
    const lines = file.data.lines ?? []
    const zones = file.data.zones ?? {bodyStart: 0, bodyEnd: lines.length}
    const headlineLine = lines.find((line) => labelOf(file, line.index) === 'headline')
    const anchor = headlineLine?.index ?? zones.bodyStart - 1
    const free = (candidates: Line[]) => candidates.filter((line) => isFree(file, line.index))
    const below = nextNonBlank(lines, anchor, LINES_BELOW)
    const above = previousNonBlank(lines, Math.max(anchor, 0), LINES_ABOVE)
    // Implicit bylines (a name, a name and a date) come before the second paragraph: the first may be a standfirst.
    // On a page that sets its paragraphs apart, lines set together are one block (key points in a list); a
    // caption is none of the article's paragraphs.
    const apart = setsParagraphsApart(lines)
    const paragraphs = below.filter(
      (line) => isProse(line) && wordCount(line) >= PARAGRAPH_WORDS && (line.blankBefore || !apart) && isFree(file, line.index) && !EDITORIAL_NOTE.test(line.text)
    )
    const secondParagraph = paragraphs[1]
    const header = free([...below.filter((line) => line.index < (secondParagraph?.index ?? lines.length)), ...above])
    const aroundBodyEnd = (linesAfter: number) => [...previousNonBlank(lines, zones.bodyEnd, LINES_ENDING_BODY), ...nextNonBlank(lines, zones.bodyEnd - 1, linesAfter)]
    const signatureWithin = (linesAfter: number) => free(aroundBodyEnd(linesAfter))
    const top = free(nextNonBlank(lines, -1, LINES_AT_TOP).filter((line) => line.index < zones.bodyStart))
    // Explicit bylines outweigh a name only placed like one; a name beside a date or a known given name outweighs a signature.
    const found =
      findCredited(free([...below, ...above]), lines, true) ??
      findImplicit(header, lines, anchor, true) ??
      signedOrPlaced(findCredited([...top, ...signatureWithin(LINES_AFTER_BODY_EXPLICIT)], lines, true), findImplicit(header, lines, anchor, false)) ??
      findCredited(signatureWithin(LINES_AFTER_BODY), lines, false) ??
      creditOpeningParagraph(free(nextNonBlank(lines, zones.bodyStart - 1, PARAGRAPHS_WITH_CREDIT))) ??
      reportersCredited(file, aroundBodyEnd(LINES_AFTER_BODY))
    // `— with AAP` under the byline, `The Associated Press contributed to this report.` under the story.
    const bylineEnd = found?.lines.at(-1)?.index
    const underByline = bylineEnd === undefined ? [] : nextNonBlank(lines, bylineEnd, SOURCE_REACH)
    // The body zone may run on past the credit into a page's end matter: the whole zone is searched.
    const inAndUnderStory = [...lines.slice(zones.bodyStart, zones.bodyEnd), ...nextNonBlank(lines, zones.bodyEnd - 1, LINES_AFTER_BODY)]
    const sourcesCredited = creditedSources(file, [...underByline, ...inAndUnderStory].filter((line) => line.text !== '' && line.text.length <= MAX_SOURCE_CREDIT))
    file.data.agencies = sourcesCredited
    if (!found) return
    file.data.byline = found.text
    const stackedAbove = found.rule === 'name-by-date' ? namesStackedAbove(found, lines) : []
    const stacked = namesStackedUnder(found, lines)
    // `Tamsin Oyler-Grant` / `Oren Castellanos-Whyte` / `Kessington Courier` / `Published …`: the line by the date is the writers' paper.
    const credited = stackedAbove.length > 0 ? splitCredits(stackedAbove.map((line) => line.text).join(', ')).authors : found.authors
    file.data.authors = [...credited, ...stacked.names.filter((name) => !credited.includes(name))]
    for (const line of [...stackedAbove, ...stacked.lines]) claim(file, line.index, 'byline', 'stacked-name')
    const source = sourceUnder(found, lines)
    const agencies = source && !found.agencies.includes(source.agency) ? [...found.agencies, source.agency] : found.agencies
    file.data.agencies = [...agencies, ...sourcesCredited.filter((agency) => !agencies.includes(agency))]
    for (const line of found.lines) claim(file, line.index, 'byline', found.rule)
    if (source && isFree(file, source.line.index)) claim(file, source.line.index, 'byline', 'agency-source')
  }
}

/** The agencies that credits of sources name (`— with AAP`), each credit claimed unless a stage before claimed it. */
function creditedSources(file: VFile, candidates: readonly Line[]): string[] {
  const agencies: string[] = []
  for (const line of candidates) {
    if (!SOURCE_CREDIT_HINT.test(line.text) || labelOf(file, line.index)?.startsWith('teaser')) continue
    // `Staff writer Jane Roe contributed reporting. The Associated Press contributed to this report.`: a credit a sentence.
    const listed = line.text.split(SENTENCE_BREAK).flatMap((sentence) => SOURCE_CREDITS.flatMap((pattern) => pattern.exec(sentence)?.[1] ?? []))
    const sources = listed.flatMap((list) => list.split(SOURCE_SEPARATOR)).map((source) => source.trim())
    const named = sources.filter((source) => WIRE_AGENCY_SET.has(source.toLowerCase()) && !agencies.includes(source))
    if (named.length === 0) continue
    agencies.push(...named)
    if (isFree(file, line.index)) claim(file, line.index, 'byline', 'agency-credit')
  }
  return agencies
}

/**
 * A wire's credits under the story when nothing above names the writers:
 * `(Reporting by Jane Roe; Editing by John Poe)` credits Jane Roe, not the
 * editor. The line is the chrome stage's, and stays so.
 */
function reportersCredited(file: VFile, candidates: readonly Line[]): FoundByline | undefined {
  for (const line of candidates) {
    const reporters = file.data.roles?.[line.index]?.rule === 'wire-credits' ? REPORTERS_CREDIT.exec(line.text)?.[1] : undefined
    const authors = reporters ? splitCredits(reporters).authors : []
    if (authors.length > 0) return {text: line.text, lines: [], authors, agencies: [], rule: 'wire-credits'}
  }
  return undefined
}

/** `MEDIA CONTACT:` / `Sgt. Jane Roe` / `Public Information Officer`: a press officer's block, no writer's. */
function isInContactBlock(line: Line, lines: readonly Line[]): boolean {
  for (let index = line.index - 1; index >= 0 && lines[index]?.text; index--) if (CONTACT_LABEL.test(lines[index]?.text ?? '')) return true
  return false
}

/**
 * An explicit byline at the top or under the text, else a name only placed
 * like one; the placed one when the signature names one of its writers
 * (`Ilona Škrabalová, ČTK` by the date, `Autor: Ilona Škrabalová` under the
 * text): it says more.
 */
function signedOrPlaced(signed: FoundByline | undefined, placed: FoundByline | undefined): FoundByline | undefined {
  if (signed && placed && placed.authors.some((author) => signed.authors.includes(author))) return placed
  return signed ?? placed
}

/**
 * More writers stacked under the byline, each over a role: `By Jane Roe` /
 * `Western correspondent` / `John Poe` / `Reporter, High Basin Public Radio`.
 */
function namesStackedUnder(found: FoundByline, lines: readonly Line[]): {names: string[]; lines: Line[]} {
  const stacked: {names: string[]; lines: Line[]} = {names: [], lines: []}
  const explicit = found.rule === 'byline-opener'
  let index = (found.lines.at(-1)?.index ?? lines.length) + 1
  // `Kelvin Ong Jia Hao` / `Senior Transport Correspondent` / blank / `Rachel Liew Shu Min` / `Correspondent`: a blank
  // line between writers each over a role.
  // Under a bare name or a name with its role, another in a block of its own (`Jussi Peltonen-Ahola`, blank, `Aino Kärkkäinen`).
  const bare = found.rule === 'known-given-name' || found.rule === 'name-and-role'
  const nextWriterBlock = (blank: number) =>
    (isRoleUnderName(lines[blank - 1]?.text ?? '') && isNameOverRole(lines[blank + 1], lines)) || (bare && isLoneWriter(lines[blank + 1], lines))
  const stack = (line: Line) => {
    stacked.names.push(...splitCredits(line.text).authors)
    stacked.lines.push(line)
  }
  for (let line = lines[index]; line && (line.text !== '' || nextWriterBlock(index)); line = lines[index]) {
    const next = lines[index + 1]
    if (line.text === '' || isRoleUnderName(line.text)) index++
    else if (isNameOverRole(line, lines)) {
      stack(line)
      index += 2
    } else if ((bare && isLoneWriter(line, lines)) || (next && isPersonName(line.text) && !explicit && isNameOverAffiliation(line, lines))) {
      stack(line)
      index++
    } else break
  }
  return stacked
}

/** A name alone in its block, with a known given name or its role (`Callum Ibbotson, North of England correspondent`). */
function isLoneWriter(line: Line | undefined, lines: readonly Line[]): boolean {
  if (!line?.blankBefore || lines[line.index + 1]?.text || !isCreditLine(line.text)) return false
  return isLikelyPersonName(line.text) || creditsRole(line.text)
}

/** A name with its role on the line under it. */
function isNameOverRole(line: Line | undefined, lines: readonly Line[]): boolean {
  const next = line && lines[line.index + 1]
  return line !== undefined && next !== undefined && isPersonName(line.text) && isRoleUnderName(next.text)
}

/**
 * A second writer's name under the first in a block of names that ends on
 * the writers' paper right over the date: `Jane Whitfield` /
 * `Oren Castellanos-Whyte` / `USA TODAY` / `Published …`; or, with a known
 * given name, right over the date (`Lucía Ferrándiz` / `Tomás Ibarrola` /
 * `Castrovega - 04 mar 2027`). Not a place under a name (`São Paulo`), nor a
 * photographer over an agency (`Fotograf` / `SNB`).
 */
function isNameOverAffiliation(line: Line, lines: readonly Line[]): boolean {
  if (!isCreditLine(line.text) || isRoleLine(line.text)) return false
  let end = line.index + 1
  for (let next = lines[end]; next?.text && next.words <= MAX_AFFILIATION_WORDS && !mentionsDate(next.text); next = lines[end]) end++
  const names = lines.slice(line.index + 1, end - 1)
  // Right over the date, only a known given name is a writer's: the line by the date is mostly the paper's.
  const overPaper = end - line.index >= 2 || isLikelyPersonName(line.text)
  return overPaper && mentionsDate(lines[end]?.text ?? '') && names.every((name) => isPersonName(name.text))
}

/** Writers' names stacked right over a name found beside the date, which is then their paper's. */
function namesStackedAbove(found: FoundByline, lines: readonly Line[]): Line[] {
  const stacked: Line[] = []
  for (let line = lines[(found.lines[0]?.index ?? 0) - 1]; line && line.text !== '' && isPersonName(line.text) && isCreditLine(line.text); line = lines[line.index - 1]) {
    stacked.unshift(line)
  }
  return stacked
}

/** `Western correspondent`, `Reporter, High Basin Public Radio`, `@JaneRoe`: a writer's role or handle, on the line under the name. */
function isRoleUnderName(text: string): boolean {
  if (SOCIAL_HANDLE.test(text)) return true
  return text !== '' && text.split(' ').length <= MAX_ROLE_UNDER_NAME_WORDS && ENDS_WITH_ROLE_NOUN.test(text.split(',')[0]?.trim() ?? '')
}

/** Set between two lines of a word or two, none a date or a role: an item of a menu (`Ana Sayfa` among `Gündem`, `Yurt`). */
function isMenuItem(line: Line, lines: readonly Line[]): boolean {
  const isItem = (neighbour: Line | undefined) =>
    neighbour !== undefined && neighbour.text !== '' && wordCount(neighbour) <= MAX_MENU_ITEM_WORDS && !mentionsDate(neighbour.text) && !isRoleLine(neighbour.text)
  return isItem(lines[line.index - 1]) && isItem(lines[line.index + 1])
}

/** Most paragraphs of the page stand in blocks of their own, a blank line above them. */
function setsParagraphsApart(lines: readonly Line[]): boolean {
  const paragraphs = lines.filter((line) => isProse(line))
  return paragraphs.filter((line) => line.blankBefore).length > paragraphs.length / 2
}

/** `Źródło: PAP`, `Source: Reuters` in the byline's block: the agency the story came from. */
function sourceUnder(found: FoundByline, lines: Line[]): {agency: string; line: Line} | undefined {
  const last = found.lines.at(-1)
  if (!last) return undefined
  for (const line of lines.slice(last.index + 1, last.index + 1 + SOURCE_REACH)) {
    if (line.text === '') return undefined
    const agency = SOURCE_LINE.exec(line.text)?.[1]
    if (agency && isWireAgencyLine(agency)) return {agency, line}
  }
  return undefined
}

interface FoundByline {
  /** The byline as printed, over one line or two. */
  text: string
  lines: Line[]
  authors: string[]
  agencies: string[]
  rule: string
}

/** A line that reads as a byline and credits someone; only explicit ones ("By …") when asked. */
function findCredited(candidates: Line[], lines: Line[], explicitOnly: boolean): FoundByline | undefined {
  for (const line of candidates) {
    const printed = withNameBelow(line, lines)
    const match = readByline(printed.text)
    if (!match || (explicitOnly && !match.explicit)) continue
    const {authors, agencies} = splitCredits(match.credit)
    if (authors.length + agencies.length > 0) {
      return {...printed, authors, agencies, rule: match.explicit ? 'byline-opener' : 'name-and-date'}
    }
  }
  return undefined
}

/**
 * The reporters a Chinese paper credits in brackets at the start of its
 * first paragraph. The paragraph stays the body's: nothing is claimed.
 */
function creditOpeningParagraph(candidates: Line[]): FoundByline | undefined {
  for (const line of candidates) {
    const [, agency, text, names] = CHINESE_REPORTER_CREDIT.exec(line.text) ?? []
    if (!text || !names) continue
    const authors = names.split(CHINESE_NAME_SEPARATOR).filter(Boolean)
    return {text, lines: [], authors, agencies: agency ? [agency] : [], rule: 'credit-opening-paragraph'}
  }
  return undefined
}

/** `Written on Feb 24 by`, or a lone `by`, with the name on the next line reads as one byline. */
function withNameBelow(line: Line, lines: Line[]): {text: string; lines: Line[]} {
  const [next] = ENDS_WITH_BY.test(line.text) ? nextNonBlank(lines, line.index, 1) : []
  return next && isNameLine(next.text) ? {text: `${line.text} ${next.text}`, lines: [line, next]} : {text: line.text, lines: [line]}
}

/**
 * The first line, in reading order, that is a name beside a date or a bare
 * name. Strong evidence first (a date on the line, a known given name), then
 * a name only placed like a byline (under the headline, next to a date).
 */
function findImplicit(candidates: Line[], lines: Line[], anchor: number, strong: boolean): FoundByline | undefined {
  for (const line of candidates) {
    const found = findCredited([line], lines, false) ?? findBareName(line, lines, anchor)
    if (found && STRONG_RULES.has(found.rule) === strong) return found
  }
  return undefined
}

/**
 * A line that is only a person's name: a byline when it starts with a known
 * given name or has the person's role under it, or sits right under the
 * headline or next to a date. So is a line that only names a wire agency
 * (`Associated Press`) placed like that.
 */
function findBareName(line: Line, lines: Line[], anchor: number): FoundByline | undefined {
  if ((!isCreditLine(line.text) && !isWireAgencyLine(line.text)) || isMenuItem(line, lines)) return undefined
  if (isInContactBlock(line, lines)) return undefined
  const [next, afterNext] = nextNonBlank(lines, line.index, 2)
  const neighbours = [...previousNonBlank(lines, line.index, 1), ...(next ? [next] : [])]
  const byHeadline = previousNonBlank(lines, line.index, 1)[0]?.index === anchor
  const isDateLine = (neighbour: Line | undefined) => neighbour !== undefined && neighbour.words <= DATELINE_WORDS && mentionsDate(neighbour.text)
  // `Jane Roe and John Poe` / `Pellham Gazette` / `Published …`: the writers' paper between them and the date.
  const overPaperByDate = next !== undefined && next.words <= MAX_AFFILIATION_WORDS && !isDateLine(next) && isDateLine(afterNext)
  const byDate = neighbours.some(isDateLine) || overPaperByDate
  const {authors, agencies} = splitCredits(line.text)
  // `Jess Monaghan and Troy Castellano`: writers named together, the first with a known given name.
  const knownName = isLikelyPersonName(line.text) || (authors.length > 1 && isLikelyPersonName(authors[0] ?? ''))
  const withRole = (next !== undefined && isRoleLine(next.text)) || creditsRole(line.text)
  if (!knownName && !withRole && !byHeadline && !byDate) return undefined
  const rule = knownName ? 'known-given-name' : withRole ? 'name-and-role' : byDate ? 'name-by-date' : 'name-by-headline'
  return authors.length + agencies.length > 0 ? {text: line.text, lines: [line], authors, agencies, rule} : undefined
}
