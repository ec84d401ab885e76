/**
 * Korean and Japanese names, which no capital letters mark: found by the
 * title or honorific after them and the particle that makes them the
 * sentence's subject (`박민호 교통청장은`, `三枝美緒さん（31）は`). A bare word
 * before a particle is not taken: `정부는` (the government) and `同社は` (the
 * company) look the same.
 */
import {JAPANESE_NAME_TITLES, KOREAN_SURNAMES, KOREAN_TITLE_ENDINGS} from '../rules/people.js'
import type {ChineseName} from './chinese-names.js'

const SINGLE_SYLLABLE_SURNAMES = KOREAN_SURNAMES.filter((surname) => surname.length === 1).join('')
const DOUBLE_SYLLABLE_SURNAMES = KOREAN_SURNAMES.filter((surname) => surname.length === 2).join('|')

/** `박민호 교통청장은`, `박민호 씨는`, `박민호씨가`: a name of three syllables (four after `남궁`) before a title and a subject particle. */
const KOREAN_NAME = new RegExp(
  String.raw`(?<!\p{Script=Hangul})((?:${DOUBLE_SYLLABLE_SURNAMES})\p{Script=Hangul}{2}|[${SINGLE_SYLLABLE_SURNAMES}]\p{Script=Hangul}{2})` +
    String.raw`(?= ?씨(?:는|가|도)?(?!\p{Script=Hangul})| (\p{Script=Hangul}{0,8}[${KOREAN_TITLE_ENDINGS.join('')}])(?:은|는|이|가|도)(?!\p{Script=Hangul}))`,
  'gu'
)

/** `桐生雅人市長は`, `三枝美緒さん（31）も`: a name of three to five characters before a title and a particle. */
const JAPANESE_NAME = new RegExp(
  String.raw`(?<![\p{Script=Han}々])([\p{Script=Han}々]{3,5}?)(?=(${JAPANESE_NAME_TITLES.join('|')})(?:[（(]\d{1,3}[）)])?[はもが])`,
  'gu'
)

/** Hangul or Han: most paragraphs have neither, and are not searched. */
const KOREAN_OR_JAPANESE = /[\p{Script=Hangul}\p{Script=Han}]/u

/** Honorifics, which are no role (`씨`, `さん`, `氏`: Mr or Ms). */
const HONORIFICS = new Set(['씨', 'さん', '氏'])

/** The names in a paragraph that a title and a subject particle mark, in reading order, with the title when it is a role. */
export function topicNames(text: string): ChineseName[] {
  if (!KOREAN_OR_JAPANESE.test(text)) return []
  const names: ChineseName[] = []
  for (const pattern of [KOREAN_NAME, JAPANESE_NAME]) {
    for (const match of text.matchAll(pattern)) {
      const title = match[2]
      names.push({words: [match[1] ?? ''], joiner: '', offset: match.index ?? 0, role: title && !HONORIFICS.has(title) ? title : null})
    }
  }
  return names.sort((a, b) => a.offset - b.offset)
}
