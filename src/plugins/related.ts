/**
 * Stage: teasers for other articles. Pages list them under a heading ("Read
 * more", "Most read", "More from …") or, without one, as a run of titles with
 * the same small lines around each (source, date, comment count). A card is
 * a headline with its kicker above, and its summary, byline and reading time
 * below. Running text ends a list. Single inline teasers (`READ MORE: …`,
 * `Previous article …`) stand anywhere. Everything read into a teaser is
 * claimed, so its dates, bylines and quotes are never the article's.
 */
import type {VFile} from 'vfile'
import type {Teaser} from '../article.js'
import type {Line, LineLabel} from '../data.js'
import {ARTICLE_LIST_HEADING, BRACKETED_LINK, CALL_TO_ACTION, CITATION, INLINE_TEASER, KICKER_WITH_AUTHOR, LIST_ITEM_MARK, NAVBOX_LINKS, PREFIX_NEEDS_SEPARATOR, READING_TIME, SPONSORED_MARK, TICKER_ENTRY, TICKER_STAMP} from '../rules/teasers.js'
import {isLikelyPersonName, readByline, splitCredits} from '../text/bylines.js'
import {mentionsDate} from '../text/dates.js'
import {endsSentence, isProse, isTitleCase, isTitleLike, nextNonBlank, previousNonBlank, wordCount} from '../text/features.js'
import {isCommentHeader, isInlineHeadline, isRunningText, isStrongHeadline, isTeaserHeadline, isTeaserMeta, startsLowerCase} from '../text/teasers.js'
import {claim, isFree, labelOf} from './roles.js'

/** Lines between two cards of one list (source, date, buttons); more end the list. */
const MAX_GAP = 4
/** Lines between a heading and its first card. */
const MAX_LEAD = 2
/** Cards a list without a heading needs before it is believed, and their mean length in words. */
const MIN_UNHEADED_CARDS = 3
const MIN_UNHEADED_MEAN_WORDS = 8
/** Share of a list's cards that must sit the same number of lines after the previous one. */
const MIN_RHYTHM = 0.6
/** A card whose summary runs on in the same line is still shorter than a paragraph. */
const MAX_GLUED_CARD_WORDS = 80
/** Buttons (share, save) allowed between cards on top of MAX_GAP. */
const MAX_BUTTONS = 4
/** Words of a paragraph that, above a list, shows the list stands in the article rather than above it. */
const MIN_PARAGRAPH_ABOVE_WORDS = 25
/** Lines between an article's title and its first paragraph: byline, date, credit, share buttons. */
const MAX_TITLE_TO_BODY = 8
/** A card whose headline ends in a full stop is still a short line. */
const MAX_RHYTHM_CARD_WORDS = 20
/** Words of a short title read as an item of a list set one title per line (a source is shorter: "From Amazon"). */
const MIN_LISTED_WORDS = 3
/** The chrome rule of the markers between the teasers of a box in the text (`list 1 of 3`). */
const LIST_MARKER_RULE = 'list-marker'
/** A tab or label over a list's first card ("Most viewed in World"): a word or two. */
const MAX_TAB_WORDS = 2
/** A sentence's full stop, not an ellipsis. */
const FULL_STOP_END = /[^.]\.$/u
/** A summary is a sentence or two. */
const MAX_SUMMARY_WORDS = 60
/** A summary under a title says more than it: at least this many more words. */
const SUMMARY_EXTRA_WORDS = 3

export default function related() {
  return (_tree: unknown, file: VFile) => {
    const reader = new TeaserReader(file, false)
    for (const line of file.data.lines ?? []) reader.read(line)
    reader.closeList()
    reader.publish()
  }
}

/**
 * Stage, once the body is known: runs of teaser titles without a heading,
 * above and below the body. Inside the body such runs are the article's own
 * lists.
 */
export function relatedRuns() {
  return (_tree: unknown, file: VFile) => {
    const lines = file.data.lines ?? []
    const {bodyStart, bodyEnd} = file.data.zones ?? {bodyStart: 0, bodyEnd: 0}
    const reader = new TeaserReader(file, true)
    for (const line of lines.slice(0, bodyStart)) reader.read(line)
    reader.closeList()
    for (const line of lines.slice(bodyEnd)) reader.read(line)
    reader.closeList()
    reader.publish()
  }
}

interface Card {
  teaser: Teaser
  line: Line
  /** Lines read into the card after its headline, with their labels. */
  parts: Array<{index: number; label: LineLabel; rule: string}>
  /** An advertisement among the teasers. */
  sponsored?: boolean
}

interface TeaserList {
  headed: boolean
  /** Under the heading of a widget that lists no teasers (advertising, readers' comments): its chrome rule. */
  widget?: string
  cards: Card[]
  /** Lines since the last card (or the heading) that belong to no card yet, and how many of them are not chrome. */
  gap: Line[]
  gapText: number
  kicker?: {line: Line; kicker: string; author: string | null}
  /** How many of its cards have a summary. */
  summaries: number
  /** A title too short to be a card unless a summary follows it. */
  shortTitle?: Line
}

