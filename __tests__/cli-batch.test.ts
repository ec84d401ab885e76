/**
 * The built command as a real process: closed pipes, Ctrl-C, and standard
 * input read as a stream, the way shells and cluster engines run it.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {BIN, listTree, ndjson, newsPage, scratchTree} from './helpers/batch.js'

interface Finished {
  code: number | null
  stdout: string
  stderr: string
}

function finished(child: ChildProcess): Promise<Finished> {
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

function bash(script: string): Promise<Finished> {
  return finished(spawn('bash', ['-c', script]))
}

/** Resolves when `condition` holds, checking every few milliseconds; gives up after `seconds`. */
async function until(condition: () => boolean, seconds = 20): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`still waiting after ${seconds} s`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

const manyPages = (count: number) => Object.fromEntries(Array.from({length: count}, (_, n) => [`in/${String(n).padStart(3, '0')}.txt`, newsPage(n)]))

// The output must overflow the pipe's 64 KiB buffer (about 1 KB per page here), or the
// whole run can finish writing before head exits and no write ever meets the closed pipe.
it('ends quietly with exit 0 when the reader of its output goes away (| head)', async () => {
  const root = scratchTree(manyPages(300))
  const result = await bash(`node ${BIN} ${join(root, 'in')} --jobs 2 | head -n 1; echo "article-parse exited $\{PIPESTATUS[0]}" >&2`)
  expect(ndjson(result.stdout)).toHaveLength(1)
  expect(result.stderr).toBe('article-parse exited 0\n')
}, 30_000)

it('refuses a page too big for the heap with one line, instead of dying of it, and converts the rest', async () => {
  const paragraph = 'The harbour board approved the plan for the ferry terminal on Monday, ending a dispute of two years.\n\n'
  const root = scratchTree({'in/1-big.txt': `Harbour plan approved\n\n${paragraph.repeat(20_000)}`, 'in/2-small.txt': newsPage(2)})
  const child = spawn(process.execPath, ['--max-old-space-size=128', BIN, join(root, 'in'), '--jobs', '1', '-q'])
  const {code, stdout, stderr} = await finished(child)
  expect(code).toBe(1)
  expect(ndjson(stdout).map((article) => article.source)).toEqual([join(root, 'in/2-small.txt')])
  expect(stderr).toMatch(
    new RegExp(`^article-parse: ${join(root, 'in/1-big.txt')}: too large to parse in the memory Node gives this process: it needs about [\\d,]+ MB and \\d+ MB are free \\(.*\\)\n$`)
  )
}, 30_000)

// With workers up to 64 pages per job are in flight when Ctrl-C comes, so that run has more pages.
it.each([
  [1, 200],
  [2, 400]
])('on Ctrl-C with --jobs %i finishes what is in flight, leaves no partial file, prints the summary and exits 130', async (jobs, pages) => {
  const root = scratchTree(manyPages(pages))
  const out = join(root, 'out')
  const child = spawn(process.execPath, [BIN, join(root, 'in'), '--out-dir', out, '--jobs', String(jobs)])
  const result = finished(child)
  await until(() => existsSync(join(out, '000.json')))
  child.kill('SIGINT')
  const {code, stderr} = await result
  expect(code).toBe(130)
  const written = listTree(out)
  expect(written.length).toBeLessThan(pages)
  expect(written.every((path) => /^\d{3}\.json$/.test(path))).toBe(true)
  for (const path of written) expect(() => JSON.parse(readFileSync(join(out, path), 'utf8')) as unknown).not.toThrow()
  expect(stderr).toMatch(new RegExp(`^article-parse: interrupted \\(SIGINT\\) after ${written.length} inputs in [\\d.]+ s .*\\ncoverage: .*\\n$`))
}, 30_000)

describe('as a streaming filter (--input-format jsonl -)', () => {
  it.each([1, 2])('writes each article as soon as it is parsed, with --jobs %i', async (jobs) => {
    const child = spawn(process.execPath, [BIN, '--input-format', 'jsonl', '--id-field', 'url', '--jobs', String(jobs), '-'])
    const result = finished(child)
    let lines = 0
    child.stdout.on('data', (chunk: Buffer) => (lines += chunk.toString().split('\n').length - 1))
    // Each record is sent only once the article of the one before has come out.
    for (let n = 1; n <= 3; n++) {
      child.stdin.write(`${JSON.stringify({url: `https://example.org/${n}`, text: newsPage(n)})}\n`)
      await until(() => lines === n)
    }
    child.stdin.end()
    const {code, stdout} = await result
    expect(code).toBe(0)
    expect(ndjson(stdout).map((article) => article.source)).toEqual(['https://example.org/1', 'https://example.org/2', 'https://example.org/3'])
  }, 30_000)

  it('gives the same articles when a dump is cut into blocks piped through it separately (the README recipe)', async () => {
    const records = Array.from({length: 6}, (_, n) => JSON.stringify({url: `https://example.org/${n}`, text: newsPage(n)}))
    const root = scratchTree({'dump.jsonl': `${records.join('\n')}\n`, 'block-1.jsonl': `${records.slice(0, 4).join('\n')}\n`, 'block-2.jsonl': `${records.slice(4).join('\n')}\n`})
    const mapper = `node ${BIN} --input-format jsonl --id-field url -q -`
    const whole = await bash(`${mapper} < ${join(root, 'dump.jsonl')}`)
    const blocks = await bash(`for block in ${join(root, 'block-1.jsonl')} ${join(root, 'block-2.jsonl')}; do cat "$block" | ${mapper}; done`)
    expect(blocks.code).toBe(0)
    expect(blocks.stderr).toBe('')
    expect(ndjson(blocks.stdout)).toEqual(ndjson(whole.stdout))
    expect(ndjson(blocks.stdout)).toHaveLength(6)
  }, 30_000)
})

// Long pages keep the main thread parsing when both signals come, so Node reads them
// in one turn of its loop: the second must still end the run, with no summary.
it.each([
  ['SIGINT', 'SIGINT', 130],
  ['SIGINT', 'SIGTERM', 143]
])('a second signal (%s, then %s) while pages are in flight ends the run at once with exit %i', async (first, second, exitCode) => {
  const paragraph = 'The harbour board of Port Elland approved the plan for the disused ferry terminal on Monday.\n\n'
  const longPage = `${newsPage(0)}\n${paragraph.repeat(2000)}`
  const root = scratchTree(Object.fromEntries(Array.from({length: 100}, (_, n) => [`in/${String(n).padStart(3, '0')}.txt`, longPage])))
  const child = spawn(process.execPath, [BIN, join(root, 'in'), '--jobs', '1'])
  const result = finished(child)
  let firstArticle = false
  child.stdout.once('data', () => (firstArticle = true))
  await until(() => firstArticle)
  child.kill(first as NodeJS.Signals)
  await new Promise((resolve) => setTimeout(resolve, 100))
  child.kill(second as NodeJS.Signals)
  const {code, stderr} = await result
  expect(code).toBe(exitCode)
  expect(stderr).toBe('')
}, 30_000)
