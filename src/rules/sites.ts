/**
 * Where a page names its publication in plain text.
 */

/** Donation and subscription banners: `Support The Moscow Times!`. */
export const BANNER_SITE = /^(?:support|donate to|subscribe to|become a member of|join) ((?:the )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}?)[!.]?$/iu

/** Copyright lines: `© 2019 The Daily Planet. All rights reserved.` */
export const COPYRIGHT_SITE =
  /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?((?:the )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,50}?)(?:,? (?:inc|ltd|llc|plc|gmbh|s\.a)\.?)?(?:[.,|]|\s+all rights reserved|\s+\d{4}|$)/iu

/** `From: Herald Sun`, `Source: The Times`. */
export const FROM_SITE = /^(?:from|source|fonte|fuente|quelle|zdroj):\s*((?:the )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,40})$/iu

/** Separators between a page title's headline and the site's name. */
export const TITLE_SEPARATORS: readonly string[] = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · ']
