/** The installed command: the built binary, spawned as a user runs it. */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const BIN = fileURLToPath(new URL('../bin/article-parse.js', import.meta.url))
const BUILT = existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))
const FIXTURE = fileURLToPath(new URL('../fixtures/wire-dateline/input.txt', import.meta.url))

;(BUILT ? describe : describe.skip)('bin/article-parse.js', () => {
  it('parses a file to JSON on stdout with exit code 0', () => {
    const run = spawnSync(process.execPath, [BIN, FIXTURE], {encoding: 'utf8'})
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).byline).toBe('By Amara Okafor and Tomasz Wirth, Reuters')
  })

  it('starts from the code cache the build saved: V8 accepts it under the flags a run sets', () => {
    const load = fileURLToPath(new URL('../dist/cli/load.js', import.meta.url))
    const script = `import(${JSON.stringify(load)}).then((m) => console.log(m.loadCli().cacheAccepted))`
    const run = spawnSync(process.execPath, ['-e', script], {encoding: 'utf8'})
    expect(run.stdout).toBe('true\n')
  })

  it('changes no V8 setting that breaks code compiled before the CLI loads', () => {
    const load = fileURLToPath(new URL('../dist/cli/load.js', import.meta.url))
    // Patterns that have run once, as Node's own have before the CLI loads, then run again after.
    const script = `const patterns = Array.from({length: 200}, (_, n) => new RegExp('([a-z]+)' + n))
      const run = () => patterns.forEach((pattern, n) => pattern.exec('hello world 123 '.repeat(5) + n))
      run()
      import(${JSON.stringify(load)}).then((m) => { m.loadCli(); for (let round = 0; round < 50; round++) run(); console.log('done') })`
    const run = spawnSync(process.execPath, ['-e', script], {encoding: 'utf8'})
    expect({status: run.status, signal: run.signal, stdout: run.stdout}).toEqual({status: 0, signal: null, stdout: 'done\n'})
  })

  it('reports a missing file in one line without a stack trace and exits 1', () => {
    const run = spawnSync(process.execPath, [BIN, 'missing.txt'], {encoding: 'utf8'})
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('article-parse: missing.txt: no such file\n')
  })

  it('ends quietly when the reader closes the pipe early', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" --format ndjson ${Array(200).fill(FIXTURE).join(' ')} | head -c 10`], {encoding: 'utf8'})
    expect(run.stdout).toBe('{"date":"2')
    expect(run.stderr).toBe('')
  })
})
