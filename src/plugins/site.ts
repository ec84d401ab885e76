/**
 * Stage: the publication's name, from wherever the page prints it: a
 * donation or subscription banner, a page title `Headline | Site`, a
 * `From:` line, or the copyright line.
 */
import type {VFile} from 'vfile'
import type {Line} from '../data.js'
import {BANNER_SITE, COPYRIGHT_SITE, FROM_SITE, TITLE_SEPARATORS} from '../rules/sites.js'

export default function site() {
  return (_tree: unknown, file: VFile) => {
    const lines = file.data.lines ?? []
    file.data.site =
      firstMatch(lines, BANNER_SITE) ??
      titleSuffix(lines, file.data.headline ?? null) ??
      firstMatch(lines, FROM_SITE) ??
      lastMatch(lines, COPYRIGHT_SITE) ??
      null
  }
}

function firstMatch(lines: Line[], pattern: RegExp): string | undefined {
  for (const line of lines) {
    const name = pattern.exec(line.text)?.[1]?.trim()
    if (name) return name
  }
  return undefined
}

/** The copyright line is at the foot of the page: the last one is the site's own. */
function lastMatch(lines: Line[], pattern: RegExp): string | undefined {
  for (let index = lines.length - 1; index >= 0; index--) {
    const name = pattern.exec(lines[index]?.text ?? '')?.[1]?.trim()
    if (name) return name
  }
  return undefined
}

/** `Headline | Site` somewhere on the page, when the headline is known. */
function titleSuffix(lines: Line[], headline: string | null): string | undefined {
  if (!headline) return undefined
  for (const line of lines) {
    if (!line.text.startsWith(headline) || line.text.length === headline.length) continue
    const rest = line.text.slice(headline.length)
    const separator = TITLE_SEPARATORS.find((candidate) => rest.startsWith(candidate))
    if (separator) return rest.slice(separator.length).trim() || undefined
  }
  return undefined
}
