/**
 * Batch conversion through main(), on scratch trees in a temporary directory.
 */
import {existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {gzipSync} from 'node:zlib'
import {main} from '../src/cli/main.js'
import {WORKER_SCRIPT} from '../src/cli/runner.js'
import {listTree, ndjson, newsPage, scratchTree, streamIO} from './helpers/batch.js'

describe('a directory with --out-dir', () => {
  it('mirrors the tree: a/b/x.txt becomes OUT/a/b/x.json, other extensions are left alone', async () => {
    const root = scratchTree({'in/a/b/x.txt': newsPage(1), 'in/a/y.txt': newsPage(2), 'in/z.txt.gz': gzipSync(newsPage(3)), 'in/notes.md': '# not a page'})
    const io = streamIO()
    const code = await main([join(root, 'in'), '--out-dir', join(root, 'out'), '--jobs', '1'], io)
    expect(code).toBe(0)
    expect(listTree(join(root, 'out'))).toEqual(['a/b/x.json', 'a/y.json', 'z.json'])
    const article = JSON.parse(readFileSync(join(root, 'out/a/b/x.json'), 'utf8')) as Record<string, unknown>
    expect(article).toMatchObject({headline: 'Harbour board approves plan 1 for the old ferry terminal', date: '2024-03-04', source: join(root, 'in/a/b/x.txt')})
    expect(io.out()).toBe('')
  })

  it('writes .md files for --format markdown and .txt files for --explain', async () => {
    const root = scratchTree({'in/a.txt': newsPage(1), 'in/b/c.txt': newsPage(2)})
    expect(await main([join(root, 'in'), '-f', 'markdown', '-o', join(root, 'md'), '-j', '1'], streamIO())).toBe(0)
    expect(listTree(join(root, 'md'))).toEqual(['a.md', 'b/c.md'])
    expect(readFileSync(join(root, 'md/a.md'), 'utf8')).toContain('\n# Harbour board approves plan 1 for the old ferry terminal\n')
    expect(await main([join(root, 'in'), '--explain', '-o', join(root, 'explain'), '-j', '1'], streamIO())).toBe(0)
    expect(listTree(join(root, 'explain'))).toEqual(['a.txt', 'b/c.txt'])
    expect(readFileSync(join(root, 'explain/a.txt'), 'utf8')).toMatch(/^ +3 {2}headline {2}\S+ +Harbour board approves plan 1 for the old ferry terminal$/m)
  })

  it('picks up other extensions with --ext, and .gz versions of them', async () => {
    const root = scratchTree({'in/a.html': newsPage(1), 'in/b.text.gz': gzipSync(newsPage(2)), 'in/c.txt': newsPage(3)})
    const code = await main([join(root, 'in'), '--ext', 'html,.text', '-o', join(root, 'out'), '-j', '1'], streamIO())
    expect(code).toBe(0)
    expect(listTree(join(root, 'out'))).toEqual(['a.json', 'b.json'])
  })

  it('resumes with --skip-existing: outputs already there are kept, missing ones are written', async () => {
    const root = scratchTree({'in/a.txt': newsPage(1), 'in/b.txt': newsPage(2), 'in/c.txt': newsPage(3)})
    const out = join(root, 'out')
    expect(await main([join(root, 'in'), '-o', out, '-j', '1'], streamIO())).toBe(0)
    writeFileSync(join(out, 'a.json'), 'kept\n')
    const io = streamIO()
    await main([join(root, 'in'), '-o', out, '-j', '1', '--skip-existing'], io)
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('kept\n')
    expect(io.err()).toMatch(/^article-parse: 3 inputs in \d+\.\d s \([\d.]+\/s\): 0 parsed, 3 skipped \(output exists\)\n$/)

    rmSync(join(out, 'b.json'))
    const io2 = streamIO()
    await main([join(root, 'in'), '-o', out, '-j', '1', '--skip-existing'], io2)
    expect(JSON.parse(readFileSync(join(out, 'b.json'), 'utf8'))).toMatchObject({headline: 'Harbour board approves plan 2 for the old ferry terminal'})
    expect(io2.err()).toContain(': 1 parsed, 2 skipped (output exists)\n')
  })

  it('does not read its own output back when --out-dir is inside the input tree, on a rerun either', async () => {
    const root = scratchTree({'in/a.txt': newsPage(1), 'in/b.txt': newsPage(2)})
    const args = [join(root, 'in'), '-o', join(root, 'in/out'), '--format', 'pretty', '-j', '1']
    expect(await main(args, streamIO())).toBe(0)
    const io = streamIO()
    expect(await main(args, io)).toBe(0)
    expect(listTree(join(root, 'in'))).toEqual(['a.txt', 'b.txt', 'out/a.txt', 'out/b.txt'])
    expect(io.err()).toMatch(/^article-parse: 2 inputs in .*: 2 parsed\n/)
    // A glob walks the tree too.
    const globbed = streamIO()
    expect(await main([join(root, 'in/**/*.txt'), '-o', join(root, 'in/out/'), '--format', 'pretty', '-j', '1'], globbed)).toBe(0)
    expect(globbed.err()).toMatch(/^article-parse: 2 inputs in .*: 2 parsed\n/)
  })

  it('never overwrites an output of the same run: an input whose output file is taken fails, naming the first', async () => {
    const root = scratchTree({'in/x.txt': newsPage(1), 'in/x.txt.gz': gzipSync(newsPage(2)), 'more/x.txt': newsPage(3), 'in/d.jsonl': `${JSON.stringify({text: newsPage(4)})}\n`, 'in/d.txt': newsPage(5)})
    const out = join(root, 'out')
    const io = streamIO()
    const code = await main([join(root, 'in'), join(root, 'more'), '-o', out, '--ext', '.txt,.jsonl', '-j', '1', '--error-log', join(root, 'errors.ndjson')], io)
    expect(code).toBe(1)
    // A dump's records go to out/d/LINE.json, so d.txt's out/d.json takes nothing from it.
    expect(listTree(out)).toEqual(['d.json', 'd/1.json', 'x.json'])
    expect(JSON.parse(readFileSync(join(out, 'x.json'), 'utf8'))).toMatchObject({source: join(root, 'in/x.txt')})
    const taken = (second: string) => `article-parse: ${join(root, second)}: would overwrite the output of ${join(root, 'in/x.txt')}, converted earlier in this run`
    expect(io.err().split('\n').slice(0, 2)).toEqual([taken('in/x.txt.gz'), taken('more/x.txt')])
    expect(ndjson(readFileSync(join(root, 'errors.ndjson'), 'utf8')).map((entry) => entry.error)).toEqual(['same-output', 'same-output'])
  })

  it('writes atomically: no temporary file is left, and an output that cannot be written fails alone', async () => {
    const root = scratchTree({'in/a.txt': newsPage(1), 'in/sub/b.txt': newsPage(2), 'in/c.txt': newsPage(3), 'out/sub': 'a file where a directory should be'})
    const io = streamIO()
    const code = await main([join(root, 'in'), '-o', join(root, 'out'), '-j', '1'], io)
    expect(code).toBe(1)
    expect(listTree(join(root, 'out'))).toEqual(['a.json', 'c.json', 'sub'])
    expect(io.err()).toContain(`article-parse: ${join(root, 'in/sub/b.txt')}: cannot write ${join(root, 'out/sub/b.json')}:`)
  })

  it('stops before reading any page, with exit code 2, when the output directory cannot be made', async () => {
    const root = scratchTree({'in/a.txt': newsPage(1), 'in/b.txt': newsPage(2), taken: 'a file, not a directory'})
    const io = streamIO()
    expect(await main([join(root, 'in'), '-o', join(root, 'taken'), '-j', '1'], io)).toBe(2)
    expect(io.err()).toBe(`article-parse: cannot write to the output directory ${join(root, 'taken')}: it exists and is not a directory\n`)
    const below = streamIO()
    expect(await main([join(root, 'in'), '-o', join(root, 'taken/out'), '-j', '1'], below)).toBe(2)
    expect(below.err()).toBe(`article-parse: cannot write to the output directory ${join(root, 'taken/out')}: no such file (part of the path is a file, not a directory)\n`)
  })

  it('makes every missing level of a new output directory', async () => {
    const root = scratchTree({'in/a/b.txt': newsPage(1)})
    expect(await main([join(root, 'in'), '-o', join(root, 'new/deep/out'), '-j', '1'], streamIO())).toBe(0)
    expect(listTree(join(root, 'new'))).toEqual(['deep/out/a/b.json'])
  })

  // Node's own recursive mkdir spins for ever where a directory answers ENOENT for any child.
  ;(existsSync('/proc/self') ? it : it.skip)('fails on an output directory under /proc instead of hanging', async () => {
    const root = scratchTree({'in/a.txt': newsPage(1)})
    const io = streamIO()
    expect(await main([join(root, 'in'), '-o', '/proc/no-such-process/out', '-j', '1'], io)).toBe(2)
    expect(io.err()).toBe('article-parse: cannot write to the output directory /proc/no-such-process/out: no such file\n')
  })
})

describe('failures among good inputs', () => {
  it('reports each failed input on one line, writes the others, and exits 1', async () => {
    const root = scratchTree({'in/1-good.txt': newsPage(1), 'in/2-broken.txt.gz': 'not gzip at all', 'in/4-good.txt': newsPage(4)})
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'in/3-dangling.txt'))
    const io = streamIO()
    const code = await main([join(root, 'in'), '-j', '1', '--error-log', join(root, 'errors.ndjson')], io)
    expect(code).toBe(1)
    expect(ndjson(io.out()).map((article) => article.source)).toEqual([join(root, 'in/1-good.txt'), join(root, 'in/4-good.txt')])
    const errors = io.err().split('\n')
    expect(errors[0]).toMatch(new RegExp(`^article-parse: ${join(root, 'in/2-broken.txt.gz')}: not a readable gzip file \\(.+\\)$`))
    expect(errors[1]).toBe(`article-parse: ${join(root, 'in/3-dangling.txt')}: no such file`)
    expect(ndjson(readFileSync(join(root, 'errors.ndjson'), 'utf8'))).toEqual([
      {source: join(root, 'in/2-broken.txt.gz'), error: 'gzip', message: expect.stringMatching(/^not a readable gzip file/)},
      {source: join(root, 'in/3-dangling.txt'), error: 'ENOENT', message: 'no such file'}
    ])
  })

  it('refuses pages over --max-bytes however they come: file, .gz, JSONL record, --split page', async () => {
    const big = `${newsPage(1)}${'The terminal will keep its old clock tower. '.repeat(60)}\n` // about 3.3 KB, one page
    const root = scratchTree({
      'a-ok.txt': newsPage(1),
      'b-big.txt': big,
      'c-big.txt.gz': gzipSync(big),
      'd.jsonl': `${JSON.stringify({text: newsPage(2)})}\n${JSON.stringify({text: big})}\n`,
      'e-pages.txt': newsPage(3) + big
    })
    const io = streamIO()
    const code = await main([join(root, 'a-ok.txt'), join(root, 'b-big.txt'), join(root, 'c-big.txt.gz'), join(root, 'd.jsonl'), '--max-bytes', '2k', '-j', '1', '-q'], io)
    expect(code).toBe(1)
    const split = streamIO()
    expect(await main([join(root, 'e-pages.txt'), '--split', '--max-bytes', '2k', '-j', '1', '-q'], split)).toBe(1)
    expect(ndjson(split.out()).map((article) => article.source)).toEqual([`${join(root, 'e-pages.txt')}#1`])
    const secondPage = newsPage(3).split('\n').length
    expect(split.err()).toMatch(new RegExp(`^article-parse: ${join(root, 'e-pages.txt')}#${secondPage}: too large: [\\d,]+ bytes, over the limit of 2,048 bytes \\(--max-bytes\\)\n$`))
    expect(ndjson(io.out()).map((article) => article.source)).toEqual([join(root, 'a-ok.txt'), `${join(root, 'd.jsonl')}#1`])
    expect(io.err().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^article-parse: ${join(root, 'b-big.txt')}: too large: [\\d,]+ bytes, over the limit of 2,048 bytes \\(--max-bytes\\)$`)),
      `article-parse: ${join(root, 'c-big.txt.gz')}: too large: inflates to more than 2,048 bytes, the limit (--max-bytes)`,
      expect.stringMatching(new RegExp(`^article-parse: ${join(root, 'd.jsonl')}#2: too large: [\\d,]+ bytes, over the limit of 2,048 bytes \\(--max-bytes\\)$`)),
      ''
    ])
  })

  it('says so when a file name is not valid UTF-8, rather than that the file does not exist', async () => {
    const root = scratchTree({'in/ok.txt': newsPage(1)})
    writeFileSync(Buffer.concat([Buffer.from(join(root, 'in/caf')), Buffer.from([0xe9]), Buffer.from('.txt')]), newsPage(2))
    const io = streamIO()
    expect(await main([join(root, 'in'), '-j', '1', '-q'], io)).toBe(1)
    expect(ndjson(io.out()).map((article) => article.source)).toEqual([join(root, 'in/ok.txt')])
    const message = `article-parse: ${join(root, 'in/caf\uFFFD.txt')}: its name is not valid UTF-8, so it cannot be opened; rename it (convmv renames whole trees)\n`
    expect(io.err()).toBe(message)
    // Named on the command line, the name has been through the same decoding.
    const named = streamIO()
    expect(await main([join(root, 'in/caf\uFFFD.txt'), '-q'], named)).toBe(1)
    expect(named.err()).toBe(message)
  })

  it('fails a named file that does not exist and carries on with the next', async () => {
    const root = scratchTree({'a.txt': newsPage(1)})
    const io = streamIO()
    expect(await main([join(root, 'missing.txt'), join(root, 'a.txt'), '-j', '1'], io)).toBe(1)
    expect(ndjson(io.out())).toHaveLength(1)
    expect(io.err()).toContain(`article-parse: ${join(root, 'missing.txt')}: no such file\n`)
  })
})

