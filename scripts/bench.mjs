#!/usr/bin/env node
// `npm run bench`: builds a synthetic dump from the fixtures (as files and as
// one JSONL file), converts it, and prints, measured in the same run:
//   · articles/s with --jobs 1 and --jobs 2, and their ratio, beside what the
//     machine allows: two --jobs 1 processes side by side, each on half the dump
//     (medians of a few rounds, each round running all three in turn);
//   · the pipeline's one-thread throughput as a share of a bare retext-english
//     parse of the same texts, and what each stage costs (CPU profile);
//   · peak RSS of the JSONL run, at the full dump and at a quarter of it;
//   · median wall time of a one-page run against `node -e 0`.
//
//   node scripts/bench.mjs [--pages N] [--rounds N] [--runs N]
//   (defaults: 20000 pages, 5 rounds of the --jobs comparison, 15 start-up runs)
//
// Needs a build (npm run bench builds first). The dump goes to .bench/ (git-ignored).
import {spawn} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {Session} from 'node:inspector/promises'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {parseArticle} from '../dist/index.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const BIN = join(ROOT, 'bin/article-parse.js')
const WORK = join(ROOT, '.bench')
const USAGE_HOOK = join(ROOT, 'scripts/bench-usage.mjs')
/** Warm-up of the one-thread measures: at least WARM_UP_MIN_MS, until a WARM_UP_WINDOW_MS window
 * uses at most SETTLED_CPU_PER_WALL CPU-seconds per second, and at most WARM_UP_LIMIT_MS. */
const WARM_UP_MIN_MS = 1500
const WARM_UP_WINDOW_MS = 1000
const SETTLED_CPU_PER_WALL = 1.05
const WARM_UP_LIMIT_MS = 30_000
/** Fixtures whose pages go into a directory of this many files at most, as dumps are sharded. */
const FILES_PER_DIRECTORY = 1000

const {values} = parseArgs({options: {pages: {type: 'string', default: '20000'}, rounds: {type: 'string', default: '5'}, runs: {type: 'string', default: '15'}}})
const PAGES = Number(values.pages)
const ROUNDS = Number(values.rounds)
const RUNS = Number(values.runs)

const texts = fixtureTexts(join(ROOT, 'fixtures'))
console.log(`article-parse benchmark: ${PAGES} pages (the ${texts.length} fixture pages repeated), Node ${process.version}, ${availableParallelism()} CPUs`)

const dump = buildDump(PAGES)
const quarter = buildJsonl(join(WORK, 'quarter.jsonl'), Math.ceil(PAGES / 4))
console.log(`dump: ${PAGES} files (${mb(dump.bytes)}) in ${dump.directory}; ${dump.jsonl} (${mb(statSync(dump.jsonl).size)})`)

// The machine's other load moves a single run by a fifth either way, so --jobs 1, --jobs 2 and
// two --jobs 1 processes side by side are run in turn, ROUNDS times, and compared round by round.
const shards = readdirSync(dump.directory).map((shard) => join(dump.directory, shard))
const rounds = []
for (let round = 1; round <= ROUNDS; round++) {
  const one = await convert([dump.directory, '--jobs', '1'])
  const two = await convert([dump.directory, '--jobs', '2'])
  // Two processes share nothing but the machine: their speed-up is the ceiling for any two threads here.
  const halves = await Promise.all([shards.slice(0, shards.length / 2), shards.slice(shards.length / 2)].map((half) => convert([...half, '--jobs', '1'])))
  const sideBySide = Math.max(...halves.map((half) => half.seconds))
  rounds.push({one, two, speedUp: one.seconds / two.seconds, ceiling: one.seconds / sideBySide})
  console.log(
    `  round ${round}: --jobs 1 ${times(one)}; --jobs 2 ${times(two)}, ×${(one.seconds / two.seconds).toFixed(2)}; two --jobs 1 side by side ${sideBySide.toFixed(1)} s, ×${(one.seconds / sideBySide).toFixed(2)}`
  )
}
const one = medianBy(rounds, (round) => round.one.seconds).one
const two = medianBy(rounds, (round) => round.two.seconds).two
const speedUps = rounds.map((round) => round.speedUp)
console.log(`files, --jobs 1: ${rate(PAGES, one.seconds)} articles/s (median round: ${times(one)})`)
console.log(
  `files, --jobs 2: ${rate(PAGES, two.seconds)} articles/s (median round: ${times(two)}): ×${median(speedUps).toFixed(2)} of --jobs 1, median of ${ROUNDS} rounds (${range(speedUps)}; target ≥ 1.7)`
)
// With both cores free, --jobs 2 would run at most twice the CPU time per second of --jobs 1.
console.log(`  CPU per article: ${ms((1000 * one.cpuSeconds) / PAGES)} with --jobs 1, ${ms((1000 * two.cpuSeconds) / PAGES)} with --jobs 2: ×${((2 * one.cpuSeconds) / two.cpuSeconds).toFixed(2)} on two idle cores`)
const ceilings = rounds.map((round) => round.ceiling)
console.log(`  two --jobs 1 processes side by side, half the dump each: ×${median(ceilings).toFixed(2)} of one (${range(ceilings)}): what two cores here allow`)

