/** The shared corpus beside the project, when this checkout has one. */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url))
export const HAS_SHARED = existsSync(SHARED)
export const SEED = `${SHARED}seed/000_96674bedfc0c7a69`

/** `describe` when the shared corpus is present, `describe.skip` otherwise. */
export function describeWithShared(name: string, body: () => void): void {
  ;(HAS_SHARED ? describe : describe.skip)(name, body)
}
