/**
 * The site stage: every place a page names its publisher is a vote, and the
 * name with the most weight wins.
 */
import {fileURLToPath} from 'node:url'
import {parseArticle} from '../src/index.js'
import {SITE_CUES} from '../src/rules/sites.js'
import {HEADLINE, libraryPage} from './helpers/library-page.js'
import {linesOfFiles} from './helpers/shared.js'

const HEAD = `${HEADLINE}\n\nBy Nia Rowlands`

/** The site of a page: `header` above the body, `tail` below it. */
function siteOf(header: string, tail = ''): string | null {
  return parseArticle(libraryPage(header, tail)).site
}

const NAMED_BY = [
    ['a donation banner', `Support The Ashby Echo!\n\n${HEAD}`, '', 'The Ashby Echo'],
    ["a newsletter's thanks", HEAD, 'Thanks for reading The Ashby Echo! Subscribe for free to receive new posts and support my work.', 'The Ashby Echo'],
    ['a dateline', HEAD, 'ASHBY, England (Ashby Echo) — The library on Market Street will stay open, the council decided on Tuesday.', 'Ashby Echo'],
    ["a station's line under the story", HEAD, 'For the latest news, weather, sports, and streaming video, head to Ashby Echo.', 'Ashby Echo'],
    ["a newsletter's appeal", HEAD, 'The Ashby Echo is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.', 'The Ashby Echo'],
    ['a copyright line, without the company words', HEAD, '© 2024 Ashby Echo Media Group Ltd. All rights reserved.', 'Ashby Echo'],
    ["a copyright line, without an Italian company's letters", HEAD, 'Copyright © 2025 Ashby Echo S.r.l. – P.IVA 01234567890', 'Ashby Echo'],
    ["a copyright line, without a German partnership's letters", HEAD, '© Ashby Echo GmbH & Co. KG 2026', 'Ashby Echo'],
    ["a copyright line, without a publishing house's words", HEAD, '© 2026 Ashby Echo Medien GmbH', 'Ashby Echo'],
    ["a copyright line, without a Polish company's letters", HEAD, '© 2026 Ashby Echo sp. z o.o. Wszelkie prawa zastrzeżone.', 'Ashby Echo'],
    ['a copyright line with the name in guillemets', HEAD, '© 2026 «Приволжский обозреватель». Все права защищены.', 'Приволжский обозреватель'],
    ['a page title "Headline | Site"', `Council votes to close Ashby library | Ashby Echo\n\n${HEAD}`, '', 'Ashby Echo'],
    ['a "From:" line', `${HEAD}\nFrom: Ashby Echo`, '', 'Ashby Echo'],
    ['the encyclopedia tagline', 'Ashby Library\n\nFrom Wikipedia, the free encyclopedia\nJump to navigation Jump to search', '', 'Wikipedia'],
    ['"X Contributor"', 'Council votes to close Ashby library\n\nNia Rowlands\nAshby Echo Contributor', '', 'Ashby Echo'],
    ['an author bio "is a reporter for X"', HEAD, 'Nia Rowlands is a reporter for Ashby Echo, covering local government.', 'Ashby Echo'],
    ['an author bio "is an X producer"', HEAD, 'Nia Rowlands is an Ashby Echo producer based in Ashby.', 'Ashby Echo'],
    ['a newsletter appeal', HEAD, "Sign up for Ashby Echo's newsletter", 'Ashby Echo'],
    ['a morning-briefing newsletter appeal', HEAD, "Sign up for Ashby Echo's Morning Briefing newsletter", 'Ashby Echo'],
    ['"About X"', HEAD, 'About Ashby Echo', 'Ashby Echo'],
    ['"More from X"', HEAD, 'More from Ashby Echo', 'Ashby Echo'],
    ['"Recommended from X"', HEAD, 'Recommended from Ashby Echo', 'Ashby Echo'],
    ['a staff photographer\'s credit "Name / X"', `${HEAD}\n\nThe library on Market Street.\nGlen Harper / Ashby Echo`, '', 'Ashby Echo'],
    // Without the masthead the parent company's copyright line outweighs "About Ashby Echo".
    ['the name the masthead repeats', `Ashby Echo\n\n${HEAD}`, 'About Ashby Echo\n\n© 2024 Midshire Newspapers Ltd', 'Ashby Echo'],
    ['a copyright line that spells out "Copyright"', HEAD, 'Copyright 2024 Ashby Echo Ltd. All rights reserved.', 'Ashby Echo'],
    ['a copyright line "Copyright © YEAR Name | Links"', HEAD, 'Copyright © 2024 The Ashby Echo | Privacy statement | Terms of service', 'The Ashby Echo'],
    ['a copyright line "© Copyright YEAR - YEAR Name Inc."', HEAD, '© Copyright 2006 - 2024 Ashby Echo Inc.', 'Ashby Echo'],
    ['a copyright line with the name first', HEAD, 'Ashby Echo® © 2024', 'Ashby Echo'],
    ['a footer line "Copyright Name."', HEAD, 'Copyright Jornal do Vale. Todos os direitos reservados.', 'Jornal do Vale'],
    ['"More on Topic from X"', HEAD, 'More on Libraries from Ashby Echo', 'Ashby Echo'],
    ['a newsletter "Get X delivered to your inbox"', HEAD, 'Get Ashby Echo delivered to your inbox', 'Ashby Echo'],
    ['a follow button, without its state', 'Follow Ashby Echo Followed\n\n' + HEAD, 'Follow Ashby Echo Followed', 'Ashby Echo'],
    ['a staff credit at the end of a caption', `${HEAD}\n\nThe library on Market Street. (Glen M. Harper / Ashby Echo)`, '', 'Ashby Echo'],
    ['a social link "X on Twitter"', HEAD, 'Ashby Echo on Twitter', 'Ashby Echo'],
    ['a follow link "Follow X on Twitter", without the button\'s word', HEAD, 'Follow Ashby Echo on Twitter', 'Ashby Echo'],
    ['a staff byline "By X Staff"', `${HEADLINE}\n\nBy Ashby Echo Staff`, '', 'Ashby Echo'],
  ['a subscriber notice', HEAD, 'You are subscribed to Ashby Echo', 'Ashby Echo'],
  ["a copyright line's company name, in the short form the byline gives it", `${HEADLINE}\n\nBy Nia Rowlands, CNN`, '© 2024 Cable News Network. All Rights Reserved.', 'CNN'],
  ['a masthead that gives in full the name a link shortens', `The Ashby Echo\n\n${HEAD}`, 'More from the Echo', 'The Ashby Echo'],
  [
    'its copyright line and links, not a newsletter named like the kickers of its teasers',
    HEAD,
    'About Ashby Echo\n\nGet the Council Daily newsletter\n\nRelated Articles\n\nCOUNCIL\nLibrary hours cut again as budget talks stall\n\nCOUNCIL\nMarket Street to close for repairs in May\n\n© 2027 Ashby Echo Ltd. All rights reserved.',
    'Ashby Echo'
  ],
  ['a link, not the search box above that ends with its name', `Search Ashby Echo\n\n${HEAD}`, 'About Ashby Echo', 'Ashby Echo'],
  ['a link, not a short line above that ends with its name in lower-case words', `Read the Echo\n\n${HEAD}`, 'More from the Echo', 'The Echo'],
  ['a photograph credit "for the X"', `${HEAD}\n\nPhotograph: Glen Harper for the Ashby Echo`, '', 'The Ashby Echo'],
  ['"is a reporter for the X", with "The" capitalised', HEAD, 'Nia Rowlands is a reporter for the Ashby Echo, covering local government.', 'The Ashby Echo'],
  ['a Korean copyright line in angle brackets', HEAD, '<저작권자 © 스타하모니, 무단전재 및 재배포 금지>', '스타하모니'],
  ['a Vietnamese copyright line', HEAD, '© Bản quyền thuộc về Sông Nhị Online. Cấm sao chép dưới mọi hình thức.', 'Sông Nhị Online'],
  ['an app link "Download the X app"', HEAD, 'Download the Ashby Echo app', 'Ashby Echo'],
  ['a newsletter box "Get the most out of X"', HEAD, 'Get the most out of Ashby Echo. Subscribe to our newsletter to receive:', 'Ashby Echo'],
  ['a copyright line opening on a name written in lower case', HEAD, 'ashbyecho, 2018-2024 © All rights reserved. Operated by Ashby Echo Limited.', 'ashbyecho']
] as const

