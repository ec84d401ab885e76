#!/usr/bin/env node
// Wires the process's streams and signals to main(); everything else lives in the library.
import {loadCli} from '../dist/cli/load.js'

const {main} = loadCli()

// A closed pipe (`article-parse … | head`) is handled by main(), which stops the run
// quietly; without this listener Node would throw on the EPIPE error event.
process.stdout.on('error', () => {})

// Ctrl-C or SIGTERM: main() stops taking inputs, finishes what is in flight, prints
// the summary and returns 130 (143). A second signal ends the process at once.
// One listener for the whole run: swapping listeners drops a second signal that
// arrives while a page is being parsed, as Node re-arms the signal between them.
const interrupt = new AbortController()
const onSignal = (signal) => {
  if (!interrupt.signal.aborted) return interrupt.abort(signal)
  // The progress bar hides the cursor until it is stopped, which this exit skips: show it again.
  if (process.stderr.isTTY) process.stderr.write('\x1B[?25h')
  process.exit(128 + (signal === 'SIGINT' ? 2 : 15))
}
process.on('SIGINT', onSignal)
process.on('SIGTERM', onSignal)

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: interrupt.signal
})
