import { basename, join } from 'node:path'
import Database from 'better-sqlite3'
import { openEncrypted } from '../db/open'
import { canonicalBody, DB_FILE, readVaultFile, VAULT_FILE, type VaultFile } from '../vault/file'
import { macsEqual, vaultMac } from '../vault/crypto'
import { DatabaseNotOursError } from '../vault/errors'
import {
  BackupCorruptError,
  BackupError,
  BackupNotEncryptedError,
  BackupTamperedError,
  BackupTooNewError,
  BackupTruncatedError,
  BackupWrongKeyError
} from './errors'
import { databaseFacts, type DatabaseFacts } from './facts'
import { fileSize, hashFile } from './files'
import { BACKUP_FILES, MANIFEST_FILE, manifestMac, readManifest, type BackupManifest } from './manifest'

export interface BackupProblem {
  messageKey: string
  params?: Record<string, string | number>
}

export interface Verification {
  ok: boolean
  manifest: BackupManifest | null
  problems: BackupProblem[]
}

/** What the restore screen shows before anyone types a key: read from the manifest and vault.json only. */
export interface BackupInfo {
  path: string
  name: string
  vaultId: string
  /** The centre's name as vault.json had it (it is on the login screen too, so not a secret). */
  label: string
  createdAt: string
  appVersion: string
  schema: BackupManifest['schema']
  counts: Record<string, number>
  bytes: number
}

/**
 * The manifest, with every file present at the size it names, and the key file readable.
 * Cheap (no hashing, no key): for listing backups and the restore screen.
 */
export function readBackupInfo(dir: string): BackupInfo {
  const { manifest, vault } = readWhole(dir)
  return {
    path: dir,
    name: basename(dir),
    vaultId: manifest.vaultId,
    label: vault.body.label,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schema: manifest.schema,
    counts: manifest.counts,
    bytes: manifest.files[VAULT_FILE].bytes + manifest.files[DB_FILE].bytes
  }
}

/**
 * Everything a backup must be before it is kept or restored: its files whole and unaltered, the
 * manifest and key file signed by this key, the database encrypted (it does not open without
 * the key, it does with it), SQLite's integrity_check ok, and its rows as the manifest counts.
 * Stops at the first problem (each check needs the ones before it to mean anything). Reads
 * only: the backup's files are the same bytes after.
 */
export function verifyBackup(dir: string, dek: Buffer): Verification {
  return verify(dir, dek, null)
}

/**
 * verifyBackup for a backup just written, whose database `checkDatabase` has already opened and
 * checked (the facts its manifest was made from): the rest is re-read from the drive.
 */
export function verifyWritten(dir: string, dek: Buffer, facts: DatabaseFacts): Verification {
  return verify(dir, dek, facts)
}

function verify(dir: string, dek: Buffer, facts: DatabaseFacts | null): Verification {
  let manifest: BackupManifest | null = null
  try {
    manifest = readWhole(dir).manifest
    checkBackup(dir, dek, manifest, facts)
    return { ok: true, manifest, problems: [] }
  } catch (error) {
    if (!(error instanceof BackupError)) throw error
    return { ok: false, manifest, problems: [{ messageKey: error.messageKey, ...(error.params ? { params: error.params } : {}) }] }
  }
}

/** As verifyBackup, throwing the first problem as its named error (for restore). */
export function assertBackupSound(dir: string, dek: Buffer): BackupManifest {
  const { manifest } = readWhole(dir)
  checkBackup(dir, dek, manifest, null)
  return manifest
}

function readWhole(dir: string): { manifest: BackupManifest; vault: VaultFile } {
  const manifest = readManifest(dir)
  for (const file of BACKUP_FILES) {
    if (fileSize(join(dir, file)) !== manifest.files[file].bytes) throw new BackupTruncatedError(file)
  }
  const vault = readBackupVault(dir)
  if (vault.body.vaultId !== manifest.vaultId) throw new BackupTamperedError(VAULT_FILE)
  return { manifest, vault }
}