describe('several jobs', () => {
  // --jobs 2: one worker thread and the main thread; --jobs 3: two workers and the main thread.
  it.each([2, 3])('writes NDJSON in input order with --jobs %i, even when pages finish out of order', async (jobs) => {
    expect(existsSync(WORKER_SCRIPT)).toBe(true) // built by `npm install` / `npm ci` (prepare)
    // Long pages next to short ones, and more pages than the workers take at once, so that they finish out of turn.
    const files = Object.fromEntries(Array.from({length: 60}, (_, n) => [`in/${String(n).padStart(2, '0')}.txt`, n % 3 === 0 ? newsPage(n).repeat(40) : newsPage(n)]))
    const root = scratchTree(files)
    const io = streamIO()
    const code = await main([join(root, 'in'), '--jobs', String(jobs)], io)
    expect(code).toBe(0)
    expect(ndjson(io.out()).map((article) => article.source)).toEqual(Object.keys(files).map((path) => join(root, path)))
  }, 60_000)
})

describe('JSONL dumps', () => {
  const records = [
    JSON.stringify({url: 'https://example.org/1', text: newsPage(1)}),
    '{"url": "https://example.org/2", "text": "cut off',
    '',
    // A scraper's `"text": null` where it found nothing: the page is in the next field of the list.
    JSON.stringify({url: 'https://example.org/3', text: null, content: newsPage(3)}),
    JSON.stringify({url: 'https://example.org/4', title: 'no text field'})
  ]

  it('converts one record per line; a malformed line fails alone, with FILE#LINE as its source', async () => {
    const root = scratchTree({'dump.jsonl': `${records.join('\n')}\n`})
    const io = streamIO()
    const code = await main([join(root, 'dump.jsonl'), '-j', '1'], io)
    expect(code).toBe(1)
    const articles = ndjson(io.out())
    expect(articles.map((article) => [article.source, article.headline])).toEqual([
      [`${join(root, 'dump.jsonl')}#1`, 'Harbour board approves plan 1 for the old ferry terminal'],
      [`${join(root, 'dump.jsonl')}#4`, 'Harbour board approves plan 3 for the old ferry terminal']
    ])
    expect(io.err().split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(new RegExp(`^article-parse: ${join(root, 'dump.jsonl')}#2: malformed JSON line: .+`)),
      `article-parse: ${join(root, 'dump.jsonl')}#5: no text: the record has no string field "text", "content", "body"`
    ])
  })

  it('takes source from --id-field and text from --text-field, and reads .jsonl.gz', async () => {
    const dump = [JSON.stringify({url: 'https://example.org/7', html: 'x', page: newsPage(7)}), JSON.stringify({page: newsPage(8)})].join('\n')
    const root = scratchTree({'dump.jsonl.gz': gzipSync(dump)})
    const io = streamIO()
    expect(await main([join(root, 'dump.jsonl.gz'), '--id-field', 'url', '--text-field', 'page', '-j', '1'], io)).toBe(0)
    expect(ndjson(io.out()).map((article) => article.source)).toEqual(['https://example.org/7', `${join(root, 'dump.jsonl.gz')}#2`])
  })

  it('inflates a page in gzip whatever its name, and on standard input', async () => {
    const root = scratchTree({'saved-as-is.txt': gzipSync(newsPage(1))})
    const io = streamIO()
    expect(await main([join(root, 'saved-as-is.txt')], io)).toBe(0)
    expect(JSON.parse(io.out())).toMatchObject({headline: 'Harbour board approves plan 1 for the old ferry terminal'})
    const piped = streamIO({stdin: Readable.from([gzipSync(newsPage(2))])})
    expect(await main(['-'], piped)).toBe(0)
    expect(JSON.parse(piped.out())).toMatchObject({headline: 'Harbour board approves plan 2 for the old ferry terminal'})
  })

  it('inflates a dump in gzip under a plain name, and on standard input', async () => {
    const dump = gzipSync(`${records[0]}\n${records[3]}\n`)
    const root = scratchTree({'dump.jsonl': dump})
    const named = streamIO()
    expect(await main([join(root, 'dump.jsonl'), '-j', '1'], named)).toBe(0)
    expect(ndjson(named.out()).map((article) => article.headline)).toEqual([
      'Harbour board approves plan 1 for the old ferry terminal',
      'Harbour board approves plan 3 for the old ferry terminal'
    ])
    const piped = streamIO({stdin: Readable.from([dump])})
    expect(await main(['--input-format', 'jsonl', '-', '-j', '1'], piped)).toBe(0)
    expect(ndjson(piped.out())).toHaveLength(2)
  })

  it('converts the records of a .jsonl.gz cut off inside its gzip stream, then fails the file as unreadable gzip', async () => {
    const whole = gzipSync(Array.from({length: 400}, (_, n) => JSON.stringify({text: newsPage(n)})).join('\n'))
    const root = scratchTree({'cut.jsonl.gz': whole.subarray(0, Math.floor(whole.length / 2))})
    const io = streamIO()
    expect(await main([join(root, 'cut.jsonl.gz'), '-j', '1', '--error-log', join(root, 'errors.ndjson')], io)).toBe(1)
    const converted = ndjson(io.out())
    expect(converted.length).toBeGreaterThan(0)
    expect(converted.map((article) => article.source)).toEqual(converted.map((_, index) => `${join(root, 'cut.jsonl.gz')}#${index + 1}`))
    expect(io.err().split('\n')[0]).toBe(`article-parse: ${join(root, 'cut.jsonl.gz')}: not a readable gzip file (unexpected end of file)`)
    expect(ndjson(readFileSync(join(root, 'errors.ndjson'), 'utf8'))).toEqual([
      {source: join(root, 'cut.jsonl.gz'), error: 'gzip', message: 'not a readable gzip file (unexpected end of file)'}
    ])
  })

  it('writes records under --out-dir as DUMP/LINE.json', async () => {
    const root = scratchTree({'in/dump.ndjson': `${records[0]}\n${records[3]}\n`})
    expect(await main([join(root, 'in'), '--ext', '.ndjson', '-o', join(root, 'out'), '-j', '1'], streamIO())).toBe(0)
    expect(listTree(join(root, 'out'))).toEqual(['dump/1.json', 'dump/2.json'])
  })

  it('reads records from standard input with --input-format jsonl', async () => {
    const io = streamIO({stdin: `${records[0]}\n${records[3]}\n`})
    expect(await main(['--input-format', 'jsonl', '-', '-j', '1'], io)).toBe(0)
    expect(ndjson(io.out()).map((article) => article.source)).toEqual(['<stdin>#1', '<stdin>#2'])
  })
})