const jsonl = await convert([dump.jsonl, '--jobs', '2'])
const jsonlQuarter = await convert([quarter, '--jobs', '2'])
console.log(
  `JSONL, --jobs 2: ${rate(PAGES, jsonl.seconds)} articles/s; peak RSS ${mb(jsonl.maxRss)} for ${PAGES} pages, ${mb(jsonlQuarter.maxRss)} for ${Math.ceil(PAGES / 4)} (target ≤ 200 MB on a 1 GB dump)`
)

const throughput = pipelineThroughput(texts)
console.log(
  `one thread: pipeline ${throughput.pipeline.rate.toFixed(2)} MB per CPU-second, bare retext-english parse ${throughput.retext.rate.toFixed(2)}: ${Math.round((100 * throughput.pipeline.rate) / throughput.retext.rate)}% (target ≥ 50%; after ${throughput.pipeline.warmedFor.toFixed(0)} s and ${throughput.retext.warmedFor.toFixed(0)} s of warm-up)`
)
console.log(`where the pipeline's time goes: ${(await stageCosts(texts)).join(', ')}`)

const startUp = await startUpTimes(texts.paths[0], RUNS)
console.log(
  `one-page run: median ${ms(startUp.cli)}; node -e 0: median ${ms(startUp.node)}: ×${(startUp.cli / startUp.node).toFixed(2)} (target ≤ 2.5; ${RUNS} runs each)`
)

/** Every fixture's input.txt, with its path. */
function fixtureTexts(dir) {
  const paths = readdirSync(dir, {recursive: true})
    .filter((path) => path.endsWith('input.txt'))
    .sort()
    .map((path) => join(dir, path))
  const list = paths.map((path) => readFileSync(path, 'utf8'))
  return Object.assign(list, {paths})
}

/** PAGES files in shards of FILES_PER_DIRECTORY, and the same pages as one JSONL file. */
function buildDump(pages) {
  const directory = join(WORK, 'files')
  rmSync(WORK, {recursive: true, force: true})
  let bytes = 0
  for (let n = 0; n < pages; n++) {
    const shard = join(directory, String(Math.floor(n / FILES_PER_DIRECTORY)).padStart(3, '0'))
    if (n % FILES_PER_DIRECTORY === 0) mkdirSync(shard, {recursive: true})
    const text = texts[n % texts.length]
    writeFileSync(join(shard, `${String(n).padStart(6, '0')}.txt`), text)
    bytes += Buffer.byteLength(text)
  }
  return {directory, bytes, jsonl: buildJsonl(join(WORK, 'dump.jsonl'), pages)}
}

function buildJsonl(path, pages) {
  mkdirSync(WORK, {recursive: true})
  const lines = Array.from({length: pages}, (_, n) => JSON.stringify({url: `https://example.org/${n}`, text: texts[n % texts.length]}))
  writeFileSync(path, `${lines.join('\n')}\n`)
  return path
}

/** One CLI run over `args`, output thrown away: wall time, CPU time (all threads) and peak RSS. */
function convert(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['--import', USAGE_HOOK, BIN, '-q', ...args], {stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000
      const usage = /^bench-usage (\d+) (\d+)$/m.exec(stderr)
      if (code !== 0 || !usage) reject(new Error(`article-parse ${args.join(' ')} exited ${code}:\n${stderr}`))
      else resolve({seconds, maxRss: Number(usage[1]) * 1024, cpuSeconds: Number(usage[2]) / 1e6})
    })
  })
}

/**
 * MB per CPU-second of parseArticle and of a bare retext-english parse over
 * the same texts, on this thread, each once V8 has optimised it. CPU time
 * rather than wall time, so that other work on the machine does not tilt the
 * comparison.
 */
