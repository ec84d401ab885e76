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
import v8 from 'node:v8'
import vm from 'node:vm'
import type {main as Main} from './main.js'
import type {convertInWorker as ConvertInWorker} from './worker.js'

export const BUNDLE = fileURLToPath(new URL('./main.bundle.cjs', import.meta.url))
export const CODE_CACHE = `${BUNDLE}.cache`

export interface LoadedCli {
  main: typeof Main
  convertInWorker: typeof ConvertInWorker
  /** False when V8 refused the saved code cache (missing, stale, or made under other flags). */
  cacheAccepted: boolean
  /** V8's code cache of everything compiled so far: written at build time after a sample run. */
  codeCache(): Buffer
}

/**
 * V8 settings for the command line, process-wide (worker threads included).
 * Set before the bundle is compiled, since V8 only accepts a code cache made
 * under the same flags (the build sets them the same way). Only settings that
 * V8 reads afresh each time may change once it runs: a regular-expression
 * compiler setting changed this way (`--no-regexp-tier-up`) crashed V8 on the
 * patterns compiled before.
 *
 * `--heap-growing-percent=15`: in a batch, much of each page's data outlives
 * a young-generation collection and is promoted; V8 then lets the old
 * generation grow to a multiple of what is live before collecting it, and
 * peak RSS kept rising for tens of thousands of pages. Collecting at 15% over
 * what is live keeps the old generation flat (measured, 20,000 pages with
 * --jobs 2: main thread's old space 19 -> 44 MB by default, 16-18 MB
 * throughout with this; no change in CPU time beyond the noise).
 *
 * `--regexp-tier-up-ticks=0`: V8 first compiles a pattern to bytecode and
 * interprets it, then compiles it again to machine code on its second use.
 * The rules' patterns are large (Unicode classes, long alternations), and the
 * bytecode compile and the interpreted first match cost them more than the
 * machine code (measured: the byline and credit patterns ~12-17 ms each on
 * their first line, ~4 ms compiled directly); a one-page run spent most of
 * its parsing time there (median of a one-page run: 563 -> 359 ms). A page of a batch runs
 * each pattern many times, so nothing is lost there. V8 reads the count when
 * it creates a pattern; patterns that exist already keep theirs.
 */
const V8_FLAGS = '--heap-growing-percent=15 --regexp-tier-up-ticks=0'

export function loadCli(): LoadedCli {
  v8.setFlagsFromString(V8_FLAGS)
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(BUNDLE, 'utf8')}\n})`
  const cachedData = existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined
  const script = new vm.Script(source, {filename: BUNDLE, cachedData})
  const module = {exports: {} as Pick<LoadedCli, 'main' | 'convertInWorker'>}
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE))
  return {main: module.exports.main, convertInWorker: module.exports.convertInWorker, cacheAccepted: cachedData !== undefined && !script.cachedDataRejected, codeCache: () => script.createCachedData()}
}

export function saveCodeCache(cli: LoadedCli): void {
  writeFileSync(CODE_CACHE, cli.codeCache())
}
