// Preloaded (`node --import`) into the runs the benchmark measures: reports, as
// the process exits, its peak resident set size and the CPU time of all its
// threads (workers included).
import process from 'node:process'

process.on('exit', () => {
  const {maxRSS, userCPUTime, systemCPUTime} = process.resourceUsage()
  process.stderr.write(`bench-usage ${maxRSS} ${userCPUTime + systemCPUTime}\n`)
})
