/**
 * The command line: `main(argv, io)` parses the arguments, runs, and returns
 * the exit code. It never calls process.exit and writes only to the streams
 * it is given, so tests run it in-process.
 */
import {readFile, stat} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {Chalk} from 'chalk'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import type {Article} from '../article.js'
import {describeError, InputError} from '../errors.js'
import {explainBytes} from '../explain.js'
import {FORMATS, formatArticle, formatExplain, formatSchema, type Format, type View} from '../format/index.js'
import {parseArticleBytes, type ParseOptions} from '../parse.js'
import {colorLevel, type IO} from './io.js'

export type {IO} from './io.js'

export const EXIT_OK = 0
export const EXIT_SOME_FAILED = 1
export const EXIT_USAGE = 2

interface CliOptions {
  format?: Format
  referenceDate?: Date
  encoding?: string
  color?: boolean
  quiet?: boolean
  explain?: boolean
  schema?: boolean
}

const {version} = createRequire(import.meta.url)('../../package.json') as {version: string}

const EXAMPLES = `
Examples:
  $ article-parse page.txt                     read one page (coloured text on a terminal, JSON in a pipe)
  $ article-parse page.txt | jq .headline      pick a field with jq
  $ article-parse a.txt b.txt > out.ndjson     several pages: one JSON object per line
  $ cat page.txt | article-parse -             read standard input
  $ article-parse --format pretty page.txt     force the readable view
  $ article-parse -f markdown page.txt > a.md  Markdown with YAML front matter
  $ article-parse --explain page.txt           why each line was read as it was (for bug reports)
  $ article-parse --schema                     the JSON Schema of the output

Exit codes: 0 every input parsed, 1 some input failed, 2 usage or internal error.`

export async function main(argv: readonly string[], io: IO): Promise<number> {
  let exitCode = EXIT_OK
  const program = new Command()
    .name('article-parse')
    .description('Turn scraped news-page text into structured articles: date, site, headline, byline, body, quotes, teasers.')
    .version(version, '-V, --version')
    .argument('[files...]', 'text files to parse; "-" or none reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty on a terminal, else json; ndjson for several files)').choices(FORMATS))
    .addOption(new Option('--reference-date <date>', 'date that relative dates ("2 hours ago") count from, e.g. 2024-03-01').argParser(parseDateOption))
    .option('--encoding <name>', 'read input in this encoding instead of detecting it (e.g. windows-1252)')
    .option('--color', 'colour the pretty output even when not on a terminal')
    .option('--no-color', 'never colour the output')
    .option('-q, --quiet', 'do not print warnings on standard error')
    .addOption(new Option('--explain', 'print each input line with its label and the rule that decided it, instead of the article').conflicts('format'))
    .option('--schema', 'print the JSON Schema of the output and exit')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text)
    })
    .action(async (files: string[], options: CliOptions) => {
      if (options.schema) io.stdout.write(formatSchema())
      else exitCode = await run(files, options, io)
    })
  try {
    await program.parseAsync([...argv], {from: 'user'})
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE
    io.stderr.write(`article-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT_USAGE
  }
}

function parseDateOption(value: string): Date {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('Not a date; write it as YYYY-MM-DD.')
  return date
}

async function run(files: string[], options: CliOptions, io: IO): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files
  const format: Format = options.format ?? (inputs.length > 1 ? 'ndjson' : io.stdout.isTTY ? 'pretty' : 'json')
  const view: View = {chalk: new Chalk({level: colorLevel(io, options.color)}), columns: io.stdout.columns ?? null}
  const parseOptions: ParseOptions = {referenceDate: options.referenceDate ?? null, encoding: options.encoding}
  let failed = 0
  for (const input of inputs) {
    const source = input === '-' ? null : input
    let article: Article
    try {
      const bytes = source === null ? await readStream(io.stdin) : await readInputFile(source)
      if (options.explain) {
        io.stdout.write(formatExplain(explainBytes(bytes, {...parseOptions, source}), view))
        continue
      }
      article = parseArticleBytes(bytes, {...parseOptions, source})
    } catch (error) {
      failed++
      io.stderr.write(`article-parse: ${source ?? '<stdin>'}: ${describeError(error)}\n`)
      continue
    }
    if (!options.quiet) reportWarnings(article, io)
    io.stdout.write(formatArticle(article, format, view))
  }
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK
}

async function readInputFile(path: string): Promise<Uint8Array> {
  if ((await stat(path)).isDirectory()) throw new InputError('is a directory', 'directory')
  return readFile(path)
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

function reportWarnings(article: Article, io: IO): void {
  for (const warning of article.warnings) {
    const place = warning.line === null ? '' : `:${warning.line}:${warning.column ?? 1}`
    io.stderr.write(`${article.source ?? '<stdin>'}${place}: warning: ${warning.message} [${warning.rule}]\n`)
  }
}
