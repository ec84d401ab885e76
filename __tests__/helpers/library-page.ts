/** A short news article for the stage tests, under whatever header and above whatever tail a test gives it. */

export const HEADLINE = 'Council votes to close Ashby library'

export const BODY = `Ashby's district council voted on Wednesday night to close the town's library at the end of the year and move its books to a room in the leisure centre.

Councillors said the building needed repairs that would cost more than the library's budget for the next ten years, and that the new room would open for longer hours.

Campaigners who have fought the closure since the spring said they would ask for the decision to be reviewed.`

/** The page: `header` above the body, `tail` below it. */
export function libraryPage(header: string, tail = ''): string {
  return tail === '' ? `${header}\n\n${BODY}` : `${header}\n\n${BODY}\n\n${tail}`
}
