/**
 * `text` word-wrapped at `width` columns: as many words as fit to a line, a
 * longer word on a line of its own; a leading ` date YYYY-MM-DD ` prefix is
 * kept out of the wrapping.
 */
export declare function hardWrap(text: string, width: number): string
