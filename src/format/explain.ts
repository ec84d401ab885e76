/**
 * The `--explain` view: every line of the input with the label it was given
 * and the rule that decided it, in aligned columns of plain text that can be
 * pasted into a bug report as they are.
 */
import type {Explanation, LineExplanation} from '../explain.js'
import {truncate} from './columns.js'
import {printable, type View} from './view.js'

/** The width assumed when the output is not a terminal: room for a bug report. */
const DEFAULT_COLUMNS = 120
/** Rule names longer than this are cut, so the text keeps its room. */
const MAX_RULE_WIDTH = 28
const MIN_TEXT_WIDTH = 20
const GUTTER = '  '

export function formatExplain(explanation: Explanation, {chalk, columns}: View): string {
  const rows = explanation.lines.filter((row) => row.label !== 'blank')
  const numberWidth = Math.max('line'.length, String(explanation.lines.length).length)
  const labelWidth = widest(rows, (row) => row.label, 'label'.length)
  const ruleWidth = Math.min(MAX_RULE_WIDTH, widest(rows, (row) => row.rule, 'rule'.length))
  const textWidth = Math.max(MIN_TEXT_WIDTH, (columns ?? DEFAULT_COLUMNS) - numberWidth - labelWidth - ruleWidth - 3 * GUTTER.length)

  const notes = [`${printable(explanation.source ?? '<stdin>')}: ${explanation.lines.length} lines; blank lines not shown`]
  if (explanation.datePrefix) notes.push(`line 1 starts with the date prefix ${explanation.datePrefix}`)
  if (explanation.markdown) notes.push('read as Markdown: links give their text; pictures (but for a logo, which gives the site its name) and the marks of headings and emphasis are left out')
  if (explanation.wrapWidth !== null) notes.push(`hard-wrapped at ${explanation.wrapWidth} columns: a line whose rule is "wrapped" was read as part of the line above`)
  const out = notes.map((note) => chalk.dim(`# ${note}`))
  out.push(chalk.bold(['line'.padStart(numberWidth), 'label'.padEnd(labelWidth), 'rule'.padEnd(ruleWidth), 'text'].join(GUTTER)))
  for (const row of rows) {
    out.push(
      [
        chalk.dim(String(row.line).padStart(numberWidth)),
        chalk.cyan(row.label.padEnd(labelWidth)),
        chalk.dim(truncate(row.rule, ruleWidth).padEnd(ruleWidth)),
        truncate(printable(row.text), textWidth)
      ].join(GUTTER)
    )
  }
  for (const warning of explanation.warnings) {
    const place = warning.line === null ? '' : ` ${warning.line}:${warning.column ?? 1}`
    out.push(chalk.yellow(`# warning${place}: ${printable(warning.message)} [${warning.rule}]`))
  }
  return `${out.join('\n')}\n`
}

/** The longest value in a column, at least `minimum`. */
function widest(rows: readonly LineExplanation[], value: (row: LineExplanation) => string, minimum: number): number {
  let width = minimum
  for (const row of rows) width = Math.max(width, value(row).length)
  return width
}
