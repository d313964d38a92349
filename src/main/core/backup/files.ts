import { createHash } from 'node:crypto'
import { closeSync, copyFileSync, constants, fsyncSync, openSync, readSync, statSync, writeSync } from 'node:fs'
import { AppError } from '../errors'
import { BackupNoSpaceError, BackupTargetUnavailableError } from './errors'

const CHUNK = 1024 * 1024

/** Hex sha256 and length of a file, read in chunks (a database can be hundreds of MiB). */
export function hashFile(path: string): { sha256: string; bytes: number } {
  const hash = createHash('sha256')
  const buffer = Buffer.alloc(CHUNK)
  const fd = openSync(path, 'r')
  let bytes = 0
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null)
      if (n === 0) break
      hash.update(n === CHUNK ? buffer : buffer.subarray(0, n))
      bytes += n
    }
  } finally {
    closeSync(fd)
  }
  return { sha256: hash.digest('hex'), bytes }
}

/** Flushes a file's bytes to the disk (a USB drive pulled right after "done" keeps the backup). */
export function fsyncFile(path: string): void {
  // Windows flushes only through a handle that may write.
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

export function writeDurable(path: string, data: string | Buffer): void {
  const fd = openSync(path, 'wx', 0o600)
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

export function copyDurable(from: string, to: string): void {
  copyFileSync(from, to, constants.COPYFILE_EXCL)
  fsyncFile(to)
}

export const fileSize = (path: string): number | null => {
  try {
    const stat = statSync(path)
    return stat.isFile() ? stat.size : null
  } catch {
    return null
  }
}

const errorCode = (error: unknown): unknown => (error as { code?: unknown } | null)?.code

/**
 * File system and SQLite failures while writing a backup, said in words: a full drive, or a
 * folder that is gone or read-only. Anything else stays as it was (INTERNAL).
 */
export function explainWriteError(error: unknown): unknown {
  if (error instanceof AppError) return error
  const code = errorCode(error)
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return new BackupNoSpaceError()
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'EIO') {
    return new BackupTargetUnavailableError()
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || (typeof code === 'string' && code.startsWith('SQLITE_IOERR'))) {
    return new BackupTargetUnavailableError()
  }
  return error
}
