/**
 * The end-of-run summary on standard error: how many inputs parsed, failed
 * or were skipped, how fast, and what share of the articles got each field,
 * so a user sees at a glance how well the dump parsed.
 */
import {COVERAGE_FIELDS, type Outcome} from './task.js'

export class Tally {
  parsed = 0
  withWarnings = 0
  failed = 0
  skipped = 0
  readonly covered = Object.fromEntries(COVERAGE_FIELDS.map((field) => [field, 0])) as Record<(typeof COVERAGE_FIELDS)[number], number>

  add(outcome: Outcome): void {
    if (outcome.status === 'failed') this.failed++
    else if (outcome.status === 'skipped') this.skipped++
    else {
      this.parsed++
      if (outcome.warnings.length > 0) this.withWarnings++
      for (const field of COVERAGE_FIELDS) if (outcome.coverage[field]) this.covered[field]++
    }
  }

  get done(): number {
    return this.parsed + this.failed + this.skipped
  }
}

/**
 * For example:
 *
 *     article-parse: 1200 inputs in 6.1 s (197/s): 1195 parsed (14 with warnings), 5 failed
 *     coverage: date 81% · headline 97% · byline 64% · body 99% · quotes 52% · teasers 31%
 */
export function formatSummary(tally: Tally, elapsedMs: number, interruptedBy: string | null): string {
  const seconds = elapsedMs / 1000
  const counts = [`${tally.parsed} parsed${tally.withWarnings > 0 ? ` (${tally.withWarnings} with warnings)` : ''}`]
  if (tally.failed > 0) counts.push(`${tally.failed} failed`)
  if (tally.skipped > 0) counts.push(`${tally.skipped} skipped (output exists)`)
  const lines = [
    `article-parse: ${interruptedBy ? `interrupted (${interruptedBy}) after ` : ''}${plural(tally.done, 'input')} in ${seconds.toFixed(1)} s (${formatRate(tally.done, seconds)}/s): ${counts.join(', ')}`
  ]
  if (tally.parsed > 0) {
    const shares = COVERAGE_FIELDS.map((field) => `${field} ${Math.round((100 * tally.covered[field]) / tally.parsed)}%`)
    lines.push(`coverage: ${shares.join(' · ')}`)
  }
  return `${lines.join('\n')}\n`
}

export function formatRate(count: number, seconds: number): string {
  const rate = seconds > 0 ? count / seconds : 0
  return rate >= 10 ? Math.round(rate).toString() : rate.toFixed(1)
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
