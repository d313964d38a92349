import { closeSync, openSync, readSync, statSync, truncateSync, writeSync } from 'node:fs'
import type Database from 'better-sqlite3'
import { afterAll } from 'vitest'
import { connect } from '../../../src/main/core/db/connection'
import { dbPath } from '../../../src/main/core/vault/file'
import { ADMIN, loginAdmin, ok, setUpCore, type TestCore } from '../helpers/core'
import { unwrapDek } from '../helpers/db'
import { readVault } from '../helpers/files'
import { createOrg, studentInput } from '../students/fixtures'

export interface BackupWorld {
  core: TestCore
  dek: Buffer
  vaultId: string
  recoveryCode: string
  /** Student IDs by name; 李四's row was deleted (a gap in the rowids). */
  students: Record<'张三' | '赵六' | '王小明', string>
}

/** What a careless copy would leak: typed into the vault before any backup is made. */
export const RECORD_TEXT = ['王小明', '2025010104', '139 0000 4444', '王大伟', '心理学院', '应用心理1班', '李老师', '12号楼-305']

/**
 * A vault with an org, four students (one on the watch list) and a hole in the students' rowids:
 * 李四's row is deleted directly, as a purge would, so a copy that renumbered rows would point
 * the search index at the wrong student. The core is locked when it is returned.
 */
export async function setUpBackupWorld(): Promise<BackupWorld> {
  const core = await setUpCore()
  const recoveryCode = (await ok(core, 'auth.recoveryCode.get', {})).code
  const org = await createOrg(core)
  const inClass = { collegeId: org.collegeId, classId: org.classId }
  const zhang = await ok(core, 'students.create', studentInput({ studentNo: '2025010101', name: '张三', ...inClass }))
  const li = await ok(core, 'students.create', studentInput({ studentNo: '2025010102', name: '李四', ...inClass }))
  const zhao = await ok(core, 'students.create', studentInput({ studentNo: '2025010103', name: '赵六' }))
  const wang = await ok(
    core,
    'students.create',
    studentInput({ studentNo: '2025010104', name: '王小明', guardianName: '王大伟', guardianPhone: '139 0000 4444', ...inClass })
  )
  await ok(core, 'watch.setTier', { studentId: zhang.id, tier: 'serious', reason: '辅导员反映近期情绪低落', riskFactors: [], specialPeriod: null })
  await ok(core, 'auth.lock', { reason: 'button' })

  const dek = await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password)
  const vaultId = readVault(core.dataDir).body.vaultId
  const db = live(core.dataDir, dek, vaultId)
  db.pragma('foreign_keys=OFF')
  db.prepare('DELETE FROM students WHERE id = ?').run(li.id)
  db.close()
  return { core, dek, vaultId, recoveryCode, students: { 张三: zhang.id, 赵六: zhao.id, 王小明: wang.id } }
}

const opened: Database.Database[] = []
afterAll(() => {
  for (const db of opened.splice(0)) if (db.open) db.close()
})

/** The database opened the way an unlock opens it (WAL, migrated): the connection a backup runs on. */
export function live(dataDir: string, dek: Buffer, vaultId: string): Database.Database {
  const { sqlite } = connect(dbPath(dataDir), dek, vaultId, { create: false, now: new Date().toISOString() })
  opened.push(sqlite)
  return sqlite
}

export const unlockAdmin = (world: BackupWorld): Promise<unknown> => loginAdmin(world.core)

/** Students' rowids next to their IDs: what the full-text indexes point at. */
export const studentRowids = (db: Database.Database): unknown[] => db.prepare('SELECT rowid, id FROM students ORDER BY rowid').all()

export function flipByte(path: string, at: number): void {
  const fd = openSync(path, 'r+')
  try {
    const byte = Buffer.alloc(1)
    readSync(fd, byte, 0, 1, at)
    byte[0] = byte[0]! ^ 0xff
    writeSync(fd, byte, 0, 1, at)
  } finally {
    closeSync(fd)
  }
}

export const cutShort = (path: string, bytes: number): void => truncateSync(path, statSync(path).size - bytes)