class TeaserReader {
  private list: TeaserList | undefined
  private readonly found: Array<{index: number; teaser: Teaser}> = []
  /** Under a heading of the article's own list ("Key points"), until a blank line: the article's lines, no cards. */
  private inArticleList = false

  /** `unheaded`: whether runs of titles without a heading above them are believed. */
  constructor(
    private readonly file: VFile,
    private readonly unheaded: boolean
  ) {}

  private get lines(): Line[] {
    return this.file.data.lines ?? []
  }

  read(line: Line): void {
    if (line.text === '') return
    if (ARTICLE_LIST_HEADING.test(line.text)) {
      this.closeList()
      this.inArticleList = true
      return
    }
    if (this.inArticleList) {
      this.inArticleList = !line.blankAfter
      return
    }
    const label = labelOf(this.file, line.index)
    if (isWidgetHeading(this.file, line) && this.endsWidget(line)) {
      // "by Taboola" under the advertisements it credits: the widget ends here, it does not start.
      this.closeList()
    } else if ((isListHeading(this.file, line) && !this.isButton(line)) || isWidgetHeading(this.file, line)) {
      this.closeList()
      this.list = newList({headed: true, widget: label === 'related-heading' ? undefined : this.file.data.roles?.[line.index]?.rule})
    } else if (this.endsList(line)) {
      this.closeList()
      this.read(line)
    } else if (label === 'teaser-meta') {
      this.readMeta(line)
    } else if (label !== 'other') {
      this.skip(line)
    } else if (!this.readInline(line) && !this.readListItem(line)) {
      this.readCardLine(line)
    }
  }

  /**
   * Close the open list: keep its teasers if it is believable as a list.
   * `body`: the running text that ended it.
   */
  closeList(body?: Line): void {
    const list = this.list
    this.list = undefined
    if (list && body) dropArticleTitle(list, body, this.lines)
    if (!list || !isBelievable(list, this.file, this.unheaded)) return
    stripRanks(list)
    pairSummaries(list, this.lines)
    splitTitlePairs(list, this.lines)
    // Dates and counts right under the last card are still the card's.
    const trailing = list.gap.findIndex((line) => !isTeaserMeta(line) || isByline(line))
    const underLastCard = list.gap.slice(0, trailing === -1 ? undefined : trailing).filter((line) => isFree(this.file, line.index))
    list.cards.at(-1)?.parts.push(...underLastCard.map(metaPart))
    for (const card of list.cards) {
      if (list.widget || card.sponsored) {
        const rule = list.widget === 'comment-list' ? 'listed-comment' : 'sponsored-teaser'
        for (const {index} of [card.line, ...card.parts]) claim(this.file, index, 'chrome', rule)
        continue
      }
      this.found.push({index: card.line.index, teaser: card.teaser})
      claim(this.file, card.line.index, 'teaser-headline', list.headed ? 'in-teaser-list' : 'teaser-run')
      for (const part of card.parts) claim(this.file, part.index, part.label, part.rule)
    }
  }

  /** Add the teasers found to those of earlier stages: in page order, each headline once. */
  publish(): void {
    const {related = [], relatedLines = []} = this.file.data
    const all = [...related.map((teaser, at) => ({index: relatedLines[at] ?? 0, teaser})), ...this.found]
    // A list may link to the article itself.
    const seen = new Set<string>([this.file.data.headline ?? ''].filter(Boolean))
    const unique = all.sort((a, b) => a.index - b.index).filter(({teaser}) => !seen.has(teaser.headline) && Boolean(seen.add(teaser.headline)))
    this.file.data.related = unique.map(({teaser}) => teaser)
    this.file.data.relatedLines = unique.map(({index}) => index)
  }

  /** A title under a box's marker (`list 1 of 3`): a teaser set in the text. */
  private markedHeadline(line: Line): string | undefined {
    const marker = this.file.data.roles?.[line.index - 1]?.rule === LIST_MARKER_RULE
    return marker && isInlineHeadline(line.text) ? line.text : undefined
  }

  /** A single teaser in the text: `Read more: …`, `[Museum reopens after flood]`, a link card that prints its title twice, or a ticker entry. */
  private readInline(line: Line): boolean {
    const headline = inlineHeadline(line.text) ?? this.tickerHeadline(line) ?? this.markedHeadline(line)
    if (!headline) return false
    this.found.push({index: line.index, teaser: teaser({headline})})
    claim(this.file, line.index, 'teaser-headline', 'inline-teaser')
    return true
  }

  /** A ticker entry ("14:32 Fish market opens…") is believed when other time stamps stand near it. */
  private tickerHeadline(line: Line): string | undefined {
    const headline = TICKER_ENTRY.exec(line.text)?.[1]
    if (!headline || !isInlineHeadline(headline)) return undefined
    const near = [...previousNonBlank(this.lines, line.index, MAX_GAP), ...nextNonBlank(this.lines, line.index, MAX_GAP)]
    return near.some((other) => TICKER_STAMP.test(other.text)) ? headline : undefined
  }

