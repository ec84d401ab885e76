/**
 * Reading one date out of a line with chrono-node. Only dates whose day,
 * month and year the text states are accepted (a relative date counts as
 * stated when the user gave a reference date), and a time is kept only when
 * the text states one.
 */
import * as chrono from 'chrono-node/en'
import type {ParsedComponents} from 'chrono-node'
import {EARLIEST_YEAR, NOT_A_PUBLICATION_DATE, RELATIVE_DATE} from '../rules/dates.js'

/** Longest stretch of a line handed to chrono-node; dates sit near a line's start. */
const MAX_DATE_TEXT = 300
const DAY_FIRST = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/

export interface FoundDate {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with the offset when the text states a time. */
  value: string
  /** Where the date starts in the line. */
  index: number
  text: string
}

/** The first complete date in `text`, if any. */
export function findDate(text: string, referenceDate: Date | null): FoundDate | undefined {
  const sample = text.slice(0, MAX_DATE_TEXT)
  // Dotted numeric dates are day-first outside the US (08.04.2015 is 8 April).
  const parsers = DAY_FIRST.test(sample) ? [chrono.GB, chrono.casual] : [chrono.casual]
  for (const parser of parsers) {
    const results = parser.parse(sample, referenceDate ?? new Date(), {forwardDate: false})
    for (const result of results) {
      if (NOT_A_PUBLICATION_DATE.test(result.text)) continue
      const relative = RELATIVE_DATE.test(result.text)
      if (relative && !referenceDate) continue
      if (!relative && !isComplete(result.start)) continue
      const value = formatDate(result.start, !relative)
      if (value) return {value, index: result.index, text: result.text}
    }
  }
  return undefined
}

function isComplete(components: ParsedComponents): boolean {
  return components.isCertain('day') && components.isCertain('month') && components.isCertain('year')
}

function formatDate(components: ParsedComponents, withTime: boolean): string | undefined {
  const year = components.get('year')
  const month = components.get('month')
  const day = components.get('day')
  if (year === null || month === null || day === null || year < EARLIEST_YEAR) return undefined
  const date = `${year}-${pad(month)}-${pad(day)}`
  if (!withTime || !components.isCertain('hour')) return date
  const time = `${pad(components.get('hour') ?? 0)}:${pad(components.get('minute') ?? 0)}`
  const offset = components.isCertain('timezoneOffset') ? formatOffset(components.get('timezoneOffset') ?? 0) : ''
  return `${date}T${time}${offset}`
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z'
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
