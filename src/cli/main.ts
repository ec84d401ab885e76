/**
 * The command line: `main(argv, io)` parses the arguments, runs, and returns
 * the exit code. It never calls process.exit and writes only to the streams
 * it is given, so tests run it in-process.
 */
import {createRequire} from 'node:module'
import {availableParallelism} from 'node:os'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {FORMATS, formatSchema, type Format} from '../format/index.js'
import {DEFAULT_MAX_BYTES} from '../input/read.js'
import {encodingName} from '../text/decode.js'
import {EXIT_OK, EXIT_USAGE, runBatch, type BatchSettings} from './batch.js'
import {parseByteSize} from './byte-size.js'
import {INPUT_FORMATS, isSingleInput, type InputFormat, type PathList} from './inputs.js'
import {colorLevel, type IO} from './io.js'

export type {IO} from './io.js'
export {EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE} from './batch.js'
/** For the worker threads, which load this same bundle. */
export {convertInWorker} from './worker.js'

interface CliOptions {
  format?: Format
  referenceDate?: Date
  encoding?: string
  maxBytes: number
  color?: boolean
  quiet?: boolean
  explain?: boolean
  schema?: boolean
  outDir?: string
  skipExisting?: boolean
  ext: string[]
  filesFrom?: string
  files0From?: string
  inputFormat?: InputFormat
  textField?: string
  idField?: string
  split?: boolean
  jobs: number
  progress: boolean
  errorLog?: string
}

/** File extension of each format's files under `--out-dir` (`--explain` writes .txt). */
const OUTPUT_EXTENSIONS: Record<Format, string> = {json: '.json', ndjson: '.json', pretty: '.txt', markdown: '.md'}

const {version} = createRequire(import.meta.url)('../../package.json') as {version: string}

const EXAMPLES = `
Examples:
  $ article-parse page.txt                          one page: coloured text on a terminal, JSON in a pipe
  $ article-parse page.txt | jq .headline           pick a field with jq
  $ article-parse a.txt b.txt > out.ndjson          several pages: one JSON object per line, in order
  $ cat page.txt | article-parse -                  read standard input
  $ article-parse -f markdown page.txt > a.md       Markdown with YAML front matter
  $ article-parse --explain page.txt                why each line was read as it was (for bug reports)
  $ article-parse --schema                          the JSON Schema of the output
  $ article-parse dump/ --out-dir articles/         a whole tree, one .json per page, on every core
  $ article-parse 'dump/**/*.txt.gz' > all.ndjson   a glob, quoted so that article-parse expands it
  $ article-parse pages.jsonl --id-field url        a JSONL dump, one record per line
  $ zcat pages.jsonl.gz | article-parse --input-format jsonl - | gzip > articles.ndjson.gz

Exit codes: 0 every input parsed, 1 some input failed, 2 usage or internal error, 130 interrupted.`

