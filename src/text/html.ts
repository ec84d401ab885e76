/**
 * HTML left over in scraped text: stray tags removed and character
 * references decoded. `entities` decodes references as browsers do, from the
 * full table of HTML's names.
 *
 * Text about HTML shows tags too ("allowed tags: <em> <strong>"), so a run of
 * tags is taken for markup only when it touches the text it marks up
 * (`<p>The`, `said<br>that`, `<b>word</b>`) or is a bare `<p>`, `</p>` or
 * `<br>` on a line of its own.
 */
import {onFirstUse} from '../on-first-use.js'
import {BLOCK_TAGS, HTML_LEFTOVER, TAG_PARTS} from '../rules/html.js'

// Only pages with character references need it; it builds its table of names when loaded.
const entitiesPackage = onFirstUse<typeof import('entities')>('entities')

export interface HtmlLeftovers {
  text: string
  tags: number
  entities: number
  /** Index in the line of the first tag or reference removed, -1 when none was. */
  first: number
}

const BLOCK = new Set(BLOCK_TAGS)

/** Remove the tags of one line and decode its character references. */
export function removeHtmlLeftovers(line: string): HtmlLeftovers {
  let tags = 0
  let entities = 0
  let first = -1
  const textStart = line.length - line.trimStart().length
  const textEnd = line.trimEnd().length
  const text = line.replace(HTML_LEFTOVER, (match: string, index: number) => {
    let replacement: string
    if (match.startsWith('&')) {
      const decoded = entitiesPackage().decodeHTMLStrict(match)
      if (decoded === match) return match
      entities++
      // A reference to a line break or a control character (`&#10;`) must not split or garble the line.
      replacement = /[\p{Cc}\u2028\u2029]/u.test(decoded) ? ' ' : decoded
    } else {
      const run = [...match.matchAll(TAG_PARTS)].map(([, name = '', attributes = '']) => ({name: name.toLowerCase(), attributes}))
      if (!run.every(({attributes}) => isAttributeList(attributes))) return match
      const touchesText = isText(line.charAt(index - 1)) || isText(line.charAt(index + match.length))
      const bareLine = index === textStart && index + match.length === textEnd && run.every(({attributes}) => attributes.trim() === '')
      if (!touchesText && !bareLine) return match
      tags += run.length
      replacement = run.some(({name}) => BLOCK.has(name)) ? ' ' : ''
    }
    if (first === -1) first = index
    return replacement
  })
  return {text, tags, entities, first}
}

/** What follows a tag's name: nothing, a slash, or attributes with values (`a<b and c>d` is text). */
function isAttributeList(attributes: string): boolean {
  return /^[\s/]*$/.test(attributes) || (/^[\s/]/.test(attributes) && attributes.includes('='))
}

function isText(character: string): boolean {
  return character !== '' && !/\s/u.test(character)
}
