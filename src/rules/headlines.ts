/**
 * What the headline stage knows about lines near the top of a page that are
 * not headlines, and about the sentence that names an article's subject.
 * Add phrases here rather than in the stage.
 */

/**
 * Lines that are never a headline: an encyclopedia's notes above an article
 * (`See also: …`, `Main article: …`, `This article is about …`, `"NZ"
 * redirects here.`), items of a bulleted list (`• Total`), menu items a
 * scraper glued together (`NewsVideoReviewsShop`: three capitals joined
 * inside one word, which no title's word has), a menu's row of three or more
 * short links between bars or dots (`News | Sport | Business`; a page title's
 * `Headline | Section | Site` starts with a longer headline), and breadcrumbs
 * of two short steps or more (`News › Local`).
 */
export const NOT_HEADLINES: readonly RegExp[] = [
  /^(?:see also|main articles?|further information|for other uses|not to be confused with)\b/i,
  /^this (?:article|page|section) is about\b/i,
  // A radio story's programme label over its byline: `Heard on Morning Edition`.
  /^(?:as )?heard on .{1,40}$/i,
  // A broadcaster's promotion bar over the story: `Watch Live: 9 News at 6`, `Listen live: …`.
  /^(?:watch|listen|streaming) live\b.{0,60}$/i,
  /\bredirects? here\b/i,
  /^[•·▪▸►◦‣∙] ?/u,
  /\p{Ll}\p{Lu}\p{Ll}{1,20}\p{Lu}\p{Ll}{1,20}\p{Lu}/u,
  /^[^|•·]{1,25}(?: [|•·] [^|•·]{1,25}){2,}$/u,
  /^[^›»>]{1,30}(?: [›»>] [^›»>]{1,30})+$/u
]

/**
 * After its subject, the sentence that defines it: `Lough Carrow (Irish: …) is
 * a freshwater lake`, `Mozilla is a free-software community`. Matched
 * against what follows the subject at the start of the lead paragraph.
 */
export const DEFINITION_AFTER_SUBJECT =
  /^(?: \([^()]{0,200}\))?,? (?:is|was|are|were|refers to|est|était|es|fue|ist|war|je|byl|byla|é|foi)\b/u

/** `Népal : «…»`, `Screenshot : «…»`, `Example 1: …`: a short label and a colon open headlines and subheadings, not deks. */
export const LABELLED_TITLE = /^[^:]{1,20} ?: /

/** `Title: …`: the page title as scrapers print it above the page (reader services, metadata headers). */
export const TITLE_LABEL = /^title: (?=\S)/i
/** A word of a publication's name: capitalised, or a small word between (`The Times of India`). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|the|and|&|on)`
/** `… | The Harbour Gazette`: the site's name after the headline in a page title. Headlines use `-` and `:`, not `|`. */
export const SITE_SUFFIX = new RegExp(String.raw` \| ${NAME_WORD}(?: ${NAME_WORD}){0,4}$`, 'u')
