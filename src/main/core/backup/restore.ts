import { existsSync, mkdirSync, renameSync, rmdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { connect } from '../db/connection'
import { syncDirectory } from '../util/atomicWrite'
import { macsEqual, vaultMac } from '../vault/crypto'
import { VaultTamperedError } from '../vault/errors'
import { canonicalBody, DB_FILE, dbPath, readVaultFile, VAULT_FILE, writeVaultFile, type VaultFile } from '../vault/file'
import {
  BackupCurrentUnreadableError,
  BackupForeignVaultError,
  BackupRestoreFailedError,
  BackupRollbackFailedError,
  BackupTamperedError
} from './errors'
import { copyDurable, explainWriteError, hashFile } from './files'
import { centreStamp, type BackupManifest } from './manifest'
import { unwrapBackupKey, type BackupSecret } from './secret'
import { assertBackupSound, readBackupInfo } from './verify'

/** The key of the running vault, or a password / the recovery code valid when the backup was made. */
export type RestoreKey = Buffer | BackupSecret

export interface RestoreOptions {
  now: Date
  /**
   * Replace a data dir whose vault cannot be read (the "broken" first screen), after the admin
   * confirmed it: whose it is cannot be checked. Its files are kept aside like any others.
   */
  replaceUnreadable?: boolean
}

export interface Restored {
  manifest: BackupManifest
  /** Where the files it replaced now are (`<dataDir>/before-restore-…`); null when there were none. */
  asideDir: string | null
}

/** Everything of the live vault in the data dir; `.new` is a setup that never finished. */
const LIVE_FILES = [VAULT_FILE, DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, `${DB_FILE}.new`]

type Current = { kind: 'fresh' } | { kind: 'unreadable' } | { kind: 'vault'; file: VaultFile }

/**
 * Puts a backup in place of the data dir's vault. The caller has closed the database (no
 * connection may hold xinan.db). Refused, with nothing changed, for a folder that is not a
 * backup, a damaged or altered one, a wrong key, or another centre's backup over this vault.
 *
 * The slow work (verify, copy, hash) happens beside the live files; then they are moved to
 * `before-restore-<stamp>/`, the copy takes their place, and it must open as an unlock opens it
 * (key, quick_check, this vault's id, migrations). If it does not, the previous files go back.
 */
export async function restoreBackup(dataDir: string, backupDir: string, key: RestoreKey, opts: RestoreOptions): Promise<Restored> {
  // Shape, sizes and identity first: a wrong folder is said before anyone waits for a KDF.
  const info = readBackupInfo(backupDir)
  const current = currentVault(dataDir)
  if (current.kind === 'vault' && current.file.body.vaultId !== info.vaultId) throw new BackupForeignVaultError()
  if (current.kind === 'unreadable' && !opts.replaceUnreadable) throw new BackupCurrentUnreadableError()

  const dek = Buffer.isBuffer(key) ? Buffer.from(key) : await unwrapBackupKey(backupDir, key)
  const incoming = join(dataDir, `${DB_FILE}.restoring`)
  try {
    const manifest = assertBackupSound(backupDir, dek)
    const vault = restoredVaultFile(backupDir, current, Buffer.isBuffer(key) ? dek : null)
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    rmSync(incoming, { force: true })
    try {
      copyDurable(join(backupDir, DB_FILE), incoming)
    } catch (error) {
      throw explainWriteError(error)
    }
    // The drive may have changed under us since it was verified.
    if (hashFile(incoming).sha256 !== manifest.files[DB_FILE].sha256) throw new BackupTamperedError(DB_FILE)

    const asideDir = moveAside(dataDir, opts.now)
    try {
      renameSync(incoming, dbPath(dataDir))
      writeVaultFile(dataDir, vault)
      openAsUnlockDoes(dataDir, dek, manifest.vaultId, opts.now)
    } catch (error) {
      putBack(dataDir, asideDir)
      throw new BackupRestoreFailedError(error instanceof Error ? error.name : 'unknown')
    }
    return { manifest, asideDir }
  } finally {
    dek.fill(0)
    rmSync(incoming, { force: true })
  }
}

function currentVault(dataDir: string): Current {
  let file: VaultFile | null
  try {
    file = readVaultFile(dataDir)
  } catch {
    return { kind: 'unreadable' }
  }
  if (file) return { kind: 'vault', file }
  return existsSync(dbPath(dataDir)) ? { kind: 'unreadable' } : { kind: 'fresh' }
}

/**
 * Restored with the running vault's own key (an admin in the app): this PC's vault.json stays,
 * so today's passwords and recovery code open the restored records (a slot of an account the
 * backup does not know opens nothing: the login checks the user in the database).
 * Otherwise the backup's key slots, with what happened on this PC since: its throttle, and the
 * failed logins not yet written to the audit log (unsigned fields, so the signature still holds).
 */
function restoredVaultFile(backupDir: string, current: Current, liveDek: Buffer | null): VaultFile {
  const file = readVaultFile(backupDir)
  if (!file) throw new BackupTamperedError(VAULT_FILE)
  if (current.kind !== 'vault') return file
  if (liveDek && macsEqual(current.file.mac, vaultMac(liveDek, canonicalBody(current.file.body)))) return current.file
  const seen = new Set<string>()
  const pending = [...file.pendingAudit, ...current.file.pendingAudit].filter((e) => {
    const key = JSON.stringify(e)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return { ...file, throttle: current.file.throttle, pendingAudit: pending.slice(-10_000) }
}

function moveAside(dataDir: string, now: Date): string | null {
  const present = LIVE_FILES.filter((f) => existsSync(join(dataDir, f)))
  if (present.length === 0) return null
  const stem = `before-restore-${centreStamp(now)}`
  let asideDir = join(dataDir, stem)
  for (let n = 2; existsSync(asideDir); n++) asideDir = join(dataDir, `${stem}-${n}`)
  mkdirSync(asideDir, { mode: 0o700 })
  const moved: string[] = []
  try {
    for (const f of present) {
      renameSync(join(dataDir, f), join(asideDir, f))
      moved.push(f)
    }
  } catch (error) {
    for (const f of moved) renameSync(join(asideDir, f), join(dataDir, f))
    rmdirSync(asideDir)
    throw error
  }
  syncDirectory(dataDir)
  return asideDir
}

/** Removes what the restore put in place and moves the previous files back. */
function putBack(dataDir: string, asideDir: string | null): void {
  try {
    for (const f of LIVE_FILES) rmSync(join(dataDir, f), { force: true })
    if (asideDir) {
      for (const f of LIVE_FILES) if (existsSync(join(asideDir, f))) renameSync(join(asideDir, f), join(dataDir, f))
      rmdirSync(asideDir)
    }
    syncDirectory(dataDir)
  } catch {
    throw new BackupRollbackFailedError(asideDir ?? dataDir)
  }
}

/** Exactly what the next unlock will do to the file, so a restore that succeeds can be unlocked. */
function openAsUnlockDoes(dataDir: string, dek: Buffer, vaultId: string, now: Date): void {
  const vault = readVaultFile(dataDir)
  if (!vault || !macsEqual(vault.mac, vaultMac(dek, canonicalBody(vault.body)))) throw new VaultTamperedError()
  const conn = connect(dbPath(dataDir), dek, vaultId, { create: false, now: now.toISOString() })
  conn.sqlite.close()
}