function pipelineThroughput(list) {
  const retext = unified().use(retextEnglish)
  const bytes = list.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const cpuSeconds = () => {
    const {user, system} = process.cpuUsage()
    return (user + system) / 1e6
  }
  const measure = (work) => {
    const warmedFor = warmUp(() => {
      for (const text of list) work(text)
    }, cpuSeconds)
    let rounds = 0
    const started = cpuSeconds()
    while (cpuSeconds() - started < 4 || rounds < 3) {
      for (const text of list) work(text)
      rounds++
    }
    return {rate: (rounds * bytes) / 1e6 / (cpuSeconds() - started), warmedFor}
  }
  return {pipeline: measure((text) => parseArticle(text)), retext: measure((text) => retext.parse(text))}
}

/**
 * Runs `pass` until V8 has finished optimising it: while the optimising
 * compiler works, its background threads add CPU time that is start-up, not
 * throughput (measured on the fixtures: a third more CPU than wall time for
 * the first ten seconds of the pipeline, then a few per cent).
 */
function warmUp(pass, cpuSeconds) {
  const started = performance.now()
  let window = {wall: started, cpu: cpuSeconds()}
  while (performance.now() - started < WARM_UP_LIMIT_MS) {
    pass()
    const wall = performance.now() - window.wall
    if (wall < WARM_UP_WINDOW_MS) continue
    const busy = (1000 * (cpuSeconds() - window.cpu)) / wall
    if (performance.now() - started >= WARM_UP_MIN_MS && busy <= SETTLED_CPU_PER_WALL) break
    window = {wall: performance.now(), cpu: cpuSeconds()}
  }
  return (performance.now() - started) / 1000
}

/**
 * Share of the pipeline's CPU time by stage, from a CPU profile: a sample
 * belongs to the innermost src/plugins/ module on its stack, or to
 * text normalisation, the retext-english parse, or the rest.
 */
async function stageCosts(list) {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', {interval: 100})
  await session.post('Profiler.start')
  const started = performance.now()
  while (performance.now() - started < 3000) for (const text of list) parseArticle(text)
  const {profile} = await session.post('Profiler.stop')
  session.disconnect()
  const parents = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node)
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const stageOf = (node) => {
    for (let at = node; at; at = parents.get(at.id)) {
      const url = at.callFrame.url
      const plugin = /\/dist\/plugins\/([\w-]+)\.js$/.exec(url)
      if (plugin) return plugin[1]
      if (/\/dist\/text\/normalise\.js$/.test(url)) return 'normalise'
      if (/\/node_modules\/(?:parse-english|parse-latin|retext-english)\//.test(url)) return 'retext parse'
    }
    return 'other'
  }
  const costs = new Map()
  profile.samples.forEach((id, index) => {
    const stage = stageOf(byId.get(id))
    costs.set(stage, (costs.get(stage) ?? 0) + (profile.timeDeltas[index] ?? 0))
  })
  const total = [...costs.values()].reduce((sum, cost) => sum + cost, 0)
  return [...costs]
    .sort((a, b) => b[1] - a[1])
    .map(([stage, cost]) => `${stage} ${Math.round((100 * cost) / total)}%`)
}

/** Median wall time of `article-parse PAGE` and of `node -e 0`, runs interleaved so load affects both alike. */
async function startUpTimes(pagePath, runs) {
  const cli = []
  const node = []
  const time = (args) =>
    new Promise((resolve, reject) => {
      const started = performance.now()
      const child = spawn(process.execPath, args, {stdio: 'ignore'})
      child.on('error', reject)
      child.on('close', () => resolve(performance.now() - started))
    })
  for (let run = 0; run < runs; run++) {
    node.push(await time(['-e', '0']))
    cli.push(await time([BIN, pagePath]))
  }
  return {cli: median(cli), node: median(node)}
}

function median(list) {
  return medianBy(list, (value) => value)
}

/** The item whose key is the median: an odd count gives a measured item, not an average of two. */
function medianBy(list, key) {
  const sorted = [...list].sort((a, b) => key(a) - key(b))
  return sorted[Math.floor(sorted.length / 2)]
}

function range(list) {
  return `×${Math.min(...list).toFixed(2)} to ×${Math.max(...list).toFixed(2)}`
}

/** Wall and CPU time: CPU well below cores × wall means the machine was busy with other work. */
function times({seconds, cpuSeconds}) {
  return `${seconds.toFixed(1)} s, CPU ${cpuSeconds.toFixed(1)} s`
}

function rate(count, seconds) {
  return Math.round(count / seconds)
}

function mb(bytes) {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`
}

function ms(milliseconds) {
  return milliseconds < 10 ? `${milliseconds.toFixed(2)} ms` : `${Math.round(milliseconds)} ms`
}