describe('the site', () => {
  it.each(NAMED_BY)('is named by %s', (_what, header, tail, expected) => {
    expect(siteOf(header, tail)).toBe(expected)
  })

  it.each([
    ['generic words', HEAD, 'Support Us!\n\nMore from Share\n\nAbout Us\n\nSign up for Our Newsletter'],
    ['a wire agency', 'Council votes to close Ashby library\n\nBy Reuters\nFrom: Reuters', '© 2024 Reuters. All rights reserved.\n\nThe library on Market Street.\nGlen Harper / Reuters'],
    ['the Associated Press', HEAD, '© 2024 The Associated Press. All rights reserved.'],
    ["a wire agency's dateline", HEAD, 'ASHBY, England (AP) — The library on Market Street will stay open, the council decided on Tuesday.'],
    ['the word "Copyright"', HEAD, 'Copyright © 2024'],
    ['a heading "Copyright Notice"', HEAD, 'Copyright Notice'],
    ['a rights notice in another language', HEAD, '© RIPRODUZIONE RISERVATA'],
    ['a picture agency\'s client', HEAD, 'The library on Market Street.\nGlen Harper / Midshire Archive via Getty Images'],
    ['a category trail', HEAD, 'Local Government / Libraries']
  ])('is never %s', (_what, header, tail) => {
    expect(siteOf(header, tail)).toBeNull()
  })
})

describe('the site cues\' keywords', () => {
  // The keywords gate the patterns, so a line the pattern matches without one would be lost.
  const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
  const lines = [...NAMED_BY.flatMap(([, header, tail]) => `${header}\n${tail}`.split('\n')), ...linesOfFiles(fixtures, 'input.txt')]

  it.each(SITE_CUES.map((cue) => [cue.rule, cue] as const))('are in every line the %s pattern matches', (_rule, cue) => {
    const matched = lines.filter((line) => cue.pattern.test(line))
    expect(matched.filter((line) => !cue.keywords.some((keyword) => line.toLowerCase().includes(keyword)))).toEqual([])
  })

  it("takes a company's name without its corporate suffix and the ampersand before it", () => {
    expect(parseArticle(libraryPage(`${HEADLINE}\n\nBy Nia Rowlands`, 'Copyright ©2027 Halloway & Company, Inc. All Rights Reserved')).site).toBe('Halloway')
  })

  it('have example lines matched by every cue, so the check above is not empty', () => {
    const matchedRules = new Set(SITE_CUES.filter((cue) => lines.some((line) => cue.pattern.test(line))).map((cue) => cue.rule))
    expect([...matchedRules].sort()).toEqual([...new Set(SITE_CUES.map((cue) => cue.rule))].sort())
  })
})
