/**
 * Refusing input that is not text (images, archives, executables): such
 * files hold NUL bytes near the start, or decode to mostly control
 * characters. Parsing them would only print noise as an article.
 */
import {InputError} from '../errors.js'

/** Bytes searched for a NUL, as git and grep do. */
const NUL_SAMPLE = 8000
/** Share of control characters above which decoded "text" is binary data. */
const MAX_CONTROL_SHARE = 0.1

/** Throws when the bytes (in an encoding without NULs) start with binary data. */
export function refuseBinaryBytes(bytes: Uint8Array): void {
  const nul = bytes.subarray(0, NUL_SAMPLE).indexOf(0)
  if (nul !== -1) throw new InputError(`not a text file: it has a NUL byte (byte ${nul + 1})`, 'binary')
}

/** Throws when decoded text is mostly control characters. */
export function refuseControlText(text: string): void {
  let controls = 0
  for (let index = 0; index < text.length; index++) if (isControl(text.charCodeAt(index))) controls++
  if (controls > text.length * MAX_CONTROL_SHARE) {
    const percent = Math.round((100 * controls) / text.length)
    throw new InputError(`not a text file: ${percent}% of its characters are control characters`, 'binary')
  }
}

/** C0 and C1 control characters other than the white space text uses (tab, line breaks, form feed). */
export function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code <= 0x9f)
}
