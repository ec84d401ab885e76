/**
 * Stage: the people the article names, clustered by surname and reported by
 * the fullest form of their name, with any title or role kept apart.
 */
import type {VFile} from 'vfile'
import {indexPeople} from '../text/people.js'

export default function people() {
  return (_tree: unknown, file: VFile) => {
    file.data.people = indexPeople(file.data.body ?? []).people
  }
}