  /** Under a heading, a bulleted title is the next card; its bullet is no part of the headline. */
  private readListItem(line: Line): boolean {
    const mark = this.list?.headed && !this.list.widget ? LIST_ITEM_MARK.exec(line.text) : null
    if (!mark) return false
    const item: Line = {...line, text: line.text.slice(mark[0].length)}
    if (!isTeaserHeadline(item)) return false
    this.addCard(item)
    return true
  }

  private readCardLine(line: Line): void {
    const card = this.list?.cards.at(-1)
    const shortTitle = this.list?.shortTitle
    if (shortTitle && this.list?.gap.at(-1) === shortTitle && this.cardsHaveSummaries() && this.isSummary(line, shortTitle)) {
      // A short title is a card's headline when a summary follows it ("Sweet memories" / "Delhi's oldest candy shop…").
      this.addToCard(this.addCard(shortTitle), line, 'teaser-summary', 'under-teaser-headline')
    } else if (card && this.list?.gap.length === 0 && this.isSummary(line, card.line) && !this.runningTextFollows(line)) {
      this.addToCard(card, line, 'teaser-summary', 'under-teaser-headline')
    } else if (card && this.list && this.isSummaryUnderDate(line, card)) {
      this.list.gap.forEach((date) => this.addToCard(card, date, 'teaser-meta', 'in-teaser-list'))
      this.list.gap = []
      this.addToCard(card, line, 'teaser-summary', 'under-teaser-headline')
    } else if (this.continuesOnNextLine(line)) {
      this.readSmallLine(line)
    } else if (isTeaserHeadline(line) && isStrongHeadline(line)) {
      if (shortTitle && this.isListItem(shortTitle, line)) this.addCard(shortTitle)
      this.addCard(line)
    } else if (isTeaserHeadline(line) && this.continuesTightRun(line)) {
      this.addCard(line)
    } else if (isTeaserHeadline(line)) {
      this.skip(line)
      if (this.list) this.list.shortTitle = line
      else this.list = newList({gap: [line], gapText: 1, shortTitle: line})
    } else if (isRunningText(line)) {
      if (this.isGluedCard(line) || this.keepsRhythm(line)) this.addCard(line)
      else this.closeList(line)
    } else this.readSmallLine(line)
  }

  /** A line that is neither a headline nor running text: a kicker, a byline, a date, a button. */
  private readSmallLine(line: Line): void {
    const list = this.list
    const card = list?.cards.at(-1)
    // "Sponsored" under a card marks it as an advertisement (unless a short title came between: that is the ad).
    if (card && !list?.shortTitle && SPONSORED_MARK.test(line.text)) card.sponsored = true
    const kicker = kickerOf(line, this.lines)
    // A line that introduces something ("What you'll need:") ends a list; so does a menu item right under its heading.
    if (line.text.endsWith(':') || (list?.headed && !list.widget && list.cards.length === 0 && !kicker && !isTeaserMeta(line) && !this.isAboveCard(line))) {
      this.closeList()
      return
    }
    if (kicker) {
      this.skip(line)
      if (this.list) this.list.kicker = {line, ...kicker}
      return
    }
    // "By Jane Roe" (with the reading time, "· 4 min read"), or a name alone, right under the card's title;
    // under a short title of a few words, the byline makes it a card ("Hellwarde sucht einen Plan B" / "Von Mareike
    // Tönnissen"); "About Me" over a name is a profile box.
    const credit = readByline(line.text)?.credit ?? (isLikelyPersonName(line.text) ? line.text : undefined)
    const shortTitle = list?.shortTitle
    const titled = credit && shortTitle && list?.headed && list.gap.at(-1) === shortTitle && wordCount(shortTitle) >= MIN_LISTED_WORDS ? this.addCard(shortTitle) : card
    if (titled && this.list?.gap.length === 0 && titled.teaser.author === null && credit) {
      titled.teaser.author = splitCredits(credit).authors.join(', ') || null
      titled.teaser.readingMinutes ??= readingMinutes(line)
      this.addToCard(titled, line, 'teaser-meta', 'teaser-byline')
      return
    }
    this.skip(line)
  }

  private readMeta(line: Line): void {
    const card = this.list?.cards.at(-1)
    if (card) card.teaser.readingMinutes ??= readingMinutes(line)
    this.skip(line)
  }

  /** A line between cards: too many of them in a row end the list (buttons count for less). */
  private skip(line: Line): void {
    const list = this.list
    if (!list) return
    // A line printed twice in a row (a picture's alt text over its link) counts once.
    const repeated = this.lines[line.index - 1]?.text === line.text
    list.gap.push(line)
    if (labelOf(this.file, line.index) !== 'chrome' && !repeated) list.gapText++
    // An advertising widget's heading is often followed by its own label ("We recommend").
    const limit = list.cards.length > 0 ? MAX_GAP : list.widget ? MAX_GAP : MAX_LEAD
    if (list.gapText > limit || list.gap.length > limit + MAX_BUTTONS) this.closeList()
  }

