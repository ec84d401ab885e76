/**
 * Markdown markup in scraped text (see text/markdown.ts). Lines are
 * normalised first, so a run of spaces is one space here.
 */

/** A link's or an image's address after its text (`](https://…)`, `](/news/…)`), or a heading (`## Related`). */
export const MARKDOWN_HINT = /\]\((?:https?:\/\/|\/|#|mailto:)|^#{1,6} \S/
/** Hints a page needs to be read as Markdown: one could be text that quotes Markdown. */
export const MIN_MARKDOWN_HINTS = 2

/**
 * A link's address, with balanced parentheses inside (`/wiki/Aldwin_(town)`)
 * and an optional title. Link texts hold no brackets: each match then reads
 * its stretch of the line once, and a line of stray brackets costs no more.
 */
const ADDRESS = String.raw`\((?:[^()\s]|\([^()\s]*\))*(?: "[^"\n]*")?\)`

/**
 * `[![Vale Examiner](logo.png)](https://valeexaminer.example/)`: a picture
 * linking to the site's home page is its logo, and its text the site's name.
 */
export const HOME_LOGO = new RegExp(String.raw`\[!\[([^\[\]\n]+)\]${ADDRESS}\]\((?:https?:\/\/[^\/\s()]+)?\/?\)`, 'g')
/** Reader services number the pictures: `![Image 1: Vale Examiner](…)`. */
export const PICTURE_NUMBER = /^Image \d{1,3}: /
/** `![alt](src)`: a picture, whose text is no part of the page's prose. */
export const IMAGE = new RegExp(String.raw`!\[[^\[\]\n]*\]${ADDRESS}`, 'g')
/** `[text](href)` → `text`; a linked picture is an empty link once the picture is gone. */
export const INLINE_LINK = new RegExp(String.raw`\[([^\[\]\n]*)\]${ADDRESS}`, 'g')
/** `[text][1]` → `text`. */
export const REFERENCE_LINK = /\[([^[\]\n]+)\]\[[^[\]\n]*\]/g
/** `[1]: https://…`: where a reference link points, on a line of its own. */
export const REFERENCE_DEFINITION = /^\[[^[\]\n]+\]: ?\S/
/** `---`, `* * *`, `___`, and a heading's `===` underline. */
export const THEMATIC_BREAK = /^(?:(?:[-*_] ?){3,}|=+)$/
/** `## Heading ##` → `Heading`. */
export const HEADING_MARKS = /^#{1,6} (.*?)(?: #+)?$/
/** `> ` before a quoted paragraph, nested or not. */
export const BLOCK_QUOTE_MARK = /^(?:> ?)+/
/**
 * `**bold**`, `__bold__`, `*italic*`, `_italic_` → the text. The marks must
 * touch the text they enclose and not stand inside a word, so `snake_case`,
 * a bullet's `* ` and a footnote's `*` stay.
 */
export const EMPHASIS = /(?<![\p{L}\p{N}\\*_])(\*\*|__|\*|_)(?![\s*_])([^*_\n]{1,300}?)(?<![\s\\])\1(?![\p{L}\p{N}*_])/gu
/** `\*`, `\_`, `\[`…: a character Markdown would otherwise read as markup. */
export const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~])/g
