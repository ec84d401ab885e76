/**
 * The batch runner's parts on their own: ordered concurrency, sharing work
 * between worker threads and the main thread, line splitting, the summary.
 */
import {Readable} from 'node:stream'
import {splitLines} from '../src/cli/lines.js'
import {orderedMap} from '../src/cli/ordered.js'
import {oneAtATime, shareWork} from '../src/cli/runner.js'
import {formatSummary, Tally} from '../src/cli/summary.js'
import type {Coverage, Outcome} from '../src/cli/task.js'

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

async function* numbers(count: number): AsyncGenerator<number> {
  for (let n = 0; n < count; n++) yield n
}

describe('orderedMap', () => {
  it('yields results in input order however long each takes, with at most `limit` in flight', async () => {
    let inFlight = 0
    let most = 0
    const slowFirst = async (n: number) => {
      most = Math.max(most, ++inFlight)
      await delay(n % 4 === 0 ? 20 : 1)
      inFlight--
      return n * 10
    }
    expect(await collect(orderedMap(numbers(20), slowFirst, {limit: 4}))).toEqual(Array.from({length: 20}, (_, n) => n * 10))
    expect(most).toBe(4)
  })

  it('yields a finished result while the next item has not arrived yet', async () => {
    let release: () => void = () => {}
    const secondArrives = new Promise<void>((resolve) => (release = resolve))
    async function* slowSource() {
      yield 1
      await secondArrives
      yield 2
    }
    const results = orderedMap(slowSource(), async (n) => n, {limit: 8})
    expect(await results.next()).toEqual({done: false, value: 1})
    release()
    expect(await collect(results)).toEqual([2])
  })

  it('takes no new item once aborted, and still yields the ones in flight', async () => {
    const stop = new AbortController()
    const taken: number[] = []
    const results = await collect(
      orderedMap(
        numbers(100),
        async (n) => {
          taken.push(n)
          if (n === 2) stop.abort()
          await delay(1)
          return n
        },
        {limit: 3, signal: stop.signal}
      )
    )
    expect(results).toEqual([0, 1, 2])
    expect(taken).toEqual([0, 1, 2])
  })

  it('does not wait for a source stuck waiting for input once aborted', async () => {
    const stop = new AbortController()
    async function* stuck() {
      yield 1
      await new Promise(() => {})
    }
    const results = orderedMap(stuck(), async (n) => n, {limit: 2, signal: stop.signal})
    expect(await results.next()).toEqual({done: false, value: 1})
    setTimeout(() => stop.abort(), 5)
    expect(await results.next()).toEqual({done: true, value: undefined})
  })
})

/** A stand-in converter whose calls finish only when the test says so. */
function manualConverter(name: string, started: string[]) {
  const pending = new Map<number, {resolve: (result: string) => void; reject: (error: Error) => void}>()
  const convert = (task: number) =>
    new Promise<string>((resolve, reject) => {
      started.push(`${name} ${task}`)
      pending.set(task, {resolve, reject})
    })
  const finish = (task: number) => pending.get(task)?.resolve(`${name} did ${task}`)
  const fail = (task: number) => pending.get(task)?.reject(new Error(`${name} failed ${task}`))
  return {convert, finish, fail, busy: () => pending.size}
}