describe('--split', () => {
  it('cuts a text file into pages at each date prefix', async () => {
    const root = scratchTree({'pages.txt': [newsPage(1, '2024-03-01'), newsPage(2, '2024-03-02'), newsPage(3, '2024-03-03')].join('')})
    const io = streamIO()
    expect(await main([join(root, 'pages.txt'), '--split', '-j', '1'], io)).toBe(0)
    const lines = newsPage(1).split('\n').length - 1
    expect(ndjson(io.out()).map((article) => [article.source, article.date])).toEqual([
      [`${join(root, 'pages.txt')}#1`, '2024-03-01'],
      [`${join(root, 'pages.txt')}#${lines + 1}`, '2024-03-02'],
      [`${join(root, 'pages.txt')}#${2 * lines + 1}`, '2024-03-03']
    ])
  })
})

describe('globs and lists', () => {
  it('expands a quoted glob pattern itself, in name order', async () => {
    const root = scratchTree({'d/b/2.txt': newsPage(2), 'd/a/1.txt': newsPage(1), 'd/a/skip.md': 'x', 'd/top.txt': newsPage(3)})
    const io = streamIO()
    expect(await main([join(root, 'd/**/*.txt'), '-j', '1'], io)).toBe(0)
    expect(ndjson(io.out()).map((article) => article.source)).toEqual([join(root, 'd/a/1.txt'), join(root, 'd/b/2.txt'), join(root, 'd/top.txt')])
  })

  it('fails a pattern that matches nothing', async () => {
    const root = scratchTree()
    const io = streamIO()
    expect(await main([join(root, '*.txt'), '-j', '1'], io)).toBe(1)
    expect(io.err()).toContain(`article-parse: ${join(root, '*.txt')}: no file matches this pattern\n`)
  })

  it('fails a pattern under a directory that does not exist once, as matching nothing', async () => {
    const root = scratchTree()
    const io = streamIO()
    expect(await main([join(root, 'missing/**/*.txt'), '-j', '1'], io)).toBe(1)
    expect(io.err()).toMatch(new RegExp(`^article-parse: ${join(root, 'missing/\\*\\*/\\*\\.txt')}: no file matches this pattern\narticle-parse: 1 input in .*: 0 parsed, 1 failed\n`))
  })

  it('reads paths from --files-from, one per line', async () => {
    const root = scratchTree({'a.txt': newsPage(1), 'dir/b.txt': newsPage(2)})
    const list = scratchTree({'list.txt': `${join(root, 'dir')}\n\n${join(root, 'a.txt')}\n`})
    const io = streamIO()
    expect(await main(['--files-from', join(list, 'list.txt'), '-j', '1'], io)).toBe(0)
    expect(ndjson(io.out()).map((article) => article.source)).toEqual([join(root, 'dir/b.txt'), join(root, 'a.txt')])
  })

  it('reads paths from --files0-from, each ended by a NUL byte, names with newlines and edge spaces kept whole', async () => {
    const root = scratchTree({'two\nlines.txt': newsPage(1), ' spaced .txt': newsPage(2), 'last.txt': newsPage(3)})
    // As `find -print0` writes them, and a last name without its NUL; an empty entry is skipped.
    const names = [join(root, 'two\nlines.txt'), join(root, ' spaced .txt'), '', join(root, 'last.txt')]
    const list = scratchTree({'list0': `${names.slice(0, 3).join('\0')}\0${names[3]}`})
    const io = streamIO()
    expect(await main(['--files0-from', join(list, 'list0'), '-j', '1'], io)).toBe(0)
    expect(ndjson(io.out()).map((article) => article.source)).toEqual([names[0], names[1], names[3]])
  })

  it('keeps each error on one line when a listed name holds a newline or a tab, written as an escape', async () => {
    const root = scratchTree()
    const io = streamIO({stdin: `${join(root, 'no\nsuch\t.txt')}\0`})
    expect(await main(['--files0-from', '-', '-j', '1', '-q'], io)).toBe(1)
    expect(io.err()).toBe(`article-parse: ${join(root, 'no\\nsuch\\t.txt')}: no such file\n`)
  })

  it('reads a --files0-from list from standard input', async () => {
    const root = scratchTree({'a.txt': newsPage(1), 'b.txt': newsPage(2)})
    const io = streamIO({stdin: `${join(root, 'b.txt')}\0${join(root, 'a.txt')}\0`})
    expect(await main(['--files0-from', '-', '-j', '1'], io)).toBe(0)
    expect(ndjson(io.out()).map((article) => article.source)).toEqual([join(root, 'b.txt'), join(root, 'a.txt')])
  })

  it('fails a --files-from list that cannot be read, and still converts the named inputs', async () => {
    const root = scratchTree({'a.txt': newsPage(1)})
    const io = streamIO()
    expect(await main([join(root, 'a.txt'), '--files-from', join(root, 'no-list.txt'), '-j', '1'], io)).toBe(1)
    expect(ndjson(io.out())).toHaveLength(1)
    expect(io.err()).toContain(`article-parse: ${join(root, 'no-list.txt')}: no such file\n`)
  })
})

