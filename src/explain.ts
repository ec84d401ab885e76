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
  /** The line as the pipeline read it (normalised); of a hard-wrapped paragraph, the part on this line. */
  text: string
}

export interface Explanation {
  source: string | null
  /** The date of the store's ` date YYYY-MM-DD ` prefix on line 1, which is not part of that line's text. */
  datePrefix: string | null
  /** The input showed Markdown: its links, images and marks were taken out before it was read. */
  markdown: boolean
  /** The width the input was hard-wrapped at, if it was: each wrapped paragraph was read as one line, shown on the line where it starts. */
  wrapWidth: number | null
  lines: LineExplanation[]
  warnings: Warning[]
}

/** The rule of a line of a hard-wrapped paragraph after its first: read as part of the line above. */
const WRAPPED_RULE = 'wrapped'

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
  const wrapping = file.data.wrapping ?? null
  const rows = (file.data.lines ?? []).flatMap((line, index): LineExplanation[] => {
    const role = roles[index] ?? {label: 'other', rule: 'unclassified'}
    if (!wrapping) return [{line: index + 1, label: role.label, rule: role.rule, text: line.text}]
    // A joined paragraph: each of its input lines, the first with the paragraph's rule, the others as wrapped.
    const starts = wrapping.starts[index] ?? [0]
    const first = (wrapping.inputLines[index] ?? 0) + 1
    return starts.map((start, part) => ({
      line: first + part,
      label: role.label,
      rule: part === 0 ? role.rule : WRAPPED_RULE,
      text: line.text.slice(start, (starts[part + 1] ?? line.text.length + 1) - 1)
    }))
  })
  // A line break at the end of the file ends the last line; it does not start another.
  const lines = /[\n\r\u2028\u2029]$/.test(text) ? rows.slice(0, -1) : rows
  return {source: options.source ?? null, datePrefix: file.data.datePrefix ?? null, markdown: file.data.markdown ?? false, wrapWidth: wrapping?.width ?? null, lines, warnings: file.messages.map(toWarning)}
}
