import { randomBytes, randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { MIGRATIONS, migrate } from '../../../src/main/core/db/migrate'
import { openEncrypted } from '../../../src/main/core/db/open'
import * as schema from '../../../src/main/core/db/schema'
import { previewPurge, purgeCutoff, readRetention, writeRetention } from '../../../src/main/core/retention'
import { guessMapping } from '../../../src/main/core/students/import/mapping'
import { leftOnAfter } from '../../../src/main/core/students/leaving'
import { ADMIN, loginAdmin, ok, setUpCore, tempDir, type TestCore } from '../helpers/core'
import { openDb, track, unwrapDek } from '../helpers/db'
import { studentInput } from '../students/fixtures'
import { csvBase64, HEADERS } from '../students/roster'
import { inTx } from './helpers'

const AT = '2026-11-02T01:00:00.000Z'

function newDb(migrations = MIGRATIONS): Database.Database {
  const db = track(openEncrypted(join(tempDir(), 'policy.db'), randomBytes(32), { create: true }))
  migrate(db, AT, migrations)
  return db
}

function insertStudent(db: Database.Database, status: string, updatedAt: string, leftOn?: string | null): string {
  const id = randomUUID()
  const extra = leftOn === undefined ? {} : { left_on: leftOn }
  const row = { id, student_no: id.slice(0, 10), name: '测试', name_pinyin: 'ceshi', name_initials: 'cs', status, created_at: AT, updated_at: updatedAt, ...extra }
  const names = Object.keys(row)
  db.prepare(`INSERT INTO students (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(row)
  return id
}

describe('retention: the policy', () => {
  it('cutoff: records of a student who left before it are due (left_on + N years < today)', () => {
    expect(purgeCutoff('2036-11-03', 10)).toBe('2026-11-03')
    expect(purgeCutoff('2029-01-01', 3)).toBe('2026-01-01')
    // 29 February: the cutoff is the 28th, so at the edge a record is kept a day longer, never purged early.
    expect(purgeCutoff('2036-02-29', 10)).toBe('2026-02-28')
    expect(() => purgeCutoff('2036-02-30', 10)).toThrow()
    expect(() => purgeCutoff('2036-11-03', 0)).toThrow()
  })

  it('years after leaving: 10 by default, settable 3–30, nothing else', () => {
    const orm = drizzle(newDb(), { schema })
    expect(readRetention(orm)).toEqual({ yearsAfterLeaving: 10 })
    for (const bad of [2, 31, 5.5]) expect(() => writeRetention(orm, { yearsAfterLeaving: bad }, AT)).toThrow()
    expect(readRetention(orm)).toEqual({ yearsAfterLeaving: 10 })
    expect(writeRetention(orm, { yearsAfterLeaving: 3 }, AT)).toEqual({ yearsAfterLeaving: 3 })
    expect(writeRetention(orm, { yearsAfterLeaving: 30 }, AT)).toEqual({ yearsAfterLeaving: 30 })
  })

  it('the preview follows the setting; a student who has not left, or has no leaving date, is never due', () => {
    const db = newDb()
    insertStudent(db, 'graduated', AT, '2020-06-30')
    insertStudent(db, 'withdrawn', AT, '2024-01-15')
    insertStudent(db, 'enrolled', AT, null)
    insertStudent(db, 'graduated', AT, null)
    const orm = drizzle(db, { schema })
    const due = (): number => inTx(db, AT, (t) => previewPurge(t, '2031-01-01').students)
    expect(due()).toBe(1)
    writeRetention(orm, { yearsAfterLeaving: 3 }, AT)
    expect(due()).toBe(2)
    writeRetention(orm, { yearsAfterLeaving: 30 }, AT)
    expect(due()).toBe(0)
  })

  it('leftOnAfter: set on leaving, kept while left, cleared on return', () => {
    expect(leftOnAfter(undefined, 'enrolled', '2026-11-02')).toBeNull()
    expect(leftOnAfter(undefined, 'graduated', '2026-11-02')).toBe('2026-11-02')
    expect(leftOnAfter({ status: 'enrolled', leftOn: null }, 'withdrawn', '2026-11-02')).toBe('2026-11-02')
    expect(leftOnAfter({ status: 'graduated', leftOn: '2025-06-30' }, 'graduated', '2026-11-02')).toBe('2025-06-30')
    expect(leftOnAfter({ status: 'graduated', leftOn: '2025-06-30' }, 'withdrawn', '2026-11-02')).toBe('2025-06-30')
    expect(leftOnAfter({ status: 'graduated', leftOn: null }, 'graduated', '2026-11-02')).toBe('2026-11-02')
    expect(leftOnAfter({ status: 'graduated', leftOn: '2025-06-30' }, 'on_leave', '2026-11-02')).toBeNull()
    expect(leftOnAfter({ status: 'on_leave', leftOn: null }, 'on_leave', '2026-11-02')).toBeNull()
  })
})

describe('retention: migration 0007 gives students who already left a leaving date', () => {
  it('from the last change to their row, as a centre date; nobody else gets one', () => {
    const idx = MIGRATIONS.findIndex((m) => m.tag === '0007_retention')
    expect(idx).toBe(7)
    const db = newDb(MIGRATIONS.slice(0, idx))
    const graduated = insertStudent(db, 'graduated', '2024-06-30T17:00:00.000Z')
    const withdrawn = insertStudent(db, 'withdrawn', '2025-03-01T03:00:00.000Z')
    const enrolled = insertStudent(db, 'enrolled', '2024-06-30T17:00:00.000Z')
    const onLeave = insertStudent(db, 'on_leave', '2024-06-30T17:00:00.000Z')
    expect(migrate(db, AT, MIGRATIONS.slice(0, idx + 1))).toBe(1)
    const leftOn = (id: string): unknown => (db.prepare('SELECT left_on FROM students WHERE id = ?').get(id) as { left_on: unknown }).left_on
    // 17:00 UTC on 30 June is 01:00 on 1 July in the centre.
    expect([leftOn(graduated), leftOn(withdrawn), leftOn(enrolled), leftOn(onLeave)]).toEqual(['2024-07-01', '2025-03-01', null, null])
  })
})

describe('retention: the leaving date follows the status, in the student form and the roster import', () => {
  let core: TestCore
  let raw: Database.Database
  const leftOn = (studentNo: string): unknown =>
    (raw.prepare('SELECT left_on FROM students WHERE student_no = ?').get(studentNo) as { left_on: unknown } | undefined)?.left_on

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
  })

  it('students.create and students.update: set on the day of leaving, kept after, cleared on return', async () => {
    await ok(core, 'students.create', studentInput({ studentNo: '2020000001', status: 'graduated' }))
    expect(leftOn('2020000001')).toBe('2026-11-02')
    const s = await ok(core, 'students.create', studentInput({ studentNo: '2020000002', name: '李四' }))
    expect(leftOn('2020000002')).toBeNull()
    const fields = studentInput({ studentNo: '2020000002', name: '李四' })
    await ok(core, 'students.update', { id: s.id, ...fields, status: 'on_leave' })
    expect(leftOn('2020000002')).toBeNull()

    core.clock.advance(3 * 86_400_000)
    await loginAdmin(core)
    await ok(core, 'students.update', { id: s.id, ...fields, status: 'withdrawn' })
    expect(leftOn('2020000002')).toBe('2026-11-05')
    core.clock.advance(86_400_000)
    await loginAdmin(core)
    await ok(core, 'students.update', { id: s.id, ...fields, status: 'graduated', phone: '138 0000 9999' })
    expect(leftOn('2020000002')).toBe('2026-11-05')
    await ok(core, 'students.update', { id: s.id, ...fields, status: 'enrolled' })
    expect(leftOn('2020000002')).toBeNull()
  })

  it('roster import: a row marked 毕业 sets it, a later 在读 clears it, an unchanged 毕业 keeps the first date', async () => {
    const row = (no: string, status: string): string[] => [no, '王小明', '男', '2006-01-01', '', '', '', '', '', '', '', status, '']
    const commit = (rows: string[][]) =>
      ok(core, 'students.import.commit', { fileName: '名单.csv', contentBase64: csvBase64([HEADERS, ...rows]), mapping: guessMapping(HEADERS), createMissing: true })
    await commit([row('2020000101', '毕业'), row('2020000102', '在读'), row('2020000103', '退学')])
    expect([leftOn('2020000101'), leftOn('2020000102'), leftOn('2020000103')]).toEqual(['2026-11-06', null, '2026-11-06'])
    core.clock.advance(86_400_000)
    await loginAdmin(core)
    await commit([row('2020000101', '毕业'), row('2020000102', '毕业'), row('2020000103', '在读')])
    expect([leftOn('2020000101'), leftOn('2020000102'), leftOn('2020000103')]).toEqual(['2026-11-06', '2026-11-07', null])
  })
})
