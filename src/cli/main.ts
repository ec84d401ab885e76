/**
 * The command line: `main(argv, io)` parses the arguments, runs, and returns
 * the exit code. It never calls process.exit and writes only to the streams
 * it is given, so tests run it in-process.
 */
import {createRequire} from 'node:module'
import {Chalk} from 'chalk'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import type {Article} from '../article.js'
import {describeError} from '../errors.js'
import {explainBytes} from '../explain.js'
import {FORMATS, formatArticle, formatExplain, formatSchema, type Format, type View} from '../format/index.js'
import {DEFAULT_MAX_BYTES, readInputFile, readStreamBytes} from '../input/read.js'
import {parseArticleBytes, type ParseOptions} from '../parse.js'
import {encodingName} from '../text/decode.js'
import {parseByteSize} from './byte-size.js'
import {colorLevel, type IO} from './io.js'

export type {IO} from './io.js'

export const EXIT_OK = 0
export const EXIT_SOME_FAILED = 1
export const EXIT_USAGE = 2

interface CliOptions {
  format?: Format
  referenceDate?: Date
  encoding?: string
  maxBytes: number
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
    .addOption(new Option('--encoding <name>', 'read input in this encoding instead of detecting it (e.g. windows-1252)').argParser(parseEncodingOption))
    .addOption(
      new Option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 500k, 50MB)').default(DEFAULT_MAX_BYTES, '20MB').argParser(parseSizeOption)
    )
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

function parseEncodingOption(value: string): string {
  const name = encodingName(value)
  if (!name) throw new InvalidArgumentError('Unknown encoding; name one such as utf-8, utf-16le, windows-1252 or shift_jis.')
  return name
}

function parseSizeOption(value: string): number {
  const size = parseByteSize(value)
  if (!size) throw new InvalidArgumentError('Not a size; write a number of bytes, or one with a unit: 500k, 20MB, 1GB.')
  return size
}

async function run(files: string[], options: CliOptions, io: IO): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files
  const format: Format = options.format ?? (inputs.length > 1 ? 'ndjson' : io.stdout.isTTY ? 'pretty' : 'json')
  const view: View = {chalk: new Chalk({level: colorLevel(io, options.color)}), columns: io.stdout.columns ?? null}
  const parseOptions: ParseOptions = {referenceDate: options.referenceDate ?? null, encoding: options.encoding, maxBytes: options.maxBytes}
  let failed = 0
  for (const input of inputs) {
    const source = input === '-' ? null : input
    let article: Article
    try {
      const bytes = source === null ? await readStreamBytes(io.stdin, options.maxBytes) : await readInputFile(source, options.maxBytes)
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

function reportWarnings(article: Article, io: IO): void {
  for (const warning of article.warnings) {
    const place = warning.line === null ? '' : `:${warning.line}:${warning.column ?? 1}`
    io.stderr.write(`${article.source ?? '<stdin>'}${place}: warning: ${warning.message} [${warning.rule}]\n`)
  }
}
