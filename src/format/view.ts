/**
 * What the human-readable formats need to know about where they are printed.
 */
import type {ChalkInstance} from 'chalk'

export interface View {
  /** Colours at the level the output supports (level 0 prints plain text). */
  chalk: ChalkInstance
  /** Width of the terminal in columns; null when the output is not a terminal. */
  columns: number | null
}

/** C0 and C1 control characters other than line breaks, which page text never needs. */
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g

/**
 * Text from the page made safe to print on a terminal: an escape sequence in
 * a scraped page must not move the cursor or recolour the screen. C0 controls
 * become their visible Unicode pictures (ESC → ␛), C1 controls the replacement character.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0)
    if (code < 0x20) return String.fromCharCode(0x2400 + code)
    return code === 0x7f ? '\u2421' : '\uFFFD'
  })
}
