/**
 * Trimming without regular expressions: `/[chars]+$/` backtracks
 * quadratically on a long run of those characters that does not end the text.
 */

/** `text` without any of `characters` at its end. */
export function trimTrailing(text: string, characters: string): string {
  let end = text.length
  while (end > 0 && characters.includes(text.charAt(end - 1))) end--
  return text.slice(0, end)
}

/** Remove whole matches of `suffix` (anchored with `$`, no repetition in it) from the end, one at a time. */
export function stripSuffixes(text: string, suffix: RegExp): string {
  let stripped = text
  for (let match = suffix.exec(stripped); match && match[0] !== ''; match = suffix.exec(stripped)) {
    stripped = stripped.slice(0, match.index)
  }
  return stripped
}
