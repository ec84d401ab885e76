/**
 * Chinese names, which no capital letters mark and no spaces separate: the
 * transliterated names written with a middle dot (戴夫·汉森), and the names
 * written just before a speech verb (卢宇表示, 全国政协委员张近东提出), past
 * the role words and adverbs around them.
 */
import {CJK_CUES} from '../rules/cues.js'
import {CHINESE_ADVERBS, CHINESE_CLAUSE_OPENERS, CHINESE_PARTICLES, CHINESE_ROLE_ENDINGS, CHINESE_ROLES} from '../rules/people.js'
import {stripSuffixes} from './trim.js'

/** Longest name kept: longer runs are clauses, not names. */
const MAX_NAME = 10
/** Names before speech verbs are two to four characters. */
const MAX_PLAIN_NAME = 4
/** How many names a page may add, a bound on the work per page. */
const MAX_NAMES = 100
/** A transliterated name: two runs of Han characters around a middle dot (or the `?` it is often garbled to). */
const DOTTED_NAME = /[\p{Script=Han}]{1,8}[·•・?][\p{Script=Han}]{1,8}/gu
const NAME_DOT = /[·•・?]/u
/** Everything up to the last role word: the name follows it (clauses here are at most 40 characters). */
const CJK_ROLE = new RegExp(`^.*(?:${CHINESE_ROLES.join('|')})`, 'u')
/** An adverb at the end of the words before a verb (stripped one at a time). */
const CJK_ADVERB = new RegExp(`(?:[\\p{Script=Han}]{1,2}地|${CHINESE_ADVERBS.join('|')})$`, 'u')
/** Punctuation and spaces: a name before a speech verb starts after the last of them. */
const CJK_BOUNDARY = /[，。；：、！？“”「」『』（）()\s,.;:!?]/u

export interface ChineseName {
  words: string[]
  /** The dot between the words, as written; empty for a name of one word. */
  joiner: string
  offset: number
  /** The role written with the name (`교통청장` after `박민호`), when the finder reads one. */
  role?: string | null
}

/** The Chinese names in a paragraph, in no particular order. */
export function chineseNames(text: string): ChineseName[] {
  if (!/\p{Script=Han}/u.test(text)) return []
  const names: ChineseName[] = []
  for (const match of text.matchAll(DOTTED_NAME)) {
    const name = dottedName(match[0])
    if (name) names.push({...splitChineseName(name.text), offset: (match.index ?? 0) + name.start})
  }
  for (const cue of CJK_CUES) {
    for (let at = text.indexOf(cue); at !== -1 && names.length < MAX_NAMES; at = text.indexOf(cue, at + cue.length)) {
      const name = cjkNameBefore(text, at)
      if (name && name.length <= MAX_PLAIN_NAME && !/^[他她]/u.test(name)) names.push({...splitChineseName(name), offset: at - name.length})
    }
  }
  return names
}

/**
 * Every mention of names already found, wherever they stand in the
 * paragraph (`李博灏是一名博士`): Chinese marks no name by its form, but once
 * the article has shown one it can be found again. Longer names are looked
 * for first, and text already taken by a name (`汉森` inside `戴夫·汉森`) is
 * not read again. At most MAX_NAMES names are looked for, so the work stays
 * linear in the text.
 */
export function mentionsOf(text: string, known: readonly string[], taken: readonly ChineseName[]): ChineseName[] {
  if (!/\p{Script=Han}/u.test(text)) return []
  const covered = new Uint8Array(text.length)
  const cover = (from: number, length: number) => covered.fill(1, from, from + length)
  for (const name of taken) cover(name.offset, name.words.join(name.joiner).length)
  const mentions: ChineseName[] = []
  // Personal names are two or three characters; longer runs before verbs are descriptions (研究人员, researchers).
  const names = known.filter((candidate) => NAME_DOT.test(candidate) || candidate.length <= 3).sort((a, b) => b.length - a.length)
  for (const name of names.slice(0, MAX_NAMES)) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (covered[at]) continue
      mentions.push({...splitChineseName(name), offset: at})
      cover(at, name.length)
    }
  }
  return mentions
}

/** `戴夫·汉森` → words `戴夫`, `汉森` joined by `·`. */
export function splitChineseName(name: string): {words: string[]; joiner: string} {
  const dot = NAME_DOT.exec(name)?.[0]
  return dot ? {words: name.split(dot), joiner: dot} : {words: [name], joiner: ''}
}

/** The Chinese name (or pronoun) written just before a speech verb at `end`, or null. */
export function cjkNameBefore(text: string, end: number): string | null {
  let clause = text.slice(Math.max(0, end - 40), end).replace(/[(（][^()（）]*[)）]$/u, '')
  let boundary = clause.length
  while (boundary > 0 && !CJK_BOUNDARY.test(clause.charAt(boundary - 1))) boundary--
  clause = clause.slice(boundary)
  clause = clause.slice(clause.lastIndexOf('的') + 1).replace(CJK_ROLE, '')
  clause = stripSuffixes(clause, CJK_ADVERB)
  const pronoun = /^[他她]们?/u.exec(clause)
  if (pronoun) return pronoun[0]
  if (CHINESE_CLAUSE_OPENERS.includes(clause.charAt(0))) return null
  return clause.length >= 2 && clause.length <= MAX_NAME ? clause : null
}

/**
 * The name in a run around a middle dot: `宇航员巴兹·奥尔德林说` → `巴兹·奥尔德林`.
 * Before the dot it starts after the last role word or role ending and any
 * clause openers (`在和尼尔·阿姆斯特朗` → `尼尔·阿姆斯特朗`); after it, it
 * ends where a speech verb or a particle starts.
 */
function dottedName(run: string): {text: string; start: number} | null {
  const dot = run.search(NAME_DOT)
  let start = (CJK_ROLE.exec(run.slice(0, dot))?.[0].length ?? 0)
  for (let index = start; index < dot; index++) if (CHINESE_ROLE_ENDINGS.includes(run.charAt(index))) start = index + 1
  while (start < dot && CHINESE_CLAUSE_OPENERS.includes(run.charAt(start))) start++
  const text = withoutFollowingWords(run.slice(start))
  return start < dot && text.length > dot - start + 1 ? {text, start} : null
}

/** `戴夫·汉森表示` → `戴夫·汉森`: a dotted name ends where a speech verb, a particle or a new clause starts. */
function withoutFollowingWords(name: string): string {
  const dot = name.search(NAME_DOT)
  let end = name.length
  for (const word of [...CJK_CUES, ...CHINESE_PARTICLES, ...CHINESE_CLAUSE_OPENERS]) {
    const at = name.indexOf(word, dot + 2)
    if (at !== -1 && at < end) end = at
  }
  return name.slice(0, end)
}
