/**
 * Where a page names its publication in plain text.
 */

/** Donation and subscription banners: `Support The Moscow Times!`. */
export const BANNER_SITE = /^(?:support|donate to|subscribe to|become a member of|join) ((?:the )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}?)[!.]?$/iu

/** Copyright lines: `© 2019 The Daily Planet. All rights reserved.` (lines are normalised: single spaces). */
export const COPYRIGHT_SITE =
  /^(?:copyright ?)?(?:©|\(c\)|copyright) ?(?:\d{4}(?: ?[-–] ?\d{4})? ?,? ?)?((?:the )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,50}?)(?:,? (?:inc|ltd|llc|plc|gmbh|s\.a)\.?)?(?:[.,|]| all rights reserved| \d{4}|$)/iu

/** `From: Herald Sun`, `Source: The Times`. */
export const FROM_SITE = /^(?:from|source|fonte|fuente|quelle|zdroj):\s*((?:the )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,40})$/iu

/** Separators between a page title's headline and the site's name. */
export const TITLE_SEPARATORS: readonly string[] = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · ']