describe('the summary', () => {
  it('follows the run: counts, time, rate and field coverage', async () => {
    const root = scratchTree({'a.txt': newsPage(1), 'b.txt': newsPage(2), 'c.txt.gz': 'broken'})
    const io = streamIO()
    expect(await main([root, '-j', '1'], io)).toBe(1)
    const [counts, coverage, end] = io.err().split('\n').slice(-3)
    expect(counts).toMatch(/^article-parse: 3 inputs in \d+\.\d s \(\d+(?:\.\d)?\/s\): 2 parsed, 1 failed$/)
    expect(coverage).toMatch(/^coverage: date 100% · headline 100% · byline 100% · body 100% · quotes \d+% · teasers \d+%$/)
    expect(end).toBe('')
  })

  it('is left out with --quiet, which keeps the error lines', async () => {
    const root = scratchTree({'a.txt': newsPage(1), 'b.txt.gz': 'broken'})
    const io = streamIO()
    expect(await main([root, '-q', '-j', '1'], io)).toBe(1)
    expect(io.err()).toMatch(/^article-parse: .*b\.txt\.gz: not a readable gzip file .*\n$/)
  })

  it('is not printed for a single page', async () => {
    const root = scratchTree({'a.txt': newsPage(1)})
    const io = streamIO()
    expect(await main([join(root, 'a.txt')], io)).toBe(0)
    expect(io.err()).toBe('')
    expect(JSON.parse(io.out())).toMatchObject({source: join(root, 'a.txt')})
  })
})

