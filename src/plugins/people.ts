/**
 * Stage: the people the article names, clustered by surname and reported by
 * the fullest form of their name, with any title or role kept apart.
 */
import type {VFile} from 'vfile'
import {indexPeople} from '../text/people.js'
import {tokenize, type Token} from '../text/words.js'

export default function people() {
  return (_tree: unknown, file: VFile) => {
    file.data.people = indexPeople(file.data.body ?? [], bodyTokens(file)).people
  }
}

/** The body paragraphs' tokens, read on first use and kept: the quotes stage reads the same paragraphs. */
export function bodyTokens(file: VFile): Token[][] {
  file.data.bodyTokens ??= (file.data.body ?? []).map((text) => tokenize(text))
  return file.data.bodyTokens
}