  /**
   * Advertisements come right before (in the open list, or claimed by an
   * earlier pass): a widget's label now is its credit line at the foot.
   */
  private endsWidget(line: Line): boolean {
    const last = this.list?.cards.at(-1)
    if (last !== undefined && (this.list?.widget !== undefined || last.sponsored === true)) return true
    return previousNonBlank(this.lines, line.index, 2).some((previous) => this.file.data.roles?.[previous.index]?.rule === 'sponsored-teaser')
  }

  /**
   * A ranked list set one place per line ends with its last place: what
   * follows after a blank line (advertising, a menu) is not ranked with it.
   * Any list ends where readers' comments begin.
   */
  private endsList(line: Line): boolean {
    const cards = this.list?.cards ?? []
    if (isCommentHeader(line.text)) return cards.length > 0
    return line.blankBefore && this.list?.gap.length === 0 && isRanked(cards) && isSetTight(cards)
  }

  /** A heading's words on a button inside a list ("More like this" under each card): not set off as a heading. */
  private isButton(line: Line): boolean {
    return (this.list?.cards.length ?? 0) > 0 && !line.blankBefore
  }

  private addCard(line: Line): Card {
    if (!this.list) this.list = newList()
    const list = this.list
    if (list.gap.at(-1) === line) list.gap.pop()
    for (const title of this.titlesSetAbove(line)) {
      // Each title takes the lines above it; the ones below wait for the next card.
      const below = list.gap.splice(list.gap.indexOf(title) + 1)
      this.addCard(title)
      list.gap = below
    }
    const previous = list.cards.at(-1)
    // What stood between the previous card and this one belongs to the previous card.
    const kicker = list.kicker && list.gap.at(-1) === list.kicker.line ? list.kicker : undefined
    // Lines already claimed keep their label; a byline between cards is not known to be theirs (it may be the article's).
    const between = list.gap.filter((line) => line !== kicker?.line && isFree(this.file, line.index) && !isByline(line))
    previous?.parts.push(...between.map(metaPart))
    const card: Card = {
      teaser: teaser({headline: line.text, kicker: kicker?.kicker ?? null, author: kicker?.author ?? null}),
      line,
      parts: kicker ? [{index: kicker.line.index, label: 'teaser-kicker', rule: 'above-teaser-headline'}] : [],
      sponsored: isAdvertisement(line, this.lines)
    }
    // The advertiser's name above an advertisement, taken for a card of its own ("Stormfall: Free Online Game").
    if (card.sponsored && previous && previous.line.text !== line.text && line.text.endsWith(previous.line.text)) previous.sponsored = true
    list.cards.push(card)
    list.gap = []
    list.gapText = 0
    list.kicker = undefined
    list.shortTitle = undefined
    return card
  }

  /**
   * Short titles set right above a card of a list under a heading, with no
   * blank line between, are items of the same list ("Pets and Allergies"),
   * unless a single one sits between two cards.
   */
  private titlesSetAbove(line: Line): Line[] {
    const list = this.list
    if (!list?.headed || list.widget || (list.kicker && list.gap.at(-1) === list.kicker.line)) return []
    const waiting = new Set(list.gap.map((gapLine) => gapLine.index))
    const titles: Line[] = []
    for (let index = line.index - 1; waiting.has(index); index--) {
      const above = this.lines[index]
      if (!above || !isFree(this.file, index) || !isTeaserHeadline(above) || isByline(above) || wordCount(above) < MIN_LISTED_WORDS) break
      titles.unshift(above)
    }
    // One line between two cards set together is more likely the upper card's source or author.
    const [first] = titles
    return titles.length === 1 && first && list.cards.at(-1)?.line.index === first.index - 1 ? [] : titles
  }

  private addToCard(card: Card, line: Line, label: LineLabel, rule: string): void {
    if (label === 'teaser-summary' && this.list) {
      card.teaser.summary = line.text
      this.list.summaries++
    }
    card.parts.push({index: line.index, label, rule})
  }

  /**
   * A summary sits right under its headline, reads as a sentence rather than
   * a title, and says more than the headline. In a list whose cards have no
   * summaries, the next title is the next card.
   */
  private isSummary(line: Line, headline: Line): boolean {
    const list = this.list
    if (!list || wordCount(line) > MAX_SUMMARY_WORDS) return false
    const card = list.cards.at(-1)
    if (card?.line === headline && card.teaser.summary !== null) return false
    if (list.cards.length >= 2 && !this.cardsHaveSummaries()) return false
    // In a ranked list the line numbered next is the next card ("1 …" / "2 …").
    if (rankOf(line.text) === rankOf(headline.text) + 1) return false
    if (isRunningText(line)) return true
    // Lines set one under the other with no blank between are items of one list, not a title and its summary.
    return line.blankBefore && !isTitleCase(line) && wordCount(line) >= wordCount(headline) + SUMMARY_EXTRA_WORDS
  }