/** Lets the event loop run: promise callbacks and the main thread's setImmediate turn. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('shareWork', () => {
  it('fills the workers first, gives the main thread one task at a time, and hands out the rest in input order as either frees up', async () => {
    const started: string[] = []
    const workers = manualConverter('worker', started)
    const mainThread = manualConverter('main', started)
    const run = shareWork(workers.convert, mainThread.convert, 2)
    const results = [1, 2, 3, 4, 5, 6].map((task) => run(task))
    await settle()
    expect(started).toEqual(['worker 1', 'worker 2', 'main 3'])

    workers.finish(2)
    await settle()
    expect(started.slice(3)).toEqual(['worker 4'])
    mainThread.finish(3)
    await settle()
    expect(started.slice(4)).toEqual(['main 5'])
    workers.finish(1)
    await settle()
    expect(started.slice(5)).toEqual(['worker 6'])

    workers.finish(4)
    mainThread.finish(5)
    workers.finish(6)
    expect(await Promise.all(results)).toEqual(['worker did 1', 'worker did 2', 'main did 3', 'worker did 4', 'main did 5', 'worker did 6'])
  })

  it('never gives the main thread a second task while it has one', async () => {
    const started: string[] = []
    const workers = manualConverter('worker', started)
    const mainThread = manualConverter('main', started)
    const run = shareWork(workers.convert, mainThread.convert, 1)
    for (const task of [1, 2, 3, 4]) void run(task)
    await settle()
    expect(started).toEqual(['worker 1', 'main 2'])
    expect(mainThread.busy()).toBe(1)
  })

  it('passes a failure to the task that failed and carries on with the others', async () => {
    const started: string[] = []
    const workers = manualConverter('worker', started)
    const mainThread = manualConverter('main', started)
    const run = shareWork(workers.convert, mainThread.convert, 1)
    const first = run(1)
    const second = run(2)
    const third = run(3)
    await settle()
    workers.fail(1)
    await expect(first).rejects.toThrow('worker failed 1')
    await settle()
    expect(started).toEqual(['worker 1', 'main 2', 'worker 3'])
    mainThread.finish(2)
    workers.finish(3)
    expect(await Promise.all([second, third])).toEqual(['main did 2', 'worker did 3'])
  })
})

describe('oneAtATime', () => {
  it('runs tasks started together one after another, with a turn of the event loop before each', async () => {
    const events: string[] = []
    // Work that never awaits, like reading a file synchronously and parsing it, and outlasts the timer's delay.
    const run = oneAtATime(async (task: string) => {
      events.push(`start ${task}`)
      // What comes in while a page is parsed (a progress bar's frame, Ctrl-C) is seen before the next.
      if (task === 'a') setTimeout(() => events.push('timer'), 0)
      for (const until = performance.now() + 5; performance.now() < until; );
      events.push(`end ${task}`)
      return task.toUpperCase()
    })
    expect(await Promise.all(['a', 'b', 'c'].map(run))).toEqual(['A', 'B', 'C'])
    expect(events).toEqual(['start a', 'end a', 'timer', 'start b', 'end b', 'start c', 'end c'])
  })

  it('goes on with the next task after one that failed', async () => {
    const run = oneAtATime(async (task: number) => {
      if (task === 1) throw new Error('page 1 is broken')
      return task
    })
    const [first, second] = await Promise.allSettled([run(1), run(2)])
    expect(first).toMatchObject({status: 'rejected', reason: new Error('page 1 is broken')})
    expect(second).toEqual({status: 'fulfilled', value: 2})
  })
})

describe('splitLines', () => {
  const lines = async (chunks: string[], max = 100) =>
    (await collect(splitLines(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), max))).map((line) => [line.number, line.bytes.toString(), line.overlong])

  it('cuts at \\n across chunk boundaries, keeping \\r and a last line without \\n', async () => {
    expect(await lines(['ab', 'c\nd', 'e\r\n\nf'])).toEqual([
      [1, 'abc', false],
      [2, 'de\r', false],
      [3, '', false],
      [4, 'f', false]
    ])
  })

  it('cuts at NUL bytes instead when asked, keeping \\n and \\r inside an entry', async () => {
    const entries = await collect(splitLines(Readable.from([Buffer.from('a\nb\0c'), Buffer.from('\r\0\0d')]), 100, 'nul'))
    expect(entries.map((entry) => [entry.number, entry.bytes.toString()])).toEqual([
      [1, 'a\nb'],
      [2, 'c\r'],
      [3, ''],
      [4, 'd']
    ])
  })

  it('reads 100,000 short lines and a 1 MB line', async () => {
    const chunks = [Buffer.from('x\n'.repeat(100_000)), Buffer.alloc(1024 * 1024, 'y'), Buffer.from('\nlast')]
    const all = await collect(splitLines(Readable.from(chunks), 2 * 1024 * 1024))
    expect(all).toHaveLength(100_002)
    expect(all[100_000]?.bytes.length).toBe(1024 * 1024)
  })

  it('flags a line over the limit without holding it, and goes on with the next', async () => {
    expect(await lines(['12345', '67890', '12\nok\n'], 8)).toEqual([
      [1, '', true],
      [2, 'ok', false]
    ])
    expect(await lines(['123456789\nok'], 8)).toEqual([
      [1, '', true],
      [2, 'ok', false]
    ])
  })
})

describe('the summary text', () => {
  const coverage = (covered: Partial<Coverage>): Coverage => ({date: false, headline: false, byline: false, body: false, quotes: false, teasers: false, ...covered})
  const parsed = (covered: Partial<Coverage>, warnings = 0): Outcome => ({
    status: 'parsed',
    source: 'x.txt',
    output: '',
    warnings: Array.from({length: warnings}, () => ({message: 'm', line: null, column: null, rule: 'r'})),
    coverage: coverage(covered)
  })

  it('gives counts, elapsed time, rate and the share of articles with each field', () => {
    const tally = new Tally()
    tally.add(parsed({date: true, headline: true, body: true, quotes: true}, 2))
    tally.add(parsed({date: true, headline: true, byline: true, body: true}))
    tally.add(parsed({headline: true, body: true, teasers: true}))
    tally.add(parsed({headline: true}))
    tally.add({status: 'failed', source: 'y.txt', error: {code: 'gzip', message: 'not a readable gzip file'}})
    tally.add({status: 'skipped', source: 'z.txt'})
    expect(formatSummary(tally, 2500, null)).toBe(
      'article-parse: 6 inputs in 2.5 s (2.4/s): 4 parsed (1 with warnings), 1 failed, 1 skipped (output exists)\n' +
        'coverage: date 50% · headline 100% · byline 25% · body 75% · quotes 25% · teasers 25%\n'
    )
  })

  it('says when the run was interrupted, and leaves out coverage when nothing parsed', () => {
    const tally = new Tally()
    tally.add({status: 'failed', source: 'y.txt', error: {code: 'ENOENT', message: 'no such file'}})
    expect(formatSummary(tally, 40_000, 'SIGINT')).toBe('article-parse: interrupted (SIGINT) after 1 input in 40.0 s (0.0/s): 0 parsed, 1 failed\n')
  })
})
