/** The shared corpus beside the project, when this checkout has one. */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url))
export const HAS_SHARED = existsSync(SHARED)
export const SEED = `${SHARED}seed/000_96674bedfc0c7a69`

/** `describe` when the shared corpus is present, `describe.skip` otherwise. */
export function describeWithShared(name: string, body: () => void): void {
  ;(HAS_SHARED ? describe : describe.skip)(name, body)
}

/** Every line of the files named `fileName` under `dir` (the fixtures, the corpus); none when `dir` is absent. */
export function linesOfFiles(dir: string, fileName: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((path) => path.endsWith(fileName))
    .flatMap((path) => readFileSync(join(dir, path), 'utf8').split('\n'))
}
