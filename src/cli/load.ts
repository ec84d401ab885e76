/**
 * Start-up of the command line: the bundled CLI (dist/cli/main.bundle.cjs) is
 * compiled with the V8 code cache saved beside it at build time, so a run
 * skips compiling the functions a typical page needs. A missing or stale
 * cache (another Node version, other flags) only means compiling as usual.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'
import type {main as Main} from './main.js'

export const BUNDLE = fileURLToPath(new URL('./main.bundle.cjs', import.meta.url))
export const CODE_CACHE = `${BUNDLE}.cache`

export interface LoadedCli {
  main: typeof Main
  /** V8's code cache of everything compiled so far: written at build time after a sample run. */
  codeCache(): Buffer
}

export function loadCli(): LoadedCli {
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(BUNDLE, 'utf8')}\n})`
  const script = new vm.Script(source, {
    filename: BUNDLE,
    cachedData: existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined
  })
  const module = {exports: {} as {main: typeof Main}}
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE))
  return {main: module.exports.main, codeCache: () => script.createCachedData()}
}

export function saveCodeCache(cli: LoadedCli): void {
  writeFileSync(CODE_CACHE, cli.codeCache())
}
