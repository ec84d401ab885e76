#!/usr/bin/env node
/**
 * Times article-parse on pathological inputs (scripts/pathological-inputs.mjs)
 * at a quarter, half and full size. Each must finish in seconds, and time
 * must grow linearly: the `full/½` column is about 2 when it does. CPU time
 * is shown beside wall time because the machine may be shared.
 *
 *   npm run bench:bad-input                  every case
 *   npm run bench:bad-input -- page-10mb     the cases named
 */
import {performance} from 'node:perf_hooks'
import {parseArticleBytes} from '../dist/index.js'
import {PATHOLOGICAL_INPUTS} from './pathological-inputs.mjs'

const MB = 1024 * 1024
const only = process.argv.slice(2)

function run(text) {
  const bytes = Buffer.from(text)
  globalThis.gc?.()
  const cpu = process.cpuUsage()
  const start = performance.now()
  const article = parseArticleBytes(bytes)
  const wall = performance.now() - start
  const {user, system} = process.cpuUsage(cpu)
  return {bytes: bytes.length, wall, cpu: (user + system) / 1000, body: article.body.length, warnings: article.warnings.length}
}

const columns = ['case', 'bytes', '¼ cpu ms', '½ cpu ms', 'cpu ms', 'wall ms', 'MB/s (cpu)', 'full/½ (cpu)', 'body', 'warnings', 'peak RSS MB']
console.log(columns.join('\t'))
for (const [name, {size, build}] of Object.entries(PATHOLOGICAL_INPUTS)) {
  if (only.length > 0 && !only.includes(name)) continue
  const [quarter, half, full] = [size / 4, size / 2, size].map((bytes) => run(build(Math.round(bytes))))
  const rss = process.resourceUsage().maxRSS / 1024
  const row = [name, full.bytes, quarter.cpu, half.cpu, full.cpu, full.wall].map((value) => (typeof value === 'number' ? value.toFixed(0) : value))
  row.push((full.bytes / MB / (full.cpu / 1000)).toFixed(2), (full.cpu / half.cpu).toFixed(2), String(full.body), String(full.warnings), rss.toFixed(0))
  console.log(row.join('\t'))
}