describe('the progress bar', () => {
  // Enough pages for the run to outlast the bar's first frame (a tenth of a second).
  const pages = Object.fromEntries(Array.from({length: 60}, (_, n) => [`${String(n).padStart(2, '0')}.txt`, newsPage(n)]))

  it('shows done/total and rate on standard error when it is a terminal, with error lines above it', async () => {
    const root = scratchTree({...pages, 'zz-last.txt.gz': 'broken'})
    const io = streamIO({stderrTTY: true})
    expect(await main([root, '-j', '1'], io)).toBe(1)
    expect(io.err()).toMatch(/[█░]{30} \d+\/61 articles · [\d.]+\/s · ETA /)
    expect(io.err()).toContain(`article-parse: ${join(root, 'zz-last.txt.gz')}: not a readable gzip file`)
    expect(io.err()).toContain('article-parse: 61 inputs in ')
    // Line wrapping stays on (no ESC[?7l), so a message longer than the terminal is wrapped, not cut off.
    expect(io.err()).not.toContain('\x1B[?7l')
  })

  it('is not shown when standard error is not a terminal, nor with --no-progress or --quiet', async () => {
    const root = scratchTree(pages)
    for (const [flags, tty] of [[[], false], [['--no-progress'], true], [['--quiet'], true]] as const) {
      const io = streamIO({stderrTTY: tty})
      expect(await main([root, '-j', '1', ...flags], io)).toBe(0)
      expect(io.err()).not.toContain('articles ·')
    }
  })
})