  /**
   * `Title` / `March 2, 2027` / `A trial judge said …`: a sentence that closes the card right under its date is
   * its summary. A title under a date is the next card's (`Title` / `Published 1 day ago` / `Who faces what in
   * the run-in?` / `Published …`), and a source under a title (`Tech Insider`) is no date.
   */
  private isSummaryUnderDate(line: Line, card: Card): boolean {
    const [date, ...more] = this.list?.gap ?? []
    if (!date || more.length > 0 || !mentionsDate(date.text) || date.index !== line.index - 1 || lastLineOf(card) !== date.index - 1) return false
    return FULL_STOP_END.test(line.text) && line.blankAfter && !isTitleCase(line) && wordCount(line) <= MAX_SUMMARY_WORDS && wordCount(line) >= wordCount(card.line) + SUMMARY_EXTRA_WORDS
  }

  /** Until a list shows otherwise, its cards may have summaries. */
  private cardsHaveSummaries(): boolean {
    const cards = this.list?.cards ?? []
    return cards.length === 0 || (this.list?.summaries ?? 0) > 0
  }

  /**
   * Under a heading, items set line by line (no blank between) that run on
   * into their summary ("Cannabis for pain 'lacks evidence' Systematic reviews
   * of…") are cards, not body text. The first item may be set off from the
   * heading by a blank line; paragraphs of text never go without one.
   */
  private isGluedCard(line: Line): boolean {
    const list = this.list
    if (!list?.headed || list.gap.length > 0 || wordCount(line) > MAX_GLUED_CARD_WORDS || CITATION.test(line.text)) return false
    if (list.cards.length === 0) return !line.blankBefore || !line.blankAfter
    return !line.blankBefore && list.cards.at(-1)?.line.index === line.index - 1
  }

  /**
   * A headline may end in a full stop ("Police shoot suspect in Falls, Minn.",
   * "Your Life Is Full. Stop Worrying."). In a list of cards without summaries,
   * a short sentence where the next card is due (as many lines after the last
   * card as that one came after the card before, or under a heading, with its
   * small line below like the others) is that card, not the article's text.
   */
  private keepsRhythm(line: Line): boolean {
    const list = this.list
    const last = list?.cards.at(-1)
    if (!list || !last || list.summaries > 0 || list.gap.length === 0 || wordCount(line) > MAX_RHYTHM_CARD_WORDS || CITATION.test(line.text)) return false
    const before = list.cards.at(-2)
    const due = before ? list.gap.length === nonBlankBetween(this.lines, before.line, last.line) : list.headed
    const [below] = nextNonBlank(this.lines, line.index, 1)
    return due && below !== undefined && isFree(this.file, below.index) && !isRunningText(below) && !isStrongHeadline(below)
  }

  /**
   * Titles set one per line with no blank between are items of one list, the
   * short ones too ("1Password 5 for Yosemite"): a short title right under a
   * run of such cards, or the first item right under the heading.
   */
  private continuesTightRun(line: Line): boolean {
    const [last, before] = [this.list?.cards.at(-1), this.list?.cards.at(-2)]
    return !line.blankBefore && wordCount(line) >= MIN_LISTED_WORDS && last?.line.index === line.index - 1 && before?.line.index === line.index - 2
  }

  /** A short title set right above the first card; in title case it is more likely the card's source ("Harbour Daily"). */
  private isListItem(shortTitle: Line, card: Line): boolean {
    const list = this.list
    const tight = !card.blankBefore && shortTitle.index === card.index - 1
    return list !== undefined && list.headed && list.cards.length === 0 && list.gap.length === 1 && tight && !isTitleCase(shortTitle)
  }

  /**
   * A card's source or section printed above its title ("Intel", then the
   * title), not a link such as "View all stories »": set right above the
   * title, or set off like it (an entry of a table of contents is neither).
   */
  private isAboveCard(line: Line): boolean {
    const [next, after] = nextNonBlank(this.lines, line.index, 2)
    const setLikeCard = next?.index === line.index + 1 || line.blankBefore
    if (CALL_TO_ACTION.test(line.text) || !next || !setLikeCard) return false
    if (isTeaserHeadline(next) && isStrongHeadline(next)) return true
    // A tab over the list ("World", then "Live" over the first title): two labels of a word or two.
    return after !== undefined && wordCount(line) <= MAX_TAB_WORDS && wordCount(next) <= MAX_TAB_WORDS && isTeaserHeadline(after) && isStrongHeadline(after)
  }