function checkBackup(dir: string, dek: Buffer, manifest: BackupManifest, checked: DatabaseFacts | null): void {
  for (const file of BACKUP_FILES) {
    const { sha256, bytes } = hashFile(join(dir, file))
    if (bytes !== manifest.files[file].bytes) throw new BackupTruncatedError(file)
    if (sha256 !== manifest.files[file].sha256) throw new BackupTamperedError(file)
  }
  const facts = checked ?? checkDatabase(join(dir, DB_FILE), dek)
  // The database opened with this key, so a manifest or key file it does not sign was edited.
  if (!macsEqual(manifest.mac, manifestMac(dek, manifest))) throw new BackupTamperedError(MANIFEST_FILE)
  const vault = readBackupVault(dir)
  if (!macsEqual(vault.mac, vaultMac(dek, canonicalBody(vault.body)))) throw new BackupTamperedError(VAULT_FILE)
  if (facts.vaultId !== manifest.vaultId || vault.body.vaultId !== manifest.vaultId) throw new BackupTamperedError(DB_FILE)
  if (facts.tooNew) throw new BackupTooNewError()
  if (!sameCounts(facts, manifest)) throw new BackupCorruptError()
}

function readBackupVault(dir: string): VaultFile {
  try {
    const vault = readVaultFile(dir)
    if (!vault) throw new BackupTruncatedError(VAULT_FILE)
    return vault
  } catch (error) {
    if (error instanceof BackupError) throw error
    throw new BackupTamperedError(VAULT_FILE)
  }
}

/**
 * The database file on its own: unreadable without the key, whole with it (integrity_check),
 * and what it holds. Throws the named problem.
 */
export function checkDatabase(path: string, dek: Buffer): DatabaseFacts {
  assertNeedsKey(path)
  return openAndCheck(path, dek)
}

/** A copy that SQLite reads without a key would put plaintext records on the drive: refused. */
function assertNeedsKey(path: string): void {
  let plain: Database.Database | null = null
  let readable = false
  try {
    plain = new Database(path, { readonly: true, fileMustExist: true })
    plain.prepare('SELECT count(*) FROM sqlite_master').get()
    readable = true
  } catch {
    // Expected: without the key the file is noise.
  } finally {
    plain?.close()
  }
  if (readable) throw new BackupNotEncryptedError()
}

function openAndCheck(path: string, dek: Buffer): DatabaseFacts {
  let db: Database.Database
  try {
    // integrity_check below covers everything quick_check would (it took a quarter of a backup's time).
    db = openEncrypted(path, dek, { create: false, quickCheck: false })
    // The check reads every index against its table: with the pages decrypted once and kept, it
    // takes a third less time (memory is given back when the connection closes).
    db.pragma(`cache_size=-${checkCacheKiB(path)}`)
  } catch (error) {
    throw error instanceof DatabaseNotOursError ? new BackupWrongKeyError() : new BackupCorruptError()
  }
  try {
    let check: unknown
    try {
      check = db.pragma('integrity_check', { simple: true })
    } catch {
      throw new BackupCorruptError()
    }
    if (check !== 'ok') throw new BackupCorruptError()
    return databaseFacts(db)
  } finally {
    db.close()
  }
}

/** The whole file, up to 512 MiB, in KiB. */
export const checkCacheKiB = (path: string): number => Math.max(65_536, Math.min(Math.ceil((fileSize(path) ?? 0) / 1024), 524_288))

function sameCounts(facts: DatabaseFacts, manifest: BackupManifest): boolean {
  const names = new Set([...Object.keys(facts.counts), ...Object.keys(manifest.counts)])
  for (const name of names) if (facts.counts[name] !== manifest.counts[name]) return false
  return facts.schema.migrations === manifest.schema.migrations && facts.schema.lastTag === manifest.schema.lastTag
}