describe('ending early', () => {
  it('stops quietly with exit 0 when standard output is closed (EPIPE)', async () => {
    const root = scratchTree(Object.fromEntries(Array.from({length: 30}, (_, n) => [`${String(n).padStart(2, '0')}.txt`, newsPage(n)])))
    const io = streamIO({closeAfterWrites: 2})
    expect(await main([root, '-j', '1'], io)).toBe(0)
    expect(ndjson(io.out())).toHaveLength(2)
    expect(io.err()).toBe('')
  })

  it('stops with exit 2 and one plain line when standard output cannot be written (a full disk)', async () => {
    const root = scratchTree({'a.txt': newsPage(1), 'b.txt': newsPage(2), 'c.txt': newsPage(3)})
    const io = streamIO({closeAfterWrites: 1, writeErrorCode: 'ENOSPC'})
    expect(await main([root, '-j', '1'], io)).toBe(2)
    expect(io.err()).toBe('article-parse: cannot write the output: no space left on device\n')
  })

  it('on Ctrl-C stops taking inputs, finishes what is in flight, prints the summary and exits 130', async () => {
    const root = scratchTree(Object.fromEntries(Array.from({length: 40}, (_, n) => [`in/${String(n).padStart(2, '0')}.txt`, newsPage(n)])))
    const interrupt = new AbortController()
    const io = streamIO({signal: interrupt.signal})
    // Interrupt as soon as the first article is written.
    const out = join(root, 'out')
    const watcher = setInterval(() => existsSync(join(out, '00.json')) && interrupt.abort('SIGINT'), 1)
    const code = await main([join(root, 'in'), '-o', out, '-j', '1'], io)
    clearInterval(watcher)
    expect(code).toBe(130)
    const written = listTree(out)
    expect(written.length).toBeGreaterThan(0)
    expect(written.length).toBeLessThan(40)
    expect(written.every((path) => /^\d\d\.json$/.test(path))).toBe(true)
    expect(io.err()).toMatch(new RegExp(`^article-parse: interrupted \\(SIGINT\\) after ${written.length} inputs in `))
  })
})