  /** A line of preformatted text wrapped mid-sentence: the next line carries on in lower case. */
  private continuesOnNextLine(line: Line): boolean {
    const next = this.lines[line.index + 1]
    // `an hour ago` under a title is its time, not the rest of it.
    return next !== undefined && startsLowerCase(next.text) && !isTeaserMeta(next)
  }

  /** Body text goes on for paragraphs; a teaser's summary is followed by the next card. */
  private runningTextFollows(line: Line): boolean {
    const [next] = nextNonBlank(this.lines, line.index, 1)
    return next !== undefined && labelOf(this.file, next.index) === 'other' && isRunningText(next) && !isTeaserHeadline(next)
  }
}

/**
 * A list under a heading is believed from its first card. Without a heading
 * it takes several titles of some length; a list that a line introduces
 * with a colon ("Anthems:", "The options are:") is the page's own, and one
 * under a wiki's "v t e" links is its navigation box.
 */
function isBelievable(list: TeaserList, file: VFile, unheaded: boolean): boolean {
  const lines = file.data.lines ?? []
  if (list.cards.length === 0) return false
  if (list.headed) return true
  if (!unheaded || list.cards.length < MIN_UNHEADED_CARDS) return false
  const meanWords = list.cards.reduce((sum, card) => sum + wordCount(card.line), 0) / list.cards.length
  if (meanWords < MIN_UNHEADED_MEAN_WORDS || !hasRhythm(list, file) || isCommentThread(list, lines)) return false
  const first = list.cards[0]
  const above = first ? previousNonBlank(lines, first.line.index, NAVBOX_LINKS.length).reverse() : []
  const underNavboxLinks = above.map((line) => line.text).join(' ') === NAVBOX_LINKS.join(' ')
  return !above.at(-1)?.text.endsWith(':') && !underNavboxLinks
}

/**
 * The article's own title often sits right above its body, under a list of
 * teasers. When running text ends a list, its last card is taken for the
 * article's title (with any copy of it) if a byline or date stands between
 * it and the text while the other cards have none.
 */
function dropArticleTitle(list: TeaserList, body: Line, lines: Line[]): void {
  const last = list.cards.at(-1)
  if (!last || last.teaser.summary !== null) return
  // A box of teasers set in running text (`MORE FROM …` between paragraphs) is no list above the article.
  const first = list.cards[0]?.line.index ?? last.line.index
  if (lines.slice(0, first).some((line) => isProse(line) && wordCount(line) >= MIN_PARAGRAPH_ABOVE_WORDS)) return
  const copies = list.cards.filter((card) => card.line.text === last.line.text)
  const block = lines.slice((copies[0] ?? last).line.index + 1, body.index).filter((line) => line.text !== '')
  if (block.length > MAX_TITLE_TO_BODY || !block.some(isTeaserMeta)) return
  const others = list.cards.filter((card) => !copies.includes(card))
  if (others.some((card) => card.parts.some(({index}) => lines[index] && isTeaserMeta(lines[index])))) return
  list.cards = others
  list.gap = []
  list.gapText = 0
}

/** The headline of a teaser that stands alone in the text, if the line is one. */
function inlineHeadline(text: string): string | undefined {
  const [, prefix = '', separator, headline = ''] = INLINE_TEASER.exec(text) ?? []
  if (headline && (separator || !PREFIX_NEEDS_SEPARATOR.test(prefix)) && isInlineHeadline(headline)) return headline
  const bracketed = BRACKETED_LINK.exec(text)?.[1]
  if (bracketed && isInlineHeadline(bracketed)) return bracketed
  const repeated = repeatedTitle(text)
  return repeated && isInlineHeadline(repeated) ? repeated : undefined
}

/** Longest line searched for a repeated title. */
const MAX_REPEATED_LINE = 1000

/**
 * Link cards print their title two or three times for different screens,
 * the last copy sometimes cut short: "Title Title Tit". The shortest period
 * of the line (from the prefix function, in linear time) gives the title.
 */
function repeatedTitle(text: string): string | undefined {
  if (text.length > MAX_REPEATED_LINE) return undefined
  // A second copy starts with a space and the title's first word: most lines have none.
  const firstSpace = text.indexOf(' ')
  if (firstSpace === -1 || !text.includes(` ${text.slice(0, firstSpace)}`, firstSpace)) return undefined
  const border = new Array<number>(text.length).fill(0)
  for (let index = 1; index < text.length; index++) {
    let length = border[index - 1] ?? 0
    while (length > 0 && text[index] !== text[length]) length = border[length - 1] ?? 0
    if (text[index] === text[length]) length++
    border[index] = length
  }
  const period = text.length - (border.at(-1) ?? 0)
  return period * 2 <= text.length + 1 && text[period - 1] === ' ' ? text.slice(0, period - 1) : undefined
}

/** Pairs of title-like lines make a list of headlines with their summaries only from this many pairs. */
const MIN_SUMMARY_PAIRS = 2

