#!/usr/bin/env node
// Scores the built parser on the evaluation corpus beside the project, both renders:
// the article's part of each page (input.txt) and the whole page (page.txt).
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const shared = fileURLToPath(new URL('../../shared/', import.meta.url))
const scorer = `${shared}tools/score.mjs`
const corpus = `${shared}corpus`
if (!existsSync(scorer) || !existsSync(corpus)) {
  console.error(`npm run eval needs the evaluation corpus and scorer in ${shared}; they are not there.`)
  process.exit(2)
}
const command = `node ${root}bin/article-parse.js --format ndjson --quiet`
let failed = false
for (const render of ['input.txt', 'page.txt']) {
  console.log(`\n== ${render}`)
  const run = spawnSync(process.execPath, [scorer, '--input', render, '--run', command, corpus], {stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8'})
  // The scorer's last line is a JSON summary for machines; the tables above it are for people.
  process.stdout.write(run.stdout.split('\n').filter((line) => !line.startsWith('{')).join('\n'))
  failed ||= run.status !== 0
}
process.exit(failed ? 1 : 0)
