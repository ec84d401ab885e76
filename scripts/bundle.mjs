// Bundles the command line into one file, dist/cli/main.bundle.cjs, and saves
// V8's code cache for it: loading one module instead of a few hundred small
// ones, compiled in advance, is most of what makes a one-page run start fast.
// The worker pool and the progress bar stay external: only batch runs load them.
import {build} from 'esbuild'
import {readdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {Writable} from 'node:stream'
import {CODE_CACHE, loadCli, saveCodeCache} from '../dist/cli/load.js'

/**
 * Modules that packages load at start-up for features article-parse does not
 * use, swapped in the bundle. commander loads node:child_process (with
 * node:net and node:dgram: ~10 ms of every run) for subcommands that are
 * programs of their own, of which article-parse has none: it is loaded on
 * first use instead. chalk detects the terminal's colours through node:tty
 * (~5 ms), but every Chalk here is given its level (src/cli/io.ts): the
 * bundle takes chalk's variant without that detection.
 */
const unusedAtStartUp = {
  name: 'unused-at-start-up',
  setup(build) {
    build.onResolve({filter: /^node:child_process$/}, () => ({path: 'child_process', namespace: 'on-first-use'}))
    build.onLoad({filter: /.*/, namespace: 'on-first-use'}, () => ({
      contents: "let loaded; module.exports = new Proxy({}, {get: (_target, name) => (loaded ??= require('child_process'))[name]})",
      loader: 'js'
    }))
    build.onResolve({filter: /^#supports-color$/}, ({resolveDir}) => ({path: join(resolveDir, 'vendor/supports-color/browser.js')}))
  }
}

await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/cli/main.bundle.cjs',
  bundle: true,
  platform: 'node',
  // CommonJS, because only a classic script can be compiled with a code cache on Node 20.
  format: 'cjs',
  target: 'node20',
  external: ['piscina', 'cli-progress'],
  define: {'import.meta.url': 'bundleUrl'},
  // import() of piscina and cli-progress becomes require(): a script run through node:vm cannot import on Node 20.
  supported: {'dynamic-import': false},
  banner: {js: "const bundleUrl = require('node:url').pathToFileURL(__filename).href;"},
  plugins: [unusedAtStartUp],
  logLevel: 'warning'
})

// V8 checks a code cache against the length of the source only: the cache of the previous build
// would be taken for a bundle of the same length (a changed constant), and its stale code saved again.
rmSync(CODE_CACHE, {force: true})

// Parse the fixtures' pages so that the cache covers the functions a run compiles.
const samples = readdirSync('fixtures', {recursive: true}).filter((path) => path.endsWith('input.txt'))
const cli = loadCli()
const discard = new Writable({write: (_chunk, _encoding, done) => done()})
if (samples.length > 0) await cli.main(['--jobs', '1', ...samples.map((path) => `fixtures/${path}`)], {stdin: process.stdin, stdout: discard, stderr: discard, env: {}})
saveCodeCache(cli)
