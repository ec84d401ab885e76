/**
 * Sizes as people write them on a command line: `20000000`, `500k`, `20MB`,
 * `1.5G`. Units count in 1024s, as file sizes are usually shown.
 */

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3
}

const SIZE = /^(\d{1,15}(?:\.\d{1,6})?) ?([a-z]{0,3})$/i

/** The number of bytes a size means, or undefined when it is not a size. */
export function parseByteSize(text: string): number | undefined {
  const match = SIZE.exec(text.trim())
  const unit = match?.[2] === undefined ? undefined : UNITS[match[2].toLowerCase()]
  if (!match?.[1] || unit === undefined) return undefined
  return Math.floor(Number(match[1]) * unit)
}
