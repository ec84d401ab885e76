/**
 * Packages that only some runs need (legacy encodings, YAML front matter,
 * globbing, HTML character references), loaded when first asked for instead
 * of at start-up: every module loaded at start-up adds to the time of a
 * one-page run.
 */
import {createRequire} from 'node:module'

const requirePackage = createRequire(import.meta.url)

/** A getter that loads the package `name` on its first call. */
export function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= requirePackage(name) as T)
}
