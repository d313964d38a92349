import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { is } from 'drizzle-orm'
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS, migrate, type Migration } from '../../../src/main/core/db/migrate'
import { openEncrypted } from '../../../src/main/core/db/open'
import * as schema from '../../../src/main/core/db/schema'
import { DatabaseCorruptError, DatabaseTooNewError, MigrationEditedError } from '../../../src/main/core/vault/errors'
import { tempDir } from '../helpers/core'
import { tableDigests, track } from '../helpers/db'

const AT = '2026-11-02T01:00:00.000Z'

function newDb(): { db: Database.Database; path: string } {
  const path = join(tempDir(), 'test.db')
  return { db: track(openEncrypted(path, randomBytes(32), { create: true })), path }
}

/**
 * Ordinary tables. Full-text indexes (FTS5 virtual tables and their shadow tables) are left out:
 * they are derived from other tables by triggers, not rows of their own.
 */
function userTables(db: Database.Database): string[] {
  const all = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__xinan_migrations' ORDER BY name")
    .all() as { name: string; sql: string }[]
  const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name)
  return all.map((t) => t.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)))
}

type Row = Record<string, string | number | null>

const COLLEGE_ID = randomUUID()

/**
 * Realistic rows for the tables we know. A table added later gets a generated row (below) until
 * someone writes one here; a migration that transforms data needs its own expectations as well.
 */
const REPRESENTATIVE: Record<string, Row[]> = {
  meta: [{ key: 'vault_id', value: randomUUID() }],
  users: [
    { id: randomUUID(), username: 'zhangsan', display_name: '张三', role: 'counsellor', active: 1, must_change_password: 0, created_at: AT, updated_at: AT, last_login_at: AT },
    { id: randomUUID(), username: 'lisi', display_name: '李四', role: 'admin', active: 0, must_change_password: 1, created_at: AT, updated_at: AT, last_login_at: null }
  ],
  audit_log: [
    { seq: 1, at: AT, user_id: null, action: 'vault.setup', entity: 'vault', entity_id: randomUUID(), summary: null, prev_hash: '0'.repeat(64), hash: 'a'.repeat(64) },
    { seq: 2, at: AT, user_id: null, action: 'users.create', entity: 'user', entity_id: randomUUID(), summary: '{"role":"admin"}', prev_hash: 'a'.repeat(64), hash: 'b'.repeat(64) }
  ],
  settings: [{ key: 'centre', value: JSON.stringify({ name: '示范学院心理健康教育中心', address: '', phone: '', logo: null }), updated_at: AT }],
  colleges: [{ id: COLLEGE_ID, name: '心理学院', created_at: AT, updated_at: AT }],
  classes: [{ id: randomUUID(), college_id: COLLEGE_ID, name: '应用心理1班', grade: '2025', advisor_name: '王小明', advisor_phone: '13800000000', created_at: AT, updated_at: AT }],
  rooms: [{ id: randomUUID(), name: '咨询室一', kind: 'counselling', location: '二楼', capacity: 2, active: 1, created_at: AT, updated_at: AT }]
}

interface ColumnInfo {
  name: string
  type: string
  pk: number
  dflt_value: string | null
}

const columnsOf = (db: Database.Database, table: string): ColumnInfo[] => db.prepare(`PRAGMA table_info("${table}")`).all() as ColumnInfo[]

const foreignKeysOf = (db: Database.Database, table: string): { table: string; from: string; to: string }[] =>
  db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string; from: string; to: string }[]

/** A row for a table this test has no realistic row for: typed values, references to parents' rows. */
function generatedRow(db: Database.Database, table: string, inserted: Map<string, Row[]>): Row {
  const refs = new Map(foreignKeysOf(db, table).map((fk) => [fk.from, fk]))
  const row: Row = {}
  for (const column of columnsOf(db, table)) {
    const ref = refs.get(column.name)
    if (ref) row[column.name] = inserted.get(ref.table)?.[0]?.[ref.to] ?? null
    // A column holding JSON (its default is '{}' or '[]') gets a JSON value: triggers read it.
    else if (column.dflt_value === "'{}'") row[column.name] = JSON.stringify({ [column.name]: `${table}.${column.name}` })
    else if (column.dflt_value === "'[]'") row[column.name] = JSON.stringify([`${table}.${column.name}`])
    else if (/INT/i.test(column.type)) row[column.name] = 1
    else if (/REAL|FLOA|DOUB/i.test(column.type)) row[column.name] = 1.5
    else row[column.name] = `${table}.${column.name}`
  }
  return row
}

