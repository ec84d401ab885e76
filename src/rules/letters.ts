/**
 * Character classes for the long patterns that read names, credits and
 * publications: only the Basic Multilingual Plane, in which the names of
 * people, agencies and outlets are written (the letters of the other planes
 * are historic scripts and rare ideographs).
 * V8 compiles a `u` class holding supplementary letters into branches over
 * surrogate pairs, again at every place the class occurs; these patterns
 * repeat their classes dozens of times, and compiling them took about twice
 * as long. Classes built here need the `v` flag.
 */

/** `members` as one class, limited to the Basic Multilingual Plane: `bmp(String.raw`\p{L}\p{N}&\-`)`. */
export function bmp(members: string): string {
  return String.raw`[[${members}]--[\u{10000}-\u{10FFFF}]]`
}

/** A capital letter (`v` patterns). */
export const CAPITAL = bmp(String.raw`\p{Lu}`)
/** A lower-case letter (`v` patterns). */
export const LOWER = bmp(String.raw`\p{Ll}`)
/** What follows a name's first letter inside its word: letters, accents, apostrophes, hyphens (`O’Neill-Ruiz`; `v` patterns). */
export const NAME_LETTER = bmp(String.raw`\p{L}\p{M}'’\-`)
