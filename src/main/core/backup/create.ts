import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { version } from '../../../../package.json'
import { syncDirectory } from '../util/atomicWrite'
import { macsEqual, vaultMac } from '../vault/crypto'
import { DatabaseNotOursError, VaultTamperedError } from '../vault/errors'
import { canonicalBody, DB_FILE, readVaultFile, VAULT_FILE, vaultPath } from '../vault/file'
import { BackupError, BackupNoSpaceError, BackupTargetUnavailableError, BackupVerifyFailedError } from './errors'
import type { DatabaseFacts } from './facts'
import { copyDurable, explainWriteError, fileSize, fsyncFile, hashFile, writeDurable } from './files'
import {
  BACKUP_FORMAT,
  backupStem,
  MANIFEST_FILE,
  manifestJson,
  manifestMac,
  TEMP_PREFIX,
  type BackupManifest,
  type UnsignedManifest
} from './manifest'
import { checkDatabase, verifyWritten } from './verify'

export interface CreatedBackup {
  /** The backup's folder: `<targetDir>/xinan-backup-YYYYMMDD-HHmmss`. */
  path: string
  name: string
  manifest: BackupManifest
}

/**
 * A backup of the open vault into `targetDir` (a folder the admin chose, e.g. on a USB drive):
 * one folder holding a copy of vault.json (so any password or the recovery code of today opens
 * it), an encrypted snapshot of the database and a signed manifest of counts and hashes.
 *
 * The snapshot is the live file itself, copied byte for byte while a read transaction pins it:
 * after a `wal_checkpoint(TRUNCATE)` every committed page is in xinan.db and the WAL is empty,
 * and while this connection reads, no checkpoint may write into the file; any write (there is none
 * in the app: calls run one at a time) goes to the WAL. The pages are copied as they are on disk,
 * already encrypted, so nothing is decrypted or re-encrypted and no plaintext exists even in
 * memory beyond what SQLite reads to check it; rowids, holes included, stay what the full-text
 * indexes point at. Free pages come along zeroed (secure_delete) and encrypted.
 * When the checkpoint cannot finish (another connection is reading, as in some tests) or the WAL
 * is not empty under the read, it falls back to `VACUUM INTO` on the open connection: one read
 * transaction, written encrypted with the connection's cipher and key by SQLite3MultipleCiphers,
 * sorts in memory (temp_store is MEMORY). Either way the copy is then opened and checked whole.
 *
 * Built under a temporary name, fsynced, verified, then renamed: a folder with the backup name
 * is always complete. Must be called outside a transaction (SQLite cannot VACUUM inside one).
 */
export function createBackup(sqlite: Database.Database, dek: Buffer, dataDir: string, targetDir: string, now: Date): CreatedBackup {
  if (sqlite.inTransaction) throw new Error('createBackup called inside a transaction')
  // SQLCipher does not encrypt temporary files: the copy's sorts must stay in memory (openEncrypted sets it).
  if (sqlite.pragma('temp_store', { simple: true }) !== 2) throw new Error('createBackup needs a connection with temp_store=MEMORY')
  assertUsableFolder(targetDir)
  // Read before anything is written, so a failure here is not mistaken for the target's.
  const vaultBytes = readFileSync(vaultPath(dataDir))
  const temp = join(targetDir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`)
  try {
    mkdirSync(temp, { mode: 0o700 })
  } catch (error) {
    throw explainWriteError(error)
  }
  try {
    const { manifest, facts } = writeBackupFiles(sqlite, dek, vaultBytes, temp, now)
    const check = verifyWritten(temp, dek, facts)
    if (!check.ok) throw new BackupVerifyFailedError(check.problems[0]?.messageKey ?? 'unknown')
    const name = freeName(targetDir, backupStem(now))
    const path = join(targetDir, name)
    renameSync(temp, path)
    syncDirectory(targetDir)
    return { path, name, manifest }
  } catch (error) {
    try {
      rmSync(temp, { recursive: true, force: true })
    } catch {
      // The drive is gone; what failed first is what the admin needs to hear.
    }
    throw explainCreateError(error)
  }
}

/** A snapshot that fails a backup check was written badly, whatever the check was. */
function explainCreateError(error: unknown): unknown {
  const explained = explainWriteError(error)
  if (!(explained instanceof BackupError)) return explained
  if (explained instanceof BackupNoSpaceError || explained instanceof BackupTargetUnavailableError || explained instanceof BackupVerifyFailedError) {
    return explained
  }
  return new BackupVerifyFailedError(explained.messageKey)
}

function writeBackupFiles(
  sqlite: Database.Database,
  dek: Buffer,
  vaultBytes: Buffer,
  dir: string,
  now: Date
): { manifest: BackupManifest; facts: DatabaseFacts } {
  // The bytes copied are the bytes checked: vault.json is parsed from the copy, not re-read.
  writeDurable(join(dir, VAULT_FILE), vaultBytes)
  const vault = readVaultFile(dir)
  if (!vault || !macsEqual(vault.mac, vaultMac(dek, canonicalBody(vault.body)))) throw new VaultTamperedError()

  const dbFile = join(dir, DB_FILE)
  if (!copyPinned(sqlite, dbFile)) {
    sqlite.prepare('VACUUM INTO ?').run(dbFile)
    fsyncFile(dbFile)
  }
  // Opened once, and checked whole, here: verifyWritten re-reads the rest but not this again.
  const facts = checkDatabase(dbFile, dek)
  if (facts.vaultId !== vault.body.vaultId) throw new DatabaseNotOursError()

  const unsigned: UnsignedManifest = {
    app: 'xinan',
    format: BACKUP_FORMAT,
    vaultId: vault.body.vaultId,
    createdAt: now.toISOString(),
    appVersion: version,
    schema: facts.schema,
    counts: facts.counts,
    files: { [VAULT_FILE]: hashFile(join(dir, VAULT_FILE)), [DB_FILE]: hashFile(dbFile) }
  }
  const manifest: BackupManifest = { ...unsigned, mac: manifestMac(dek, unsigned) }
  writeDurable(join(dir, MANIFEST_FILE), manifestJson(manifest))
  syncDirectory(dir)
  return { manifest, facts }
}

/** The byte copy described above; false (nothing written) when the file cannot be pinned whole. */
function copyPinned(sqlite: Database.Database, to: string): boolean {
  const from = sqlite.name
  if (sqlite.pragma('journal_mode', { simple: true }) !== 'wal') return false
  const [checkpoint] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
  if (!checkpoint || checkpoint.busy !== 0) return false
  sqlite.exec('BEGIN')
  try {
    // The read transaction starts at its first read; from then on the file cannot change under it.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get()
    if ((fileSize(`${from}-wal`) ?? 0) !== 0) return false
    copyDurable(from, to)
    return true
  } finally {
    sqlite.exec('COMMIT')
  }
}

function assertUsableFolder(dir: string): void {
  let isDir = false
  try {
    isDir = statSync(dir).isDirectory()
  } catch {
    // Missing or unreadable: said below.
  }
  if (!isDir) throw new BackupTargetUnavailableError()
}

/** Two backups within one second (a scheduled one and a click) get `-2`, `-3`… */
function freeName(dir: string, stem: string): string {
  if (!existsSync(join(dir, stem))) return stem
  for (let n = 2; n < 1000; n++) {
    const name = `${stem}-${n}`
    if (!existsSync(join(dir, name))) return name
  }
  throw new BackupTargetUnavailableError()
}