/**
 * Cards that come in pairs, the second line right under the first and the
 * card's date or buttons after it ("Title" / "Summary" / "21 Dec" / "Share"),
 * are headlines with their summaries: the second of each pair is a summary
 * that reads like a title. The pairs may follow a run of single titles, set
 * off from it by the last title's date or buttons.
 */
function pairSummaries(list: TeaserList, lines: Line[]): void {
  const {cards} = list
  if (cards.some((card) => card.teaser.summary !== null)) return
  const start = pairedTail(cards, lines)
  if (cards.length - start < MIN_SUMMARY_PAIRS * 2) return
  const pairs = cards.slice(start)
  list.cards = [...cards.slice(0, start), ...pairs.filter((_, at) => at % 2 === 0)]
  for (const [at, card] of list.cards.slice(start).entries()) {
    const summary = pairs[at * 2 + 1]
    if (!summary) continue
    card.teaser.summary = summary.line.text
    card.parts.unshift({index: summary.line.index, label: 'teaser-summary', rule: 'under-teaser-headline'}, ...summary.parts)
  }
}

/** Where the pairs at the end of a list begin: each pair's lines are set together, with lines between a pair and the cards around it. */
function pairedTail(cards: Card[], lines: Line[]): number {
  const setOff = (first: Card | undefined, second: Card | undefined) => !first || !second || nonBlankBetween(lines, first.line, second.line) > 0
  let start = cards.length
  while (start >= 2) {
    const [before, title, summary, next] = [cards[start - 3], cards[start - 2], cards[start - 1], cards[start]]
    if (!title || !summary || nonBlankBetween(lines, title.line, summary.line) !== 0 || !setOff(before, title) || !setOff(summary, next)) break
    start -= 2
  }
  return start
}

/**
 * The other way round: titles taken for the summaries of the titles above
 * them. When no summary ends a sentence, and either the last card has none
 * (the titles were paired until the list ran out of them) or each runs
 * straight into the next card, they are cards.
 */
function splitTitlePairs(list: TeaserList, lines: Line[]): void {
  const summaries = list.cards.map((card) => card.parts.find((part) => part.label === 'teaser-summary'))
  if (list.cards.length < MIN_SUMMARY_PAIRS || summaries.every((part) => part === undefined)) return
  const titles = summaries.map((part) => (part ? lines[part.index] : undefined))
  const titleLike = summaries.every((part, at) => {
    const line = titles[at]
    return part === undefined || (line !== undefined && !endsSentence(line) && isTeaserHeadline(line) && isStrongHeadline(line))
  })
  const runOn = list.cards.slice(1).every((card, at) => {
    const summary = titles[at]
    return summary !== undefined && nonBlankBetween(lines, summary, card.line) === 0
  })
  // `Title` / `Title` / `Title`: a list that ends on a card without a summary read its titles in pairs until then.
  const endsUnpaired = summaries.at(-1) === undefined
  if (!titleLike || !(runOn || endsUnpaired)) return
  list.cards = list.cards.flatMap((card, at) => {
    const line = titles[at]
    if (!line) return [card]
    card.teaser.summary = null
    card.parts = card.parts.filter((part) => part.index !== line.index)
    return [card, {teaser: teaser({headline: line.text}), line, parts: []}]
  })
}

const RANK = /^(\d{1,2})[.)]? (?=\S)/

/** The place a line gives its item in a ranked list ("2 Storm damage…" → 2), or NaN. */
function rankOf(text: string): number {
  return Number(RANK.exec(text)?.[1] ?? Number.NaN)
}

/** "1 Kelda harbour…", "2 Storm damage…": in a ranked list the numbers are places, not part of the headlines. */
function stripRanks(list: TeaserList): void {
  if (!isRanked(list.cards)) return
  for (const card of list.cards) card.teaser.headline = card.teaser.headline.replace(RANK, '')
}

/**
 * Cards numbered one after the other: the places of a ranked list. Stops at
 * the first card out of place, since it is asked again at each line of a list.
 */
function isRanked(cards: Card[]): boolean {
  if (cards.length < 2) return false
  let previous = 0
  for (const [at, card] of cards.entries()) {
    const rank = rankOf(card.teaser.headline)
    if (at === 0 ? !(rank >= 1) : rank !== previous + 1) return false
    previous = rank
  }
  return true
}

/** Cards set one per line, each right under the one before. */
function isSetTight(cards: Card[]): boolean {
  return cards.every((card, at) => at === 0 || card.line.index === (cards[at - 1]?.line.index ?? Number.NaN) + 1)
}

/**
 * An advertisement dressed as a card carries its sponsor glued to the end of
 * its title: "…Selling Like CrazySponsored by TrackR", or the advertiser's
 * name printed on the line above and again, without a space, after the title
 * ("Snoring Solution" / "…Puts Snoring to BedSnoring Solution").
 */
function isAdvertisement(line: Line, lines: Line[]): boolean {
  if (SPONSORED_MARK.test(line.text)) return true
  const [above] = previousNonBlank(lines, line.index, 1)
  const advertiser = above?.text ?? ''
  const gluedAt = line.text.length - advertiser.length
  return advertiser !== '' && gluedAt > 0 && line.text.endsWith(advertiser) && /\S/.test(line.text.charAt(gluedAt - 1))
}

