/**
 * Why each line was read as it was: the label the pipeline gave every line
 * and the rule that decided it. `--explain` prints this; it is the way to
 * understand, and report, a misparse.
 */
import type {Warning} from './article.js'
import type {LineLabel} from './data.js'
import {decodeInput, runStages, toWarning, type ParseOptions} from './parse.js'

export interface LineExplanation {
  /** 1-based line number of the input. */
  line: number
  label: LineLabel
  /** The rule that decided the label. */
  rule: string
  /** The line as the pipeline read it (normalised). */
  text: string
}

export interface Explanation {
  source: string | null
  /** The date of the store's ` date YYYY-MM-DD ` prefix on line 1, which is not part of that line's text. */
  datePrefix: string | null
  lines: LineExplanation[]
  warnings: Warning[]
}

/** Label every line of a text. */
export function explainText(text: string, options: ParseOptions = {}): Explanation {
  return explain(text, options, [])
}

/** Label every line of a page given as bytes, decoded as parseArticleBytes decodes them. */
export function explainBytes(bytes: Uint8Array, options: ParseOptions = {}): Explanation {
  const {text, warnings} = decodeInput(bytes, options)
  return explain(text, options, warnings)
}

function explain(text: string, options: ParseOptions, decodingWarnings: Warning[]): Explanation {
  const file = runStages(text, options, decodingWarnings)
  const roles = file.data.roles ?? []
  const pageLines = file.data.lines ?? []
  // A line break at the end of the file ends the last line; it does not start another.
  const lines = (/[\n\r\u2028\u2029]$/.test(text) ? pageLines.slice(0, -1) : pageLines).map((line, index): LineExplanation => {
    const role = roles[index] ?? {label: 'other', rule: 'unclassified'}
    return {line: index + 1, label: role.label, rule: role.rule, text: line.text}
  })
  return {source: options.source ?? null, datePrefix: file.data.datePrefix ?? null, lines, warnings: file.messages.map(toWarning)}
}
