/**
 * The README's jq recipes, run as written on a dump of three articles.
 * Skipped where jq is not installed.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {formatNdjson} from '../src/format/json.js'
import {sampleArticle} from './helpers/article.js'
import {hasCommand} from './helpers/commands.js'

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const HAS_JQ = hasCommand('jq', '--version')

/** The commands of the first `sh` block under the "jq recipes" heading, comments left out. */
function recipes(): string[] {
  const section = README.slice(README.indexOf('## jq recipes'))
  const block = /```sh\n([^]*?)```/.exec(section)?.[1] ?? ''
  return block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'))
}

const dump = [
  sampleArticle(),
  sampleArticle({
    date: '2024-03-05',
    headline: 'Lake ferry resumes after "storm" week',
    source: 'pages/kisumu.txt',
    body: ['"The lake is calm again and so are we," said Halima Odhiambo.'],
    quotes: [{text: 'The lake is calm again and so are we', speaker: 'Halima Odhiambo', cue: 'said', addressee: null, paragraph: 0, partial: false}]
  }),
  sampleArticle({date: null, site: null, headline: null, source: null, quotes: []})
]

;(HAS_JQ ? describe : describe.skip)('the jq recipes in the README', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'article-parse-jq-'))
    writeFileSync(join(dir, 'articles.ndjson'), dump.map(formatNdjson).join(''))
  })
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('give headlines, one speaker’s quotes, a CSV and counts per site', () => {
    const outputs = recipes().map((command) => execFileSync('sh', ['-c', command], {cwd: dir, encoding: 'utf8'}))
    expect(outputs).toEqual([
      'Port city rations water as drought enters third year\nLake ferry resumes after "storm" week\n(no headline)\n',
      '{"source":"pages/mombasa.txt","text":"We have no choice but to share what little we have"}\n' +
        '{"source":"pages/kisumu.txt","text":"The lake is calm again and so are we"}\n',
      '"2024-03-04","Coastal Courier","Port city rations water as drought enters third year"\n' +
        '"2024-03-05","Coastal Courier","Lake ferry resumes after ""storm"" week"\n' +
        ',,\n',
      '2\tCoastal Courier\n1\t(unknown)\n'
    ])
  })
})
