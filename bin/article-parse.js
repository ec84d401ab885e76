#!/usr/bin/env node
// Wires the process's streams to main(); everything else lives in the library.
import {main} from '../dist/cli/main.js'

// A closed pipe (`article-parse … | head`) ends the run quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env
})