export async function main(argv: readonly string[], io: IO): Promise<number> {
  let exitCode = EXIT_OK
  const program = new Command()
    .name('article-parse')
    .description('Turn scraped news-page text into structured articles: date, site, headline, byline, body, quotes, teasers.')
    .version(version, '-V, --version')
    .argument('[files...]', 'files, directories, quoted glob patterns; "-" or none reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty on a terminal, else json; ndjson for several inputs)').choices(FORMATS))
    .addOption(new Option('--reference-date <date>', 'date that relative dates ("2 hours ago") count from, e.g. 2024-03-01').argParser(parseDateOption))
    .addOption(new Option('--encoding <name>', 'read input in this encoding instead of detecting it (e.g. windows-1252)').argParser(parseEncodingOption))
    .addOption(
      new Option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 500k, 50MB)').default(DEFAULT_MAX_BYTES, '20MB').argParser(parseSizeOption)
    )
    .option('--color', 'colour the pretty output even when not on a terminal')
    .option('--no-color', 'never colour the output')
    .option('-q, --quiet', 'print only errors: no warnings, no progress bar, no summary')
    .addOption(new Option('--explain', 'print each input line with its label and the rule that decided it, instead of the article').conflicts('format'))
    .option('--schema', 'print the JSON Schema of the output and exit')
    .option('-o, --out-dir <dir>', 'write one file per input under DIR, mirroring the input tree, instead of standard output')
    .option('--skip-existing', 'with --out-dir: skip inputs whose output file exists (resume an interrupted run)')
    .addOption(new Option('--ext <list>', 'extensions a directory walk picks up, comma-separated (.gz variants too)').default(['.txt'], '.txt').argParser(parseExtensions))
    .option('--files-from <list>', 'also read the paths listed in this file, one per line ("-" for standard input)')
    .option('--files0-from <list>', 'the same, each path ended by a NUL byte, as find -print0 writes them')
    .addOption(new Option('--input-format <format>', 'read inputs as plain text or as JSONL dumps (default: by extension, .jsonl/.ndjson)').choices(INPUT_FORMATS))
    .option('--text-field <name>', 'JSONL: the field holding the page text (default: the first of text, content, body)')
    .option('--id-field <name>', 'JSONL: the field to report as source (such as url) instead of FILE#LINE')
    .option('--split', 'cut text files into pages at each line starting with " date YYYY-MM-DD "')
    .addOption(new Option('-j, --jobs <n>', 'pages parsed at a time: the main thread and n - 1 worker threads').default(availableParallelism(), 'number of CPUs').argParser(parseJobs))
    .option('--no-progress', 'no progress bar (it only ever shows when standard error is a terminal)')
    .option('--error-log <file>', 'also write failed inputs to FILE as JSON lines {source, error, message}')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(usageError(text.replace(/^error: /, '')))
    })
    .action(async (inputs: string[], options: CliOptions) => {
      if (options.schema) io.stdout.write(formatSchema())
      else exitCode = await run(inputs, options, io)
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

function parseJobs(value: string): number {
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('Give a whole number of at least 1.')
  return jobs
}

function parseExtensions(value: string): string[] {
  const extensions = value.split(',').map((extension) => extension.trim().replace(/^(?!\.)/, '.'))
  if (extensions.some((extension) => extension === '.')) throw new InvalidArgumentError('Give extensions such as .txt or txt,html.')
  return extensions
}

async function run(inputs: string[], options: CliOptions, io: IO): Promise<number> {
  const usage = usageProblem(inputs, options, io.stdin.isTTY ?? false)
  if (usage) {
    io.stderr.write(usageError(usage))
    return EXIT_USAGE
  }
  const inputOptions = {extensions: options.ext, inputFormat: options.inputFormat, split: options.split ?? false, filesFrom: pathList(options), maxBytes: options.maxBytes, outDir: options.outDir}
  // One page is one document: no workers to start, no summary, and JSON rather than NDJSON.
  const single = await isSingleInput(inputs, inputOptions)
  const format = options.format ?? defaultFormat({single, toFiles: options.outDir !== undefined, terminal: io.stdout.isTTY ?? false})
  const settings: BatchSettings = {
    inputs: inputOptions,
    convert: {
      parse: {referenceDate: options.referenceDate ?? null, encoding: options.encoding, maxBytes: options.maxBytes},
      format,
      explain: options.explain ?? false,
      // Files under --out-dir are plain text at no particular width.
      colorLevel: options.outDir === undefined ? colorLevel(io, options.color) : 0,
      // A terminal that reports 0 columns (a pseudo-terminal nobody sized) has no known width.
      columns: options.outDir === undefined ? io.stdout.columns || null : null,
      textField: options.textField,
      idField: options.idField
    },
    jobs: single ? 1 : options.jobs,
    outDir:
      options.outDir === undefined
        ? undefined
        : {root: options.outDir, extension: options.explain ? '.txt' : OUTPUT_EXTENSIONS[format], skipExisting: options.skipExisting ?? false},
    errorLog: options.errorLog,
    warnings: !options.quiet,
    // --explain is for reading one page closely: its lines say what coverage would.
    summary: !options.quiet && !single && !options.explain,
    progress: !options.quiet && options.progress && !single
  }
  return runBatch(inputs, settings, io)
}

/** JSON files under --out-dir; NDJSON for a stream of articles; one page reads best pretty on a terminal. */
function defaultFormat({single, toFiles, terminal}: {single: boolean; toFiles: boolean; terminal: boolean}): Format {
  if (toFiles) return 'json'
  if (!single) return 'ndjson'
  return terminal ? 'pretty' : 'json'
}

/** A usage error as Unix tools give it: the program's name, the problem, where to read more. */
function usageError(problem: string): string {
  return `article-parse: ${problem.trimEnd()}\nTry 'article-parse --help' for more information.\n`
}

/** The list of `--files-from` or `--files0-from`, if any (usageProblem refuses both). */
function pathList({filesFrom, files0From}: CliOptions): PathList | undefined {
  if (files0From !== undefined) return {path: files0From, endedBy: 'nul'}
  return filesFrom === undefined ? undefined : {path: filesFrom, endedBy: 'newline'}
}

/** Combinations of options that cannot work, phrased for the user. */
function usageProblem(inputs: string[], options: CliOptions, stdinIsTerminal: boolean): string | null {
  const list = pathList(options)
  if (options.filesFrom !== undefined && options.files0From !== undefined) return 'give one list of paths: --files-from or --files0-from, not both'
  // `article-parse` alone at a prompt would wait in silence for a page to be typed; "-" still reads one.
  if (inputs.length === 0 && list === undefined && stdinIsTerminal) return 'no input: name files or directories, or pipe a page in ("-" reads the terminal)'
  if (options.skipExisting && options.outDir === undefined) return '--skip-existing needs --out-dir (it skips inputs whose output file exists)'
  if (list?.path === '-' && inputs.includes('-')) return `standard input cannot be both an input and the ${options.files0From === undefined ? '--files-from' : '--files0-from'} list`
  if ((options.textField || options.idField) && options.inputFormat === 'text') return '--text-field and --id-field apply to JSONL input only'
  return null
}