describe('usage', () => {
  it('refuses --skip-existing without --out-dir, and a bad --jobs', async () => {
    const io = streamIO()
    expect(await main(['x.txt', '--skip-existing'], io)).toBe(2)
    expect(io.err()).toBe("article-parse: --skip-existing needs --out-dir (it skips inputs whose output file exists)\nTry 'article-parse --help' for more information.\n")
    const io2 = streamIO()
    expect(await main(['x.txt', '--jobs', '0'], io2)).toBe(2)
    expect(io2.err()).toContain("option '-j, --jobs <n>' argument '0' is invalid. Give a whole number of at least 1.")
  })

  it('refuses two lists of paths, and standard input as both an input and the list', async () => {
    const both = streamIO()
    expect(await main(['--files-from', 'a', '--files0-from', 'b'], both)).toBe(2)
    expect(both.err()).toBe("article-parse: give one list of paths: --files-from or --files0-from, not both\nTry 'article-parse --help' for more information.\n")
    const stdinTwice = streamIO()
    expect(await main(['-', '--files0-from', '-'], stdinTwice)).toBe(2)
    expect(stdinTwice.err()).toBe("article-parse: standard input cannot be both an input and the --files0-from list\nTry 'article-parse --help' for more information.\n")
  })

  it('keeps a named file under --out-dir at its relative path, without the leading ..', async () => {
    const root = scratchTree({'in/a.txt': newsPage(1)})
    mkdirSync(join(root, 'work'))
    const cwd = process.cwd()
    process.chdir(join(root, 'work'))
    try {
      expect(await main(['../in/a.txt', '-o', 'out', '-j', '1'], streamIO())).toBe(0)
    } finally {
      process.chdir(cwd)
    }
    expect(listTree(join(root, 'work/out'))).toEqual(['in/a.json'])
  })
})
