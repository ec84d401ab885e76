/**
 * Errors about one input, phrased for the user: one line, no stack trace.
 */

/** A problem with one input (binary, too large, a directory…), already phrased for the user. */
export class InputError extends Error {
  constructor(
    message: string,
    /** Short identifier for error logs, such as `binary` or `too-large`. */
    readonly code: string = 'input'
  ) {
    super(message)
    this.name = 'InputError'
  }
}

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'no such file (part of the path is a file, not a directory)',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  // Only creating a directory meets it here: the name is taken by a file.
  EEXIST: 'it exists and is not a directory'
}

/** One line saying why an input failed. */
export function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message
  const {code, path} = (error ?? {}) as NodeJS.ErrnoException
  // Node reads file names as UTF-8: a name that is not (`caf\xe9.txt` from an old Latin-1
  // system) comes out with U+FFFD and no longer names the file, which is not a missing file.
  if (code === 'ENOENT' && path?.includes('\uFFFD')) return 'its name is not valid UTF-8, so it cannot be opened; rename it (convmv renames whole trees)'
  if (code && SYSTEM_ERRORS[code]) return SYSTEM_ERRORS[code]
  return error instanceof Error ? error.message : String(error)
}

/** A `.gz` input that zlib cannot inflate: not gzip at all, corrupt, or cut off. */
export function unreadableGzip(error: unknown): InputError {
  // zlib's errors may come from another realm (a vm context), where `instanceof Error` is false.
  const message = (error as Partial<Error> | null)?.message
  return new InputError(`not a readable gzip file (${typeof message === 'string' ? message : String(error)})`, 'gzip')
}

/** zlib's errors carry codes such as Z_DATA_ERROR (corrupt) and Z_BUF_ERROR (cut off). */
export function isZlibError(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code?.startsWith('Z_') ?? false
}
