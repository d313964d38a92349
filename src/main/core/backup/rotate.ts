import { lstatSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { BACKUP_KEEP_DEFAULT } from '@shared/contract'
import { BackupError } from './errors'
import { BACKUP_NAME, readManifest, TEMP_PREFIX } from './manifest'
import { readBackupInfo, type BackupInfo, type BackupProblem } from './verify'

export const DEFAULT_KEEP = BACKUP_KEEP_DEFAULT
/** A temporary folder this old is a backup that a crash or a pulled drive interrupted. */
const STALE_TEMP_MS = 24 * 60 * 60 * 1000

export type ListedBackup =
  | { name: string; path: string; info: BackupInfo; problem: null }
  | { name: string; path: string; info: null; problem: BackupProblem }

/** Real folders (not links) in `dir` whose names match. */
function folders(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.isSymbolicLink() && match(e.name))
    .map((e) => e.name)
}

/**
 * Every folder in `targetDir` named like a backup, newest first, with what its manifest says or
 * why it cannot be read (no key needed): the restore screen's list.
 */
export function listBackups(targetDir: string): ListedBackup[] {
  return folders(targetDir, (name) => BACKUP_NAME.test(name))
    .sort()
    .reverse()
    .map((name): ListedBackup => {
      const path = join(targetDir, name)
      try {
        return { name, path, info: readBackupInfo(path), problem: null }
      } catch (error) {
        if (!(error instanceof BackupError)) throw error
        return { name, path, info: null, problem: { messageKey: error.messageKey, ...(error.params ? { params: error.params } : {}) } }
      }
    })
}

/**
 * Keeps the newest `keep` backups of this vault in `targetDir` and deletes the older ones. Only
 * folders named like a backup whose manifest names this vault are ever counted or deleted: a
 * folder shared with another centre's PC, or anything the admin keeps there, is left alone.
 * Also clears this app's temporary folders left by an interrupted backup a day or more ago.
 * Returns the paths it deleted.
 */
export function rotateBackups(targetDir: string, vaultId: string, keep = DEFAULT_KEEP, now = new Date()): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError('keep must be a positive integer')
  const ours: { name: string; createdAt: string }[] = []
  for (const name of folders(targetDir, (n) => BACKUP_NAME.test(n))) {
    try {
      const manifest = readManifest(join(targetDir, name))
      if (manifest.vaultId === vaultId) ours.push({ name, createdAt: manifest.createdAt })
    } catch (error) {
      if (!(error instanceof BackupError)) throw error
      // Unreadable: it cannot be shown to be ours, so it stays.
    }
  }
  ours.sort((a, b) => (a.createdAt === b.createdAt ? a.name.localeCompare(b.name) : a.createdAt < b.createdAt ? -1 : 1))
  const doomed = ours.slice(0, Math.max(0, ours.length - keep)).map((b) => join(targetDir, b.name))
  for (const name of folders(targetDir, (n) => n.startsWith(TEMP_PREFIX))) {
    const path = join(targetDir, name)
    if (now.getTime() - lstatSync(path).mtimeMs >= STALE_TEMP_MS) doomed.push(path)
  }
  for (const path of doomed) rmSync(path, { recursive: true, force: true })
  return doomed
}
