/**
 * Markdown: what many scrapers save instead of plain text (html2text,
 * Markdown converters, readers that hand pages to language models). Its
 * markup would be read as words: a link's address in a paragraph, `#` before
 * the headline, `**` around a name. On a page that shows Markdown, links
 * give their text, pictures none but the site's logo its name, and the marks
 * of headings, emphasis and block quotes, escapes and rules are taken out;
 * list bullets stay, as plain text has them too.
 */
import {
  BLOCK_QUOTE_MARK,
  EMPHASIS,
  ESCAPED,
  HEADING_MARKS,
  HOME_LOGO,
  IMAGE,
  INLINE_LINK,
  MARKDOWN_HINT,
  MIN_MARKDOWN_HINTS,
  PICTURE_NUMBER,
  REFERENCE_DEFINITION,
  REFERENCE_LINK,
  THEMATIC_BREAK
} from '../rules/markdown.js'

/** The lines with their Markdown markup taken out, or null when the page does not show Markdown. */
export function readMarkdown(lines: readonly string[]): string[] | null {
  let hints = 0
  for (const line of lines) if (MARKDOWN_HINT.test(line) && ++hints >= MIN_MARKDOWN_HINTS) break
  if (hints < MIN_MARKDOWN_HINTS) return null
  return lines.map(plainLine)
}

function plainLine(line: string): string {
  if (REFERENCE_DEFINITION.test(line) || THEMATIC_BREAK.test(line)) return ''
  return line
    .replace(HOME_LOGO, (_logo, name: string) => name.replace(PICTURE_NUMBER, ''))
    .replace(IMAGE, '')
    .replace(INLINE_LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(HEADING_MARKS, '$1')
    .replace(BLOCK_QUOTE_MARK, '')
    .replace(EMPHASIS, '$2')
    .replace(ESCAPED, '$1')
    .trim()
}
