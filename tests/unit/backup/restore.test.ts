import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { createBackup, restoreBackup, type CreatedBackup } from '../../../src/main/core/backup'
import {
  BackupCurrentUnreadableError,
  BackupForeignVaultError,
  BackupFormatUnsupportedError,
  BackupManifestMissingError,
  BackupRestoreFailedError,
  BackupTamperedError,
  BackupTooNewError,
  BackupTruncatedError,
  BackupWrongKeyError,
  BackupWrongSecretError,
  NotABackupError
} from '../../../src/main/core/backup/errors'
import { openEncrypted } from '../../../src/main/core/db/open'
import { ADMIN, copyDir, err, loginAdmin, newCore, ok, setUpCore, tempDir } from '../helpers/core'
import { tableDigests, track, unwrapDek } from '../helpers/db'
import { readVault, snapshotDir } from '../helpers/files'
import { studentInput } from '../students/fixtures'
import { resign } from './resign'
import { cutShort, flipByte, live, setUpBackupWorld, studentRowids, type BackupWorld } from './world'

const now = new Date('2026-11-03T02:00:00.000Z')
type Digests = ReturnType<typeof tableDigests>

describe('restoring a backup', () => {
  let w: BackupWorld
  let backup: CreatedBackup
  let atBackup: Digests
  let rowidsAtBackup: unknown[]
  let foreign: CreatedBackup

  beforeAll(async () => {
    w = await setUpBackupWorld()
    const db = live(w.core.dataDir, w.dek, w.vaultId)
    backup = createBackup(db, w.dek, w.core.dataDir, tempDir(), new Date('2026-11-02T01:00:00.000Z'))
    atBackup = tableDigests(db)
    rowidsAtBackup = studentRowids(db)
    db.close()
    // Work done after the backup, which a restore takes back.
    await loginAdmin(w.core)
    await ok(w.core, 'students.create', studentInput({ studentNo: '2025010109', name: '孙七' }))
    await ok(w.core, 'auth.lock', { reason: 'button' })
    // A failed login since: the restored vault must still count it and still audit it.
    await err(w.core, 'auth.login', { username: ADMIN.username, password: 'a wrong guess' })

    const other = await setUpCore()
    await ok(other, 'auth.lock', { reason: 'button' })
    const otherDek = await unwrapDek(other.dataDir, ADMIN.username, ADMIN.password)
    const otherDb = live(other.dataDir, otherDek, readVault(other.dataDir).body.vaultId)
    foreign = createBackup(otherDb, otherDek, other.dataDir, tempDir(), new Date('2026-11-02T01:00:00.000Z'))
    otherDb.close()
  })

  /** Restoring `dir` into the vault's data dir fails with `error`, and no file there changed. */
  async function refused(dir: string, error: new (...args: never[]) => Error, key: Parameters<typeof restoreBackup>[2] = w.dek): Promise<void> {
    const before = snapshotDir(w.core.dataDir)
    await expect(restoreBackup(w.core.dataDir, dir, key, { now })).rejects.toThrow(error)
    expect(snapshotDir(w.core.dataDir)).toEqual(before)
  }

  it('refuses a backup with a byte flipped', async () => {
    const copy = copyDir(backup.path)
    flipByte(join(copy, 'xinan.db'), 5000)
    await refused(copy, BackupTamperedError)
  })

  it('refuses a truncated backup', async () => {
    const copy = copyDir(backup.path)
    cutShort(join(copy, 'xinan.db'), 4096)
    await refused(copy, BackupTruncatedError)
  })

  it('refuses a manifest whose counts were edited (it is signed with the key)', async () => {
    const copy = copyDir(backup.path)
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as { counts: Record<string, number> }
    manifest.counts.students = 300
    writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest))
    await refused(copy, BackupTamperedError)
  })

  it("refuses another centre's backup over this vault, before any key is tried", async () => {
    await refused(foreign.path, BackupForeignVaultError)
  })

  it("does not open another centre's backup with this vault's key or recovery code", async () => {
    const fresh = tempDir()
    await expect(restoreBackup(fresh, foreign.path, w.dek, { now })).rejects.toThrow(BackupWrongKeyError)
    await expect(restoreBackup(fresh, foreign.path, { recoveryCode: w.recoveryCode }, { now })).rejects.toThrow(BackupWrongSecretError)
    expect(readdirSync(fresh)).toEqual([])
  })

  it('refuses a folder that is not a backup, and one without its manifest', async () => {
    const notBackup = tempDir()
    writeFileSync(join(notBackup, '学生名单.txt'), 'not a backup')
    await refused(notBackup, NotABackupError)
    const noManifest = copyDir(backup.path)
    rmSync(join(noManifest, 'manifest.json'))
    await refused(noManifest, BackupManifestMissingError)
  })

  it('refuses a backup from a newer XinAn: a newer format, or a schema this build does not know', async () => {
    const newerFormat = copyDir(backup.path)
    const manifest = JSON.parse(readFileSync(join(newerFormat, 'manifest.json'), 'utf8')) as { format: number }
    writeFileSync(join(newerFormat, 'manifest.json'), JSON.stringify({ ...manifest, format: 2 }))
    await refused(newerFormat, BackupFormatUnsupportedError)
    const newerSchema = copyDir(backup.path)
    resign(newerSchema, w.dek, (db) => {
      db.prepare("INSERT INTO __xinan_migrations VALUES (99, '0099_future', 'x', '2027-01-01T00:00:00.000Z')").run()
    })
    await refused(newerSchema, BackupTooNewError)
  })

  it('refuses a wrong password on a fresh install and writes nothing', async () => {
    const fresh = tempDir()
    await expect(restoreBackup(fresh, backup.path, { username: ADMIN.username, password: 'not the password' }, { now })).rejects.toThrow(
      BackupWrongSecretError
    )
    expect(readdirSync(fresh)).toEqual([])
  })

  it('replaces a data dir whose vault cannot be read only when told to, keeping its files aside', async () => {
    const broken = copyDir(w.core.dataDir)
    writeFileSync(join(broken, 'vault.json'), '{ damaged')
    const before = snapshotDir(broken)
    await expect(restoreBackup(broken, backup.path, w.dek, { now })).rejects.toThrow(BackupCurrentUnreadableError)
    expect(snapshotDir(broken)).toEqual(before)
    const restored = await restoreBackup(broken, backup.path, w.dek, { now, replaceUnreadable: true })
    expect(readFileSync(join(restored.asideDir!, 'vault.json'), 'utf8')).toBe('{ damaged')
    expect(tableDigests(track(openEncrypted(join(broken, 'xinan.db'), w.dek, { create: false })))).toEqual(atBackup)
  })

  it('puts the previous files back when the restored database fails to open as an unlock would', async () => {
    // Signed with the key, whole, and passing its checks, but its migration history was edited:
    // only the unlock sequence (migrate) refuses it, after the files were swapped.
    const edited = copyDir(backup.path)
    resign(edited, w.dek, (db) => {
      db.prepare("UPDATE __xinan_migrations SET hash = 'edited' WHERE idx = 0").run()
    })
    const dataDir = copyDir(w.core.dataDir)
    const before = snapshotDir(dataDir)
    await expect(restoreBackup(dataDir, edited, w.dek, { now })).rejects.toThrow(BackupRestoreFailedError)
    expect(snapshotDir(dataDir)).toEqual(before)
    expect(readdirSync(dataDir).filter((n) => n.startsWith('before-restore'))).toEqual([])
  })

  it('brings back the vault as it was at the backup, keeping the replaced files aside', async () => {
    const restored = await restoreBackup(w.core.dataDir, backup.path, w.dek, { now })
    expect(restored.manifest).toEqual(backup.manifest)
    expect(restored.asideDir).toBe(join(w.core.dataDir, 'before-restore-20261103-100000'))
    expect(readdirSync(restored.asideDir!).sort()).toEqual(['vault.json', 'xinan.db'])
    const db = track(openEncrypted(join(w.core.dataDir, 'xinan.db'), w.dek, { create: false }))
    expect(tableDigests(db)).toEqual(atBackup)
    expect(studentRowids(db)).toEqual(rowidsAtBackup)
    db.close()
    const aside = track(openEncrypted(join(restored.asideDir!, 'xinan.db'), w.dek, { create: false }))
    expect(aside.prepare("SELECT count(*) FROM students WHERE name = '孙七'").pluck().get()).toBe(1)
    // The key slots of the backup, with this PC's count of failed logins and their pending audit.
    const vault = readVault(w.core.dataDir)
    expect(vault.body).toEqual(readVault(backup.path).body)
    expect(Object.values(vault.throttle).map((t) => t.failures)).toEqual([1])
    expect(vault.pendingAudit.map((e) => e.action)).toEqual(['auth.login_failed'])
  })

  it('and the app unlocks it: search finds the right students, the audit chain holds', async () => {
    await loginAdmin(w.core)
    expect((await ok(w.core, 'students.search', { q: '王小明', limit: 20 })).map((s) => s.id)).toEqual([w.students.王小明])
    expect((await ok(w.core, 'students.search', { q: '赵六', limit: 20 })).map((s) => s.id)).toEqual([w.students.赵六])
    expect(await ok(w.core, 'students.search', { q: '孙七', limit: 20 })).toEqual([])
    expect(await ok(w.core, 'audit.verify', {})).toMatchObject({ ok: true })
    // The failed login was written to the restored audit log at this unlock.
    expect(readVault(w.core.dataDir).pendingAudit).toEqual([])
    await ok(w.core, 'auth.lock', { reason: 'button' })
  })

  it('onto a fresh install with the recovery code, or with a password of the time', async () => {
    const fresh = { code: tempDir(), password: tempDir() }
    await restoreBackup(fresh.code, backup.path, { recoveryCode: w.recoveryCode.toLowerCase() }, { now })
    const restored = await restoreBackup(fresh.password, backup.path, { username: ADMIN.username, password: ADMIN.password }, { now })
    expect(restored.asideDir).toBeNull()
    for (const dir of Object.values(fresh)) {
      expect(readdirSync(dir).sort()).toEqual(['vault.json', 'xinan.db'])
      const db: Database.Database = track(openEncrypted(join(dir, 'xinan.db'), w.dek, { create: false }))
      expect(tableDigests(db)).toEqual(atBackup)
      db.close()
    }
    const core = newCore(fresh.code)
    await loginAdmin(core)
    expect((await ok(core, 'students.search', { q: '王小明', limit: 20 })).map((s) => s.id)).toEqual([w.students.王小明])
  })
})