function nonBlankBetween(lines: Line[], first: Line, second: Line): number {
  return lines.slice(first.index + 1, second.index).filter((line) => line.text !== '').length
}

function isByline(line: Line): boolean {
  return readByline(line.text)?.credit !== undefined
}

function isListHeading(file: VFile, line: Line): boolean {
  return file.data.roles?.[line.index]?.rule === 'related-heading'
}

/** Chrome headings over lists that look like teasers but are not: sponsored widgets, recent comments. */
const WIDGET_RULES: ReadonlySet<string> = new Set(['sponsored', 'comment-list'])

function isWidgetHeading(file: VFile, line: Line): boolean {
  return WIDGET_RULES.has(file.data.roles?.[line.index]?.rule ?? '')
}

function newList(fields: Partial<TeaserList> = {}): TeaserList {
  return {headed: false, cards: [], gap: [], gapText: 0, summaries: 0, ...fields}
}

/** The index of the card's last line so far. */
function lastLineOf(card: Card): number {
  return Math.max(card.line.index, ...card.parts.map((part) => part.index))
}

function metaPart(line: Line): {index: number; label: LineLabel; rule: string} {
  return {index: line.index, label: 'teaser-meta', rule: 'in-teaser-list'}
}

/**
 * The cards of a list repeat one layout: most of them have the same kind of
 * line right above them (a date, a number, the previous card) or right below.
 */
function hasRhythm(list: TeaserList, file: VFile): boolean {
  const lines = file.data.lines ?? []
  const cardLines = new Set(list.cards.map((card) => card.line.index))
  const shape = (line: Line | undefined): string => {
    if (!line) return 'none'
    if (cardLines.has(line.index)) return 'card'
    if (labelOf(file, line.index) !== 'other') return labelOf(file, line.index) ?? 'none'
    return isTeaserMeta(line) ? 'meta' : 'other'
  }
  const above = list.cards.slice(1).map((card) => shape(previousNonBlank(lines, card.line.index, 1)[0]))
  const below = list.cards.slice(0, -1).map((card) => shape(nextNonBlank(lines, card.line.index, 1)[0]))
  // Or the same number of lines between one card and the next (a source under each, whatever it looks like).
  const spacing = list.cards.slice(1).map((card, at) => String(nonBlankBetween(lines, list.cards[at]?.line ?? card.line, card.line)))
  return Math.max(mostCommonShare(above), mostCommonShare(below), mostCommonShare(spacing)) >= MIN_RHYTHM
}

function mostCommonShare(values: string[]): number {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return values.length === 0 ? 0 : Math.max(...counts.values()) / values.length
}

/** Non-blank lines above a run of titles searched for the header of the comment they would open. */
const COMMENT_HEADER_REACH = 2

function isCommentThread(list: TeaserList, lines: Line[]): boolean {
  const first = list.cards[0]?.line.index ?? 0
  const last = list.cards.at(-1)?.line.index ?? 0
  // The first comment's header ("#2 Jane Roe on 2013/12/28 10:42") sits above its text, a greeting between them at most.
  return [...previousNonBlank(lines, first, COMMENT_HEADER_REACH), ...lines.slice(first, last + 1)].some((line) => isCommentHeader(line.text))
}

function teaser(fields: Partial<Teaser> & {headline: string}): Teaser {
  const {headline, kicker = null, summary = null, author = null, readingMinutes = null} = fields
  return {kicker, headline, summary, author, readingMinutes}
}

/** A kicker: a short label right above a teaser headline ("opinion Leonid Bershidsky", "post-mutiny call"). */
function kickerOf(line: Line, lines: Line[]): {kicker: string; author: string | null} | undefined {
  const withAuthor = KICKER_WITH_AUTHOR.exec(line.text)
  if (withAuthor?.[1] && withAuthor[2]) return {kicker: withAuthor[1], author: withAuthor[2]}
  const [next] = nextNonBlank(lines, line.index, 1)
  const looksLikeLabel = wordCount(line) <= 4 && !isTeaserMeta(line) && /^[\p{Ll}\p{Lu}\d-]/u.test(line.text) && !/[.!?:]$/.test(line.text)
  const lowerOrCaps = /^\p{Ll}/u.test(line.text) || line.text === line.text.toUpperCase()
  if (looksLikeLabel && lowerOrCaps && next && isTitleLike(next) && wordCount(next) > wordCount(line)) {
    return {kicker: line.text, author: null}
  }
  return undefined
}

/** "4 min read", "Temps de Lecture 4 min." → 4. */
function readingMinutes(line: Line): number | null {
  const [, after, before] = READING_TIME.exec(line.text) ?? []
  const minutes = after ?? before
  return minutes ? Number(minutes) : null
}
