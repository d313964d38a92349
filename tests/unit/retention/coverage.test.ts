import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { migrate } from '../../../src/main/core/db/migrate'
import { openEncrypted } from '../../../src/main/core/db/open'
import { PURGE_STEPS, previewPurge, purgeExpired } from '../../../src/main/core/retention'
import { tempDir } from '../helpers/core'
import { track } from '../helpers/db'
import { inTx } from './helpers'

const AT = '2031-06-01T02:00:00.000Z'
const TODAY = '2031-06-01'
const purgedTables = new Set(PURGE_STEPS.map((s) => s.table))

type Row = Record<string, string | number | null>
interface ColumnInfo {
  name: string
  type: string
  dflt_value: string | null
}
interface ForeignKey {
  table: string
  from: string
  to: string
  on_delete: string
}

const columnsOf = (db: Database.Database, table: string): ColumnInfo[] => db.prepare(`PRAGMA table_info("${table}")`).all() as ColumnInfo[]
const foreignKeysOf = (db: Database.Database, table: string): ForeignKey[] => db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as ForeignKey[]

/** Ordinary tables: not the FTS5 indexes (kept by triggers) nor the migrations' own record. */
function userTables(db: Database.Database): string[] {
  const all = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__xinan_migrations' ORDER BY name")
    .all() as { name: string; sql: string }[]
  const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name)
  return all.map((t) => t.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)))
}

function migratedDb(): Database.Database {
  const db = track(openEncrypted(join(tempDir(), 'retention.db'), randomBytes(32), { create: true }))
  migrate(db, AT)
  db.pragma('foreign_keys = ON')
  return db
}

/**
 * One row in every table, parents first, each reference pointing at the same "world" `w`'s
 * parent row; texts carry the world's number, so two worlds never collide on a unique index.
 * The student of world `w` is given `student`'s status and leaving date.
 */
function fillWorld(db: Database.Database, w: number, student: Row, worlds: Map<string, Row[]>): void {
  const pending = userTables(db).filter((t) => t !== 'audit_log')
  const done = new Set<string>()
  while (pending.length > 0) {
    const ready = pending.findIndex((t) => foreignKeysOf(db, t).every((fk) => fk.table === t || done.has(fk.table)))
    expect(ready, `foreign keys form a cycle among ${pending.join(', ')}`).not.toBe(-1)
    const [table] = pending.splice(ready, 1) as [string]
    const refs = new Map(foreignKeysOf(db, table).map((fk) => [fk.from, fk]))
    const row: Row = {}
    for (const column of columnsOf(db, table)) {
      const ref = refs.get(column.name)
      if (ref) row[column.name] = worlds.get(ref.table)?.[w]?.[ref.to] ?? null
      else if (column.dflt_value === "'{}'") row[column.name] = JSON.stringify({ [column.name]: `${table}.${column.name}#${w}` })
      else if (column.dflt_value === "'[]'") row[column.name] = JSON.stringify([`${table}.${column.name}#${w}`])
      else if (/INT/i.test(column.type)) row[column.name] = w + 1
      else if (/REAL|FLOA|DOUB/i.test(column.type)) row[column.name] = w + 1.5
      else row[column.name] = `${table}.${column.name}#${w}`
    }
    if (table === 'students') Object.assign(row, student)
    const names = Object.keys(row)
    db.prepare(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
      ...names.map((n) => row[n])
    )
    worlds.set(table, [...(worlds.get(table) ?? []), row])
    done.add(table)
  }
}

const rowsOf = (db: Database.Database, table: string): Row[] => db.prepare(`SELECT * FROM "${table}"`).all() as Row[]

describe('retention: what a purge covers', () => {
  it('every table with a student_id column has a purge step', () => {
    const db = migratedDb()
    const withStudent = userTables(db).filter((t) => columnsOf(db, t).some((c) => c.name === 'student_id'))
    expect(withStudent.length).toBeGreaterThanOrEqual(14)
    expect(withStudent.filter((t) => !purgedTables.has(t))).toEqual([])
  })

  it('every table that refers to a purged table is purged too, unless its reference is set to null on delete', () => {
    const db = migratedDb()
    const missing: string[] = []
    for (const table of userTables(db)) {
      for (const fk of foreignKeysOf(db, table)) {
        if (purgedTables.has(fk.table) && !purgedTables.has(table) && fk.on_delete !== 'SET NULL') missing.push(`${table}.${fk.from} → ${fk.table}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('steps run children before parents: a step’s table is never referenced by a later step’s table', () => {
    const db = migratedDb()
    PURGE_STEPS.forEach((step, i) => {
      for (const later of PURGE_STEPS.slice(i + 1)) {
        const refersBack = foreignKeysOf(db, later.table).some((fk) => fk.table === step.table && fk.on_delete !== 'SET NULL')
        expect(refersBack, `${later.table} refers to ${step.table}, purged before it`).toBe(false)
      }
    })
  })

  describe('on a database with a row in every table for an expired student and for a kept one', () => {
    let db: Database.Database
    const worlds = new Map<string, Row[]>()

    beforeAll(() => {
      db = migratedDb()
      fillWorld(db, 0, { status: 'graduated', left_on: '2021-05-31' }, worlds)
      fillWorld(db, 1, { status: 'graduated', left_on: '2021-06-01' }, worlds)
    })

    it('preview counts exactly the expired world’s rows of the purged tables', () => {
      const preview = inTx(db, AT, (t) => previewPurge(t, TODAY))
      expect(preview.cutoff).toBe('2021-06-01')
      expect(preview.students).toBe(1)
      expect(preview.byTable).toEqual(Object.fromEntries(PURGE_STEPS.filter((s) => s.table !== 'students').map((s) => [s.table, 1])))
    })

    it('purge removes those rows and nothing else; no value of theirs is left in any table but the audit log', () => {
      const counts = inTx(db, AT, (t) => purgeExpired(t, TODAY))
      expect(counts.students).toBe(1)
      expect(db.pragma('foreign_key_check')).toEqual([])
      const gone = new Set<string>()
      for (const table of userTables(db).filter((t) => t !== 'audit_log')) {
        const [expired, kept] = worlds.get(table)!
        const stored = rowsOf(db, table)
        expect(stored, `${table}: the kept row`).toContainEqual(expect.objectContaining(kept))
        if (purgedTables.has(table)) {
          expect(stored, `${table}: the expired row`).not.toContainEqual(expect.objectContaining(expired))
          expect(stored).toHaveLength(1)
          // Its own values; what it refers to (a counsellor, a room) is not about the student.
          const references = new Set(foreignKeysOf(db, table).map((fk) => fk.from))
          for (const [column, value] of Object.entries(expired!)) if (!references.has(column) && typeof value === 'string' && value.includes('#0')) gone.add(value)
        } else {
          expect(stored, `${table}: a row not about the student`).toHaveLength(2)
        }
      }
      // The expired student's ID (students.id#0) and every text of the rows about them are nowhere.
      const left: string[] = []
      for (const table of userTables(db).filter((t) => t !== 'audit_log')) {
        for (const row of rowsOf(db, table)) {
          for (const value of Object.values(row)) if (typeof value === 'string' && [...gone].some((g) => value.includes(g))) left.push(`${table}: ${value}`)
        }
      }
      expect(left).toEqual([])
      for (const index of ['student_search', 'note_search']) {
        const texts = (db.prepare(`SELECT text FROM "${index}"`).all() as { text: string }[]).map((r) => r.text)
        expect(texts.some((t) => t.includes('#0')), index).toBe(false)
        expect(texts.some((t) => t.includes('#1')), index).toBe(true)
      }
    })
  })
})
