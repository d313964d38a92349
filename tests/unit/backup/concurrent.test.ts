import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackup, verifyBackup } from '../../../src/main/core/backup'
import { openEncrypted } from '../../../src/main/core/db/open'
import { sqlcipherRawKey } from '../../../src/main/core/vault/crypto'
import { dbPath } from '../../../src/main/core/vault/file'
import { tempDir } from '../helpers/core'
import { track } from '../helpers/db'
import { live, setUpBackupWorld, type BackupWorld } from './world'

/**
 * Another process writing to the vault while the backup runs: each of its transactions adds two
 * rows and counts one, so a snapshot taken mid-transaction would hold an odd number of rows or a
 * count that does not match them.
 */
const WRITER = `
const Database = require(process.env.XINAN_SQLITE)
const db = new Database(process.env.XINAN_DB, { fileMustExist: true })
db.pragma("cipher='sqlcipher'")
db.pragma('legacy=4')
db.key(Buffer.from(process.env.XINAN_KEY, 'latin1'))
db.pragma('busy_timeout=10000')
db.pragma('synchronous=FULL')
const pair = db.prepare('INSERT INTO writer_pairs (n, side) VALUES (?, ?)')
const count = db.prepare('UPDATE writer_count SET n = n + 1')
const step = db.transaction((i) => { pair.run(i, 'a'); count.run(); pair.run(i, 'b') })
let i = 0
function burst() {
  for (let k = 0; k < 20; k++) step(++i)
  if (i === 200) process.stdout.write('ready\\n')
  setImmediate(burst)
}
burst()
`

const counter = (db: ReturnType<typeof live>): number => db.prepare('SELECT n FROM writer_count').pluck().get() as number

describe('a backup while another connection writes', () => {
  let w: BackupWorld
  let writer: ChildProcess

  beforeAll(async () => {
    w = await setUpBackupWorld()
    const db = live(w.core.dataDir, w.dek, w.vaultId)
    db.exec('CREATE TABLE writer_pairs (n INTEGER NOT NULL, side TEXT NOT NULL); CREATE TABLE writer_count (n INTEGER NOT NULL)')
    db.exec('INSERT INTO writer_count VALUES (0); CREATE TABLE filler (data BLOB NOT NULL)')
    // A few MiB, so the snapshot takes long enough for the writer to commit during it.
    const fill = db.prepare('INSERT INTO filler VALUES (?)')
    db.transaction(() => {
      for (let k = 0; k < 3000; k++) fill.run(randomBytes(2000))
    })()
    db.close()
  })

  afterAll(() => {
    writer?.kill()
  })

  it('is a consistent snapshot: whole transactions only, and it verifies', async () => {
    const rawKey = sqlcipherRawKey(w.dek)
    writer = spawn(process.execPath, ['-e', WRITER], {
      env: {
        ...process.env,
        XINAN_SQLITE: createRequire(import.meta.url).resolve('better-sqlite3'),
        XINAN_DB: dbPath(w.core.dataDir),
        XINAN_KEY: rawKey.toString('latin1')
      },
      stdio: ['ignore', 'pipe', 'inherit']
    })
    rawKey.fill(0)
    await new Promise<void>((resolve, reject) => {
      writer.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve()
      })
      writer.on('exit', (code) => reject(new Error(`writer exited with ${code}`)))
    })

    const db = live(w.core.dataDir, w.dek, w.vaultId)
    const before = counter(db)
    const backup = createBackup(db, w.dek, w.core.dataDir, tempDir(), new Date())
    const after = counter(db)
    writer.kill()

    // The writer kept committing while the snapshot was taken.
    expect(after).toBeGreaterThan(before)
    expect(verifyBackup(backup.path, w.dek)).toMatchObject({ ok: true, problems: [] })
    const copy = track(openEncrypted(join(backup.path, 'xinan.db'), w.dek, { create: false }))
    const taken = counter(copy)
    expect(taken).toBeGreaterThanOrEqual(before)
    expect(taken).toBeLessThanOrEqual(after)
    expect(copy.prepare('SELECT count(*) FROM writer_pairs').pluck().get()).toBe(2 * taken)
    expect(copy.prepare("SELECT count(*) FROM writer_pairs WHERE side = 'a'").pluck().get()).toBe(taken)
    expect(backup.manifest.counts.writer_pairs).toBe(2 * taken)
  })
})
