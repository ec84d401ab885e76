/** The installed command: the built binary, spawned as a user runs it. */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
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
    // Patterns that have run once on short subjects, as Node's own have before the CLI loads (V8 has
    // interpreted them only), then run again after, on one-byte, two-byte and long subjects.
    const script = `const patterns = Array.from({length: 200}, (_, n) => new RegExp('([a-z]+)' + n, n % 2 ? 'u' : ''))
      const subjects = ['hello world 123 '.repeat(5), 'hello ’world’ 123 '.repeat(5), 'hello world 123 '.repeat(100)]
      const run = (some) => patterns.forEach((pattern, n) => some.forEach((subject) => pattern.exec(subject + n)))
      run(subjects.slice(0, 2))
      import(${JSON.stringify(load)}).then((m) => { m.loadCli(); for (let round = 0; round < 50; round++) run(subjects); console.log('done') })`
    const run = spawnSync(process.execPath, ['-e', script], {encoding: 'utf8'})
    expect({status: run.status, signal: run.signal, stdout: run.stdout}).toEqual({status: 0, signal: null, stdout: 'done\n'})
  })

  it('loads for a one-page run only what it needs: no legacy codecs, YAML, globbing, zlib, child processes or terminal detection', () => {
    const load = fileURLToPath(new URL('../dist/cli/load.js', import.meta.url))
    const script = `import(${JSON.stringify(load)}).then(async (m) => {
        const {Writable} = await import('node:stream')
        const discard = new Writable({write: (_chunk, _encoding, done) => done()})
        await m.loadCli().main([${JSON.stringify(FIXTURE)}], {stdin: process.stdin, stdout: discard, stderr: process.stderr, env: {}})
        const {createRequire} = await import('node:module')
        const packages = Object.keys(createRequire(${JSON.stringify(load)}).cache).map((path) => path.match(/node_modules\\/([^/]+)/)?.[1]).filter(Boolean)
        const builtins = process.moduleLoadList.filter((name) => /^NativeModule (?:zlib|child_process|tty)$/.test(name))
        console.log(JSON.stringify([...new Set(packages), ...builtins]))
      })`
    const run = spawnSync(process.execPath, ['-e', script], {encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual([])
    // Nor does the bundle compiled at start-up hold them: they load from node_modules when asked for.
    const bundle = readFileSync(fileURLToPath(new URL('../dist/cli/main.bundle.cjs', import.meta.url)), 'utf8')
    expect(bundle.match(/^\/\/ node_modules\/(?:yaml|iconv-lite|chardet|picomatch|entities)\//m)).toBeNull()
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
