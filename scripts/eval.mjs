#!/usr/bin/env node
// Scores the built parser on the evaluation corpus beside the project, both renders: the
// article's part of each page (input.txt) and the whole page (page.txt); then both again,
// hard-wrapped at 76 columns, as text-mode browsers (lynx -dump, w3m -dump) save pages.
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {hardWrap} from './hard-wrap.mjs'

const WRAP_WIDTH = 76
const RENDERS = ['input.txt', 'page.txt']

const root = fileURLToPath(new URL('..', import.meta.url))
const shared = fileURLToPath(new URL('../../shared/', import.meta.url))
const scorer = `${shared}tools/score.mjs`
const corpus = `${shared}corpus`
if (!existsSync(scorer) || !existsSync(corpus)) {
  console.error(`npm run eval needs the evaluation corpus and scorer in ${shared}; they are not there.`)
  process.exit(2)
}
const command = `node ${root}bin/article-parse.js --format ndjson --quiet`
const wrapped = mkdtempSync(join(tmpdir(), 'article-parse-eval-'))
let failed = false
try {
  copyWrapped(corpus, wrapped)
  for (const [label, directory] of [['', corpus], [`, hard-wrapped at ${WRAP_WIDTH} columns`, wrapped]]) {
    for (const render of RENDERS) {
      console.log(`\n== ${render}${label}`)
      const run = spawnSync(process.execPath, [scorer, '--input', render, '--run', command, directory], {stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8'})
      // The scorer's last line is a JSON summary for machines; the tables above it are for people.
      process.stdout.write(run.stdout.split('\n').filter((line) => !line.startsWith('{')).join('\n'))
      failed ||= run.status !== 0
    }
  }
} finally {
  rmSync(wrapped, {recursive: true, force: true})
}
process.exit(failed ? 1 : 0)

/** The corpus with its renders word-wrapped; labels and references copied as they are. */
function copyWrapped(from, to) {
  cpSync(from, to, {recursive: true})
  for (const path of readdirSync(to, {recursive: true, encoding: 'utf8'})) {
    if (!RENDERS.some((render) => path.endsWith(render))) continue
    writeFileSync(join(to, path), hardWrap(readFileSync(join(to, path), 'utf8'), WRAP_WIDTH))
  }
}
