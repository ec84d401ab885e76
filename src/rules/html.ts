/**
 * HTML left in scraped text: the tags article-parse removes. Tags that
 * technical articles show as examples (`<script>`, `<img>`, `<code>`) are
 * not in these lists, so the examples stay text.
 */

/** Tags inside a line of text: removed without a trace (`<b>word</b>` → `word`). */
export const INLINE_TAGS: readonly string[] = [
  'a', 'abbr', 'b', 'big', 'cite', 'em', 'font', 'i', 'mark', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'u'
]

/** Tags that separate text: replaced by a space (`one<br>two` → `one two`). */
export const BLOCK_TAGS: readonly string[] = [
  'blockquote', 'br', 'dd', 'div', 'dt', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ol', 'p', 'td', 'th', 'tr', 'ul'
]

const TAG_NAMES = [...INLINE_TAGS, ...BLOCK_TAGS].sort((a, b) => b.length - a.length).join('|')

/** An opening, closing or self-closing tag of a known name: `<p>`, `</div>`, `<br/>`, `<a href="…">`. */
const TAG = String.raw`<\/?(?:${TAG_NAMES})(?:[\s/][^<>]*)?>`

/** A character reference: `&amp;`, `&#8217;`, `&#x2019;`; only with its semicolon, so `AT&T` stays text. */
const ENTITY = String.raw`&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{1,31});`

/**
 * A run of adjacent tags (`</b></p>`), or a character reference. One pattern
 * for both, so that an escaped tag (`&lt;p&gt;`) is decoded to text and not
 * then removed as a tag.
 */
export const HTML_LEFTOVER = new RegExp(`(?:${TAG})+|${ENTITY}`, 'gi')

/** One tag of a run: group 1 its name, group 2 what follows the name. */
export const TAG_PARTS = new RegExp(String.raw`<\/?(${TAG_NAMES})([^<>]*)>`, 'gi')
