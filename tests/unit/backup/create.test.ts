import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { createBackup, readBackupInfo, verifyBackup, type CreatedBackup } from '../../../src/main/core/backup'
import { BackupTargetUnavailableError } from '../../../src/main/core/backup/errors'
import { hashFile } from '../../../src/main/core/backup/files'
import { MIGRATIONS } from '../../../src/main/core/db/migrate'
import { openEncrypted } from '../../../src/main/core/db/open'
import { CENTRE, tempDir } from '../helpers/core'
import { tableDigests, track } from '../helpers/db'
import { readAllFiles, snapshotDir } from '../helpers/files'
import { live, RECORD_TEXT, setUpBackupWorld, studentRowids, type BackupWorld } from './world'

/**
 * What the data dir holds: its file names and every table's rows. Not the bytes: a backup first
 * checkpoints the WAL into xinan.db (the same rows, moved), and -shm is where readers leave marks.
 */
const dataFiles = (dir: string, db: Database.Database): { names: string[]; tables: ReturnType<typeof tableDigests> } => ({
  names: Object.keys(snapshotDir(dir)).filter((n) => !n.endsWith('-shm') && !n.endsWith('-wal')),
  tables: tableDigests(db)
})

const encodings = (text: string): Buffer[] => [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16()]

describe('a backup', () => {
  let w: BackupWorld
  let db: Database.Database
  let target: string
  let backup: CreatedBackup
  let dataBefore: ReturnType<typeof dataFiles>

  beforeAll(async () => {
    w = await setUpBackupWorld()
    db = live(w.core.dataDir, w.dek, w.vaultId)
    // A table with no index at all and holes in its rowids: the case where a plain VACUUM may renumber.
    db.exec("CREATE TABLE bare (v TEXT); INSERT INTO bare VALUES ('a'), ('b'), ('c'), ('d'); DELETE FROM bare WHERE v IN ('a', 'c')")
    target = tempDir()
    dataBefore = dataFiles(w.core.dataDir, db)
    // 09:00 in the centre (UTC+8), whatever zone this machine is in.
    backup = createBackup(db, w.dek, w.core.dataDir, target, new Date('2026-11-02T01:00:00.000Z'))
  })

  it('is one folder named by centre time, holding the key file, the database and the manifest', () => {
    expect(backup.name).toBe('xinan-backup-20261102-090000')
    expect(backup.path).toBe(join(target, backup.name))
    expect(readdirSync(target)).toEqual([backup.name])
    expect(readdirSync(backup.path).sort()).toEqual(['manifest.json', 'vault.json', 'xinan.db'])
    expect(readFileSync(join(backup.path, 'vault.json'))).toEqual(readFileSync(join(w.core.dataDir, 'vault.json')))
  })

  it('leaves the data as it was (the same files, the same rows)', () => {
    expect(dataFiles(w.core.dataDir, db)).toEqual(dataBefore)
  })

  it('is the live file copied page for page, as encrypted on disk (nothing decrypted and written again)', () => {
    expect(readFileSync(join(backup.path, 'xinan.db')).equals(readFileSync(join(w.core.dataDir, 'xinan.db')))).toBe(true)
  })

  it('is encrypted with the vault key: no SQLite header, unreadable without the key, whole with it', () => {
    const file = join(backup.path, 'xinan.db')
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toContain('SQLite format 3')
    const plain = track(new Database(file, { readonly: true, fileMustExist: true }))
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }))
    const copy = track(openEncrypted(file, w.dek, { create: false }))
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('holds the same rows as the live database, at the same rowids', () => {
    const copy = track(openEncrypted(join(backup.path, 'xinan.db'), w.dek, { create: false }))
    expect(tableDigests(copy)).toEqual(tableDigests(db))
    expect(studentRowids(copy)).toEqual(studentRowids(db))
    // The hole 李四 left is still there: rows were not renumbered.
    expect((studentRowids(copy) as { rowid: number }[]).map((r) => r.rowid)).toEqual([1, 3, 4])
    expect(copy.prepare('SELECT rowid, v FROM bare ORDER BY rowid').all()).toEqual([
      { rowid: 2, v: 'b' },
      { rowid: 4, v: 'd' }
    ])
  })

  it('puts no record in any of its files, in any encoding', () => {
    for (const [name, bytes] of readAllFiles(backup.path)) {
      for (const text of RECORD_TEXT) {
        for (const encoded of encodings(text)) expect(bytes.indexOf(encoded), `${text} in ${name}`).toBe(-1)
      }
      // The centre's name is vault.json's label (shown on the login screen), and only there.
      expect(bytes.includes(Buffer.from(CENTRE, 'utf8')), `centre in ${name}`).toBe(name === 'vault.json')
    }
  })

  it('has a manifest of this vault: counts, schema level, hashes and sizes', () => {
    const m = backup.manifest
    expect(JSON.parse(readFileSync(join(backup.path, 'manifest.json'), 'utf8'))).toEqual(m)
    expect(m).toMatchObject({ app: 'xinan', format: 1, vaultId: w.vaultId, createdAt: '2026-11-02T01:00:00.000Z', appVersion: '0.1.0' })
    expect(m.schema).toEqual({ migrations: MIGRATIONS.length, lastTag: MIGRATIONS.at(-1)!.tag })
    const digests = tableDigests(db)
    expect(Object.keys(m.counts).sort()).toEqual(Object.keys(digests).filter((t) => !t.startsWith('sqlite_')).sort())
    for (const [table, n] of Object.entries(m.counts)) expect(n, table).toBe(digests[table]!.rows)
    expect(m.counts.students).toBe(3)
    expect(m.files['xinan.db']).toEqual(hashFile(join(backup.path, 'xinan.db')))
    expect(m.files['vault.json']).toEqual(hashFile(join(backup.path, 'vault.json')))
  })

  it('verifies with the key and refuses another key', () => {
    const before = snapshotDir(backup.path)
    expect(verifyBackup(backup.path, w.dek)).toEqual({ ok: true, manifest: backup.manifest, problems: [] })
    expect(verifyBackup(backup.path, randomBytes(32))).toEqual({
      ok: false,
      manifest: backup.manifest,
      problems: [{ messageKey: 'errors.backup.wrongKey' }]
    })
    expect(snapshotDir(backup.path)).toEqual(before)
  })

  it('tells the restore screen its date, centre, version and counts without the key', () => {
    const info = readBackupInfo(backup.path)
    expect(info).toMatchObject({ name: backup.name, vaultId: w.vaultId, label: CENTRE, createdAt: '2026-11-02T01:00:00.000Z', appVersion: '0.1.0' })
    expect(info.counts).toEqual(backup.manifest.counts)
    expect(info.bytes).toBe(backup.manifest.files['xinan.db'].bytes + backup.manifest.files['vault.json'].bytes)
  })

  it('gets a suffix when a second one falls in the same second', () => {
    const second = createBackup(db, w.dek, w.core.dataDir, target, new Date('2026-11-02T01:00:00.400Z'))
    expect(second.name).toBe('xinan-backup-20261102-090000-2')
    expect(verifyBackup(second.path, w.dek).ok).toBe(true)
  })

  it('into a folder that is not there: a clear error, and nothing written anywhere', () => {
    const gone = join(tempDir(), 'usb-drive-removed')
    expect(() => createBackup(db, w.dek, w.core.dataDir, gone, new Date())).toThrow(BackupTargetUnavailableError)
    expect(existsSync(gone)).toBe(false)
    expect(dataFiles(w.core.dataDir, db)).toEqual(dataBefore)
  })

  it('is refused inside a transaction (SQLite cannot VACUUM there), before anything is written', () => {
    const empty = tempDir()
    expect(() => db.transaction(() => createBackup(db, w.dek, w.core.dataDir, empty, new Date()))()).toThrow(/inside a transaction/)
    expect(readdirSync(empty)).toEqual([])
  })

  it('is refused on a connection that could spill sorts to (unencrypted) temporary files', () => {
    const empty = tempDir()
    const other = live(w.core.dataDir, w.dek, w.vaultId)
    other.pragma('temp_store=DEFAULT')
    expect(() => createBackup(other, w.dek, w.core.dataDir, empty, new Date())).toThrow(/temp_store=MEMORY/)
    expect(readdirSync(empty)).toEqual([])
  })
})