/** Inserts representative rows in every table, parents before children; returns what went in. */
function insertRepresentative(db: Database.Database): Map<string, Row[]> {
  const inserted = new Map<string, Row[]>()
  const pending = userTables(db)
  while (pending.length > 0) {
    const ready = pending.findIndex((t) => foreignKeysOf(db, t).every((fk) => fk.table === t || inserted.has(fk.table)))
    expect(ready, `foreign keys form a cycle among ${pending.join(', ')}`).not.toBe(-1)
    const [table] = pending.splice(ready, 1) as [string]
    const rows = REPRESENTATIVE[table] ?? [generatedRow(db, table, inserted)]
    for (const row of rows) {
      const names = Object.keys(row)
      db.prepare(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
        ...names.map((n) => row[n])
      )
    }
    inserted.set(table, rows)
  }
  return inserted
}

/** Every inserted row is still there with the same values in the columns that still exist. */
function expectRowsSurvived(db: Database.Database, inserted: Map<string, Row[]>): void {
  const tables = new Set(userTables(db))
  for (const [table, rows] of inserted) {
    expect(tables.has(table), `table ${table} was dropped`).toBe(true)
    const columns = new Set(columnsOf(db, table).map((c) => c.name))
    const stored = db.prepare(`SELECT * FROM "${table}"`).all() as Row[]
    expect(stored).toHaveLength(rows.length)
    for (const row of rows) {
      const kept = Object.fromEntries(Object.entries(row).filter(([name]) => columns.has(name)))
      expect(stored).toContainEqual(expect.objectContaining(kept))
    }
  }
}

describe('migrations', () => {
  it('are numbered 0, 1, 2 … with their SQL and its hash', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0)
    MIGRATIONS.forEach((m, i) => {
      expect(m.idx).toBe(i)
      expect(m.sql.trim().length).toBeGreaterThan(0)
      expect(m.hash).toBe(createHash('sha256').update(m.sql, 'utf8').digest('hex'))
    })
  })

  // One test per migration: build the database at the version before it, fill it, migrate, compare.
  for (const migration of MIGRATIONS) {
    it(`${migration.tag} keeps every row of the version before it`, () => {
      const { db } = newDb()
      expect(migrate(db, AT, MIGRATIONS.slice(0, migration.idx))).toBe(migration.idx)
      const tablesBefore = userTables(db)
      if (migration.idx === 0) expect(tablesBefore).toEqual([])
      const inserted = insertRepresentative(db)
      expect([...inserted.keys()].sort()).toEqual(tablesBefore)

      expect(migrate(db, AT, MIGRATIONS.slice(0, migration.idx + 1))).toBe(1)
      expectRowsSurvived(db, inserted)
      expect(db.pragma('foreign_key_check')).toEqual([])
      expect(userTables(db).length).toBeGreaterThanOrEqual(tablesBefore.length)
      const recorded = db.prepare('SELECT idx, tag, hash, applied_at FROM __xinan_migrations ORDER BY idx').all()
      expect(recorded.at(-1)).toEqual({ idx: migration.idx, tag: migration.tag, hash: migration.hash, applied_at: AT })
      expect(recorded).toHaveLength(migration.idx + 1)
    })
  }

  it('build every table and column that schema.ts declares, the audit triggers and the search index triggers', () => {
    const { db } = newDb()
    migrate(db, AT)
    const declared = Object.values(schema as Record<string, unknown>)
      .filter((v): v is SQLiteTable => is(v, SQLiteTable))
      .map((t) => getTableConfig(t))
    expect(declared.map((t) => t.name).sort()).toEqual(userTables(db))
    for (const table of declared) {
      expect(columnsOf(db, table.name).map((c) => c.name).sort(), table.name).toEqual(table.columns.map((c) => c.name).sort())
    }
    const triggers = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as { name: string }[]).map((r) => r.name)
    expect(triggers).toEqual([
      'audit_log_no_delete',
      'audit_log_no_update',
      'classes_search_rename',
      'note_addenda_search_insert',
      'notes_search_delete',
      'notes_search_insert',
      'notes_search_update',
      'students_search_delete',
      'students_search_insert',
      'students_search_update'
    ])
  })

  it('run again on an up-to-date database change nothing', () => {
    const { db } = newDb()
    migrate(db, AT)
    const inserted = insertRepresentative(db)
    const before = tableDigests(db)
    expect(migrate(db, '2030-01-01T00:00:00.000Z')).toBe(0)
    expect(tableDigests(db)).toEqual(before)
    expectRowsSurvived(db, inserted)
  })

  it('refuse a database from a newer version (an unknown idx) before writing anything', () => {
    const { db, path } = newDb()
    migrate(db, AT)
    insertRepresentative(db)
    db.prepare('INSERT INTO __xinan_migrations (idx, tag, hash, applied_at) VALUES (?, ?, ?, ?)').run(MIGRATIONS.length, '9999_future', 'f'.repeat(64), AT)
    const digests = tableDigests(db)
    const fileBytes = readFileSync(path)
    expect(() => migrate(db, AT)).toThrow(DatabaseTooNewError)
    expect(tableDigests(db)).toEqual(digests)
    expect(readFileSync(path).equals(fileBytes)).toBe(true)
  })

  it.each([
    ['hash', 'UPDATE __xinan_migrations SET hash = ? WHERE idx = 0', 'e'.repeat(64)],
    ['tag', 'UPDATE __xinan_migrations SET tag = ? WHERE idx = 0', '0000_renamed']
  ])('refuse a database whose recorded %s differs from this build’s', (_what, sql, value) => {
    const { db, path } = newDb()
    migrate(db, AT)
    db.prepare(sql).run(value)
    const digests = tableDigests(db)
    const fileBytes = readFileSync(path)
    expect(() => migrate(db, AT)).toThrow(MigrationEditedError)
    expect(tableDigests(db)).toEqual(digests)
    expect(readFileSync(path).equals(fileBytes)).toBe(true)
  })

  it('refuse to run against a migration whose SQL was edited after it was applied', () => {
    const { db } = newDb()
    migrate(db, AT)
    const edited: Migration[] = MIGRATIONS.map((m, i) =>
      i === 0 ? { ...m, sql: `${m.sql}\n-- edited`, hash: createHash('sha256').update(`${m.sql}\n-- edited`).digest('hex') } : m
    )
    expect(() => migrate(db, AT, edited)).toThrow(MigrationEditedError)
  })

  function appended(sql: string): Migration[] {
    return [...MIGRATIONS, { idx: MIGRATIONS.length, tag: `${MIGRATIONS.length}_test`, sql, hash: createHash('sha256').update(sql).digest('hex') }]
  }

  it('roll back a migration that fails halfway, record and all', () => {
    const { db } = newDb()
    migrate(db, AT)
    const before = tableDigests(db)
    const failing = appended('CREATE TABLE half_done (id text);\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);')
    expect(() => migrate(db, AT, failing)).toThrow(/no_such_table/)
    expect(userTables(db)).not.toContain('half_done')
    expect(tableDigests(db)).toEqual(before)
  })

  it('roll back a migration that leaves a dangling foreign key', () => {
    const { db } = newDb()
    migrate(db, AT)
    const before = tableDigests(db)
    const dangling = appended(
      `INSERT INTO classes (id, college_id, name, created_at, updated_at) VALUES ('${randomUUID()}', '${randomUUID()}', '孤儿班', '${AT}', '${AT}');`
    )
    expect(() => migrate(db, AT, dangling)).toThrow(DatabaseCorruptError)
    expect(tableDigests(db)).toEqual(before)
  })
})

