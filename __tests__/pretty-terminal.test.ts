/**
 * The pretty view in a real terminal: the built CLI runs inside a detached
 * tmux pane of a known size, and the pane's screen is read back with its
 * colour codes. Skipped where tmux or the build (dist/) is missing.
 */
import {existsSync} from 'node:fs'
import {stripVTControlCharacters} from 'node:util'
import {columns} from '../src/format/columns.js'
import {hasCommand, tmuxServer, waitForPane} from './helpers/commands.js'

const ROOT = new URL('../', import.meta.url).pathname
const HAS_TMUX = hasCommand('tmux', '-V')
const HAS_BUILD = existsSync(`${ROOT}dist/cli/main.js`)
const PANE_WIDTH = 60
const DONE = '__article_parse_done__'
const tmux = tmuxServer('view', ROOT)

;(HAS_TMUX && HAS_BUILD ? describe : describe.skip)('the pretty view in a terminal', () => {
  it('is chosen, coloured and wrapped to the pane', async () => {
    const command = `env -u NO_COLOR -u FORCE_COLOR node bin/article-parse.js -q fixtures/wire-dateline/input.txt; echo ${DONE}; sleep 60`
    tmux('new-session', '-d', '-s', 'view', '-x', String(PANE_WIDTH), '-y', '80', command)
    let screen = ''
    try {
      screen = await waitForPane(tmux, 'view', DONE, '-e')
    } finally {
      tmux('kill-server')
    }
    const lines = stripVTControlCharacters(screen.slice(0, screen.indexOf(DONE))).trimEnd().split('\n')

    // tmux writes the bold as `ESC[0;1m`, after a reset.
    expect(screen).toMatch(/\x1b\[(?:0;)?1m(?:\x1b\[\d+m)*Kenyan port city rations water as drought enters third year\n/)
    expect(lines.slice(0, 4)).toEqual([
      'fixtures/wire-dateline/input.txt',
      'Kenyan port city rations water as drought enters third year',
      '2024-03-04 · By Amara Okafor and Tomasz Wirth, Reuters',
      ''
    ])
    expect(lines).toContain('MOMBASA, Kenya, March 4 (Reuters) - Authorities in the')
    expect(Math.max(...lines.map(columns))).toBeLessThanOrEqual(PANE_WIDTH)
  }, 20_000)
})
