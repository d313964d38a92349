import Database from 'better-sqlite3'

interface SchemaObject {
  type: 'table' | 'index' | 'trigger' | 'view'
  name: string
  sql: string
}

const quoteId = (name: string): string => `"${name.replace(/"/g, '""')}"`

/** The columns to copy: the row id too where the table has one of its own, so indexes keyed by it (FTS5 rowids) still match. */
function copyColumns(db: Database.Database, o: SchemaObject, isVirtual: boolean): string {
  const info = db.pragma(`table_info(${quoteId(o.name)})`) as { name: string; type: string; pk: number }[]
  const names = info.map((c) => quoteId(c.name))
  const pks = info.filter((c) => c.pk > 0)
  const rowidAlias = pks.length === 1 && pks[0]?.type.toUpperCase() === 'INTEGER'
  const withoutRowid = /WITHOUT\s+ROWID\s*$/i.test(o.sql)
  return isVirtual || (!rowidAlias && !withoutRowid) ? ['rowid', ...names].join(', ') : names.join(', ')
}

/** Virtual tables (FTS5) and the shadow tables SQLite keeps for them. */
export function virtualTables(db: Database.Database): { virtual: string[]; isShadow: (name: string) => boolean } {
  const virtual = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all() as { name: string }[]).map(
    (r) => r.name
  )
  return { virtual, isShadow: (name) => virtual.some((v) => name.startsWith(`${v}_`)) }
}

/**
 * An unencrypted copy of an open encrypted database, object by object: this build of
 * SQLite3MultipleCiphers has no sqlcipher_export(), and VACUUM INTO keeps the cipher. Tables first,
 * then rows (through ATTACH … KEY '', which attaches a plain file), then indexes and triggers,
 * so inserting is not slowed by indexes and the append-only triggers exist in the copy too.
 * Rows keep their rowids. An FTS5 table (the student search) is filled through the table itself
 * (SQLite refuses writes to its shadow tables), so the copy's index holds the same text and
 * rowids, built in one pass.
 */
export function exportPlainCopy(encrypted: Database.Database, plainPath: string): void {
  const objects = encrypted
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
    .all() as SchemaObject[]
  const { virtual, isShadow } = virtualTables(encrypted)
  const tables = objects.filter((o) => o.type === 'table' && !isShadow(o.name))

  const plain = new Database(plainPath)
  try {
    plain.transaction(() => {
      for (const t of tables) plain.exec(t.sql)
    })()
  } finally {
    plain.close()
  }

  // Tables come in creation order, not dependency order; the rows are already consistent.
  const foreignKeys = encrypted.pragma('foreign_keys', { simple: true }) as number
  encrypted.pragma('foreign_keys=OFF')
  encrypted.exec(`ATTACH DATABASE '${plainPath.replace(/'/g, "''")}' AS plain KEY ''`)
  try {
    encrypted.transaction(() => {
      for (const t of tables) {
        const cols = copyColumns(encrypted, t, virtual.includes(t.name))
        encrypted.exec(`INSERT INTO plain.${quoteId(t.name)} (${cols}) SELECT ${cols} FROM main.${quoteId(t.name)}`)
      }
      const hasSequence = encrypted.prepare("SELECT 1 FROM main.sqlite_master WHERE name = 'sqlite_sequence'").get()
      if (hasSequence) encrypted.exec('DELETE FROM plain.sqlite_sequence; INSERT INTO plain.sqlite_sequence SELECT * FROM main.sqlite_sequence')
    })()
  } finally {
    encrypted.exec('DETACH DATABASE plain')
    encrypted.pragma(`foreign_keys=${foreignKeys ? 'ON' : 'OFF'}`)
  }

  const reopened = new Database(plainPath, { fileMustExist: true })
  try {
    reopened.transaction(() => {
      for (const o of objects) if (o.type !== 'table' && !isShadow(o.name)) reopened.exec(o.sql)
    })()
  } finally {
    reopened.close()
  }
}
