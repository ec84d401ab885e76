/** Whether a program the tests run (jq, tmux) is installed here. */
import {execFileSync} from 'node:child_process'

export function hasCommand(command: string, ...versionArgs: string[]): boolean {
  try {
    execFileSync(command, versionArgs, {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}
