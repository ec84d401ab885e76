/** Programs the tests run (jq, tmux): whether they are installed, and tmux on a server of the test's own. */
import {execFileSync} from 'node:child_process'

export function hasCommand(command: string, ...versionArgs: string[]): boolean {
  try {
    execFileSync(command, versionArgs, {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

/** tmux on a server of its own (named after `name` and this process), so a test never touches anyone's sessions. */
export function tmuxServer(name: string, cwd: string): (...args: string[]) => string {
  return (...args) => execFileSync('tmux', ['-L', `article-parse-${name}-${process.pid}`, '-f', '/dev/null', ...args], {cwd, encoding: 'utf8'})
}

/**
 * Read a tmux pane (`capture-pane` with `flags`) until `wanted` shows, for at
 * most twenty seconds (a loaded machine starts Node slowly); the last screen read.
 */
export async function waitForPane(tmux: (...args: string[]) => string, target: string, wanted: string, ...flags: string[]): Promise<string> {
  let screen = ''
  for (let attempt = 0; attempt < 400 && !screen.includes(wanted); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    screen = tmux('capture-pane', '-p', ...flags, '-t', target)
  }
  return screen
}
