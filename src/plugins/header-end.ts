/**
 * Stage: where the header ends. The body zone starts at the first run of
 * prose, but a standfirst or a first caption is prose too; when the headline,
 * byline or dateline sit below that start, the body begins after them, and
 * what lies between belongs to the header.
 */
import type {VFile} from 'vfile'
import type {LineLabel} from '../data.js'
import {labelOf} from './roles.js'

const HEADER_LABELS: ReadonlySet<LineLabel> = new Set(['headline', 'byline', 'dateline'])
/** Header lines further into the body zone than this many lines are not moved out of it. */
const REACH = 12

export default function headerEnd() {
  return (_tree: unknown, file: VFile) => {
    const zones = file.data.zones
    if (!zones) return
    const limit = Math.min(zones.bodyEnd, zones.bodyStart + REACH)
    for (let index = limit - 1; index >= zones.bodyStart; index--) {
      if (HEADER_LABELS.has(labelOf(file, index) ?? 'other')) {
        zones.bodyStart = index + 1
        return
      }
    }
  }
}
