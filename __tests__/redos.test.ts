/**
 * Every regular expression in src/ is checked by recheck for catastrophic
 * (exponential or polynomial) backtracking. Two ways reach every pattern:
 * the literals are read from the sources with the TypeScript parser, and
 * the patterns built with `new RegExp(…)` are caught by standing in for the
 * RegExp constructor while every module loads and while pages are parsed.
 * recheck replays each attack string it finds on a real engine
 * (recallTimeout), so a pattern that backtracks only in its model is not
 * reported. Patterns are checked one at a time and without recheck's time
 * limit: on a busy machine a long alternation (months, cue verbs) can take
 * over a minute, and a verdict must not depend on the machine's load. About
 * two minutes in all on an idle machine.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {check} from 'recheck'
import ts from 'typescript'
import {bmp, CAPITAL} from '../src/rules/letters.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const SRC = join(ROOT, 'src')

interface Pattern {
  source: string
  flags: string
  /** Where the pattern is written or built, for the failure message. */
  where: string
}

const sourceFiles = (readdirSync(SRC, {recursive: true, encoding: 'utf8'}) as string[])
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join(SRC, file))

function literalPatterns(): Pattern[] {
  const found: Pattern[] = []
  for (const file of sourceFiles) {
    const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.getText()
        const end = literal.lastIndexOf('/')
        const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1
        found.push({source: literal.slice(1, end), flags: literal.slice(end + 1), where: `${relative(ROOT, file)}:${line}`})
      }
      ts.forEachChild(node, visit)
    }
    visit(tree)
  }
  return found
}

/** Patterns built by `new RegExp` in src/ while the modules load and pages are parsed. */
async function constructedPatterns(): Promise<Pattern[]> {
  const found: Pattern[] = []
  const NativeRegExp = RegExp
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args, newTarget) {
      const pattern = Reflect.construct(target, args, newTarget) as RegExp
      const caller = new Error().stack?.split('\n')[2] ?? ''
      const where = /\((\/[^)]+)\)|at (\/\S+)/.exec(caller)
      const path = where?.[1] ?? where?.[2] ?? ''
      if (path.startsWith(SRC)) found.push({source: pattern.source, flags: pattern.flags, where: relative(ROOT, path)})
      return pattern
    }
  })
  try {
    for (const file of sourceFiles) await import(file)
    // The site cues build their patterns when first used: build them all.
    const {SITE_CUES} = (await import(join(SRC, 'rules/sites.ts'))) as typeof import('../src/rules/sites.js')
    for (const cue of SITE_CUES) void cue.pattern
    const {parseArticleBytes} = (await import(join(SRC, 'index.ts'))) as typeof import('../src/index.js')
    for (const page of ['fixtures/bad/clean-utf8/input', 'fixtures/bad/html-leftovers/input', 'fixtures/bad/mojibake/input', 'fixtures/wire-dateline/input.txt']) {
      parseArticleBytes(readFileSync(join(ROOT, page)))
    }
  } finally {
    globalThis.RegExp = NativeRegExp
  }
  return found
}

function unique(patterns: Pattern[]): Pattern[] {
  const byPattern = new Map<string, Pattern>()
  for (const pattern of patterns) byPattern.set(`/${pattern.source}/${pattern.flags}`, byPattern.get(`/${pattern.source}/${pattern.flags}`) ?? pattern)
  return [...byPattern.values()]
}

const literals = literalPatterns()
const constructed = await constructedPatterns()
const patterns = unique([...literals, ...constructed])

it('finds the patterns of every module, literal and built', () => {
  expect(literals.length).toBeGreaterThan(50)
  const files = new Set(constructed.map(({where}) => where.replace(/:.*/, '')))
  expect([...files]).toEqual(expect.arrayContaining(['src/rules/sites.ts', 'src/rules/dates.ts', 'src/text/bylines.ts', 'src/rules/credits.ts', 'src/text/quote-marks.ts', 'src/text/mojibake.ts']))
})

/**
 * recheck reads no `v` patterns. Ours use `v` only for classes limited to the
 * Basic Multilingual Plane (src/rules/letters.ts); the same members as a `u`
 * class give the same structure over more characters, so they backtrack no
 * less: that is the pattern checked.
 */
const BMP_CLASS = /\[\[((?:[^\]\\]|\\.)*)\]--\[\\u\{10000\}-\\u\{10FFFF\}\]\]/g

function checkable({source, flags}: Pattern): {source: string; flags: string} {
  return flags.includes('v') ? {source: source.replace(BMP_CLASS, '[$1]'), flags: flags.replace('v', 'u')} : {source, flags}
}

it('checks a `v` pattern as the `u` pattern of the same classes', () => {
  const name = new RegExp(String.raw`^${CAPITAL}${bmp(String.raw`\p{L}.'’\-`)}{0,30}$`, 'v')
  expect(checkable({source: name.source, flags: name.flags, where: ''})).toEqual({source: String.raw`^[\p{Lu}][\p{L}.'’\-]{0,30}$`, flags: 'u'})
})

it.each(patterns.map((pattern) => [pattern.where, pattern] as const))('%s backtracks in linear time at worst', async (_where, pattern) => {
  const {source, flags} = checkable(pattern)
  const diagnostics = await check(source, flags, {timeout: null, recallTimeout: 2_000})
  const attack = diagnostics.status === 'vulnerable' ? diagnostics.attack.pattern : undefined
  const error = diagnostics.status === 'unknown' ? diagnostics.error : undefined
  expect({pattern: `/${source}/${flags}`, status: diagnostics.status, attack, error}).toEqual({pattern: `/${source}/${flags}`, status: 'safe', attack: undefined, error: undefined})
}, 600_000)
