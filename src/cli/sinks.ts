/**
 * Where articles go: standard output, written in order with backpressure, or
 * one file each under `--out-dir`, written atomically.
 */
import {access, mkdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import type {OutputStream} from './io.js'
import type {OutputStem} from './task.js'

/**
 * A stream written in order: when write() says the buffer is full, wait for
 * `drain`, so memory stays flat however fast articles are produced. When the
 * reader goes away (`| head`), `onClose` is told once and later writes are
 * dropped.
 */
export class StreamSink {
  #closed = false
  readonly #stream: OutputStream
  readonly #onError: (error?: Error) => void

  constructor(stream: OutputStream, onClose: (error: Error) => void) {
    this.#stream = stream
    this.#onError = (error) => {
      this.#closed = true
      onClose(error ?? new Error('the output stream closed'))
    }
    stream.on?.('error', this.#onError)
  }

  get closed(): boolean {
    return this.#closed
  }

  async write(text: string): Promise<void> {
    if (this.#closed || this.#stream.write(text) || !this.#stream.on) return
    const stream = this.#stream
    await new Promise<void>((resolve) => {
      const done = () => {
        stream.off?.('drain', done)
        stream.off?.('error', done)
        resolve()
      }
      stream.on?.('drain', done)
      stream.on?.('error', done)
    })
  }

  dispose(): void {
    this.#stream.off?.('error', this.#onError)
  }
}

/**
 * `--out-dir`: the article of `a/b/x.txt` goes to `DIR/a/b/x.json`. Each file
 * is written under a hidden temporary name in its final directory, then
 * renamed: a reader, or an interrupted run, never sees half a file.
 */
export class OutputDirectory {
  /** Numbers this process's temporary files; with the process id they cannot clash with another run's. */
  #written = 0

  constructor(
    readonly root: string,
    /** With the dot: `.json`. */
    readonly extension: string
  ) {}

  /**
   * The directory, created if need be: a run that cannot write there (a file
   * of that name, no permission) fails before reading any page, not at each.
   */
  static async create(root: string, extension: string): Promise<OutputDirectory> {
    await makeDirectory(root)
    return new OutputDirectory(root, extension)
  }

  pathOf(stem: OutputStem): string {
    return join(this.root, `${stem}${this.extension}`)
  }

  async exists(stem: OutputStem): Promise<boolean> {
    return access(this.pathOf(stem)).then(
      () => true,
      () => false
    )
  }

  async write(stem: OutputStem, text: string): Promise<void> {
    const path = this.pathOf(stem)
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${++this.#written}.tmp`)
    await makeDirectory(dirname(path))
    try {
      await writeFile(temporary, text)
      await rename(temporary, path)
    } catch (error) {
      await rm(temporary, {force: true})
      throw error
    }
  }
}

/**
 * `mkdir -p`. Node's own recursive mkdir never returns where a directory
 * exists but answers ENOENT for a child (under /proc, say): it makes the
 * parent again and again. Here each parent is made once, then the child is
 * tried once more.
 */
async function makeDirectory(path: string): Promise<void> {
  try {
    await makeOrFindDirectory(path)
  } catch (error) {
    const parent = dirname(path)
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === path) throw error
    await makeDirectory(parent)
    await makeOrFindDirectory(path)
  }
}

/** mkdir, content to find a directory there already (an earlier page's, another run's). */
async function makeOrFindDirectory(path: string): Promise<void> {
  try {
    await mkdir(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(path)).isDirectory()) return
    throw error
  }
}
