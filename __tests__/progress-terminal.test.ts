/**
 * The progress bar and Ctrl-C in a real terminal: the built CLI converts a
 * tree of pages inside a detached tmux pane, which is interrupted the way a
 * user would, and the pane's screen and cursor are read back. Skipped where
 * tmux or the build is missing.
 */
import {existsSync} from 'node:fs'
import {newsPage, scratchTree} from './helpers/batch.js'
import {hasCommand, tmuxServer, waitForPane} from './helpers/commands.js'

const ROOT = new URL('../', import.meta.url).pathname
const HAS_TMUX = hasCommand('tmux', '-V')
const HAS_BUILD = existsSync(`${ROOT}dist/cli/main.js`)
const DONE = '__article_parse_done__'
const PAGES = 3000
const tmux = tmuxServer('progress', ROOT)

const waitForScreen = (wanted: string) => waitForPane(tmux, 'batch', wanted)

const cursorShown = () => tmux('display', '-p', '-t', 'batch', '#{cursor_flag}').trim() === '1'

;(HAS_TMUX && HAS_BUILD ? describe : describe.skip)('a batch in a terminal', () => {
  let root = ''
  beforeAll(() => {
    root = scratchTree(Object.fromEntries(Array.from({length: PAGES}, (_, n) => [`${String(n).padStart(4, '0')}.txt`, newsPage(n)])))
  })
  afterEach(() => tmux('kill-server'))

  /** Start converting `tree` in the pane; resolves once the progress bar is drawn, with the screen. */
  async function startBatch(tree: string, jobs: number): Promise<string> {
    tmux('new-session', '-d', '-s', 'batch', '-x', '100', '-y', '20', `node bin/article-parse.js ${tree} -j ${jobs} > /dev/null; echo ${DONE} $?; sleep 60`)
    return waitForScreen('articles ·')
  }

  it('shows the bar and stops at Ctrl-C with --jobs 1, where every page is parsed on the main thread', async () => {
    expect(await startBatch(root, 1)).toMatch(new RegExp(`[█░]{30} \\d+/${PAGES} articles · [\\d.]+/s · ETA `))
    expect(cursorShown()).toBe(false)
    tmux('send-keys', '-t', 'batch', 'C-c')
    const screen = await waitForScreen(DONE)
    expect(screen).toContain(`${DONE} 130`)
    const stoppedAfter = Number(/interrupted \(SIGINT\) after (\d+) inputs/.exec(screen)?.[1])
    expect(stoppedAfter).toBeGreaterThan(0)
    expect(stoppedAfter).toBeLessThan(PAGES)
    expect(cursorShown()).toBe(true)
  }, 60_000)

  it('gives the cursor back when a second Ctrl-C ends the run at once', async () => {
    // Long pages, and more of them than the run can finish before the first Ctrl-C on a slow
    // machine: after it, the 16 pages in flight take seconds to finish, and the second comes first.
    const paragraph = 'The harbour board of Port Elland approved the plan for the disused ferry terminal on Monday, ending a dispute that had delayed the project for two years.'
    const longPage = `${newsPage(0)}\n${Array.from({length: 1000}, () => paragraph).join('\n\n')}\n`
    const longPages = scratchTree(Object.fromEntries(Array.from({length: 200}, (_, n) => [`${String(n).padStart(3, '0')}.txt`, longPage])))
    await startBatch(longPages, 1)
    tmux('send-keys', '-t', 'batch', 'C-c')
    await new Promise((resolve) => setTimeout(resolve, 300))
    tmux('send-keys', '-t', 'batch', 'C-c')
    const screen = await waitForScreen(DONE)
    expect(screen).toContain(`${DONE} 130`)
    // Ended at once: no summary of the pages done.
    expect(screen).not.toContain('interrupted')
    expect(cursorShown()).toBe(true)
  }, 60_000)
})