describe('a table rebuild (the way drizzle-kit writes an ALTER that SQLite cannot do in place)', () => {
  const rebuildColleges = `PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE \`__new_colleges\` (
	\`id\` text PRIMARY KEY NOT NULL,
	\`name\` text NOT NULL,
	\`code\` text DEFAULT '' NOT NULL,
	\`created_at\` text NOT NULL,
	\`updated_at\` text NOT NULL
);
--> statement-breakpoint
INSERT INTO \`__new_colleges\`("id", "name", "created_at", "updated_at") SELECT "id", "name", "created_at", "updated_at" FROM \`colleges\`;--> statement-breakpoint
DROP TABLE \`colleges\`;--> statement-breakpoint
ALTER TABLE \`__new_colleges\` RENAME TO \`colleges\`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX \`colleges_name_unique\` ON \`colleges\` (\`name\`);`

  it('of a table other rows refer to keeps those rows, and foreign keys are on again after', () => {
    const { db } = newDb()
    migrate(db, AT)
    db.pragma('foreign_keys = ON')
    const inserted = insertRepresentative(db)
    const migrations: Migration[] = [
      ...MIGRATIONS,
      { idx: MIGRATIONS.length, tag: 'rebuild_colleges', sql: rebuildColleges, hash: createHash('sha256').update(rebuildColleges).digest('hex') }
    ]
    expect(migrate(db, AT, migrations)).toBe(1)
    expectRowsSurvived(db, inserted)
    expect(db.prepare('SELECT code FROM colleges').all()).toEqual([{ code: '' }])
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('foreign_key_check')).toEqual([])
    // The rebuilt table is still a parent: a class pointing nowhere is refused.
    expect(() =>
      db.prepare("INSERT INTO classes (id, college_id, name, created_at, updated_at) VALUES ('x', 'nowhere', 'n', 'a', 'a')").run()
    ).toThrow(/FOREIGN KEY/)
  })
})
