// Preloaded (`node --import`) into the runs the benchmark measures: reports the
// process's peak resident set size, worker threads included, as it exits.
import process from 'node:process'

process.on('exit', () => process.stderr.write(`bench-max-rss ${process.resourceUsage().maxRSS}\n`))
