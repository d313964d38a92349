import Database from 'better-sqlite3'

interface SchemaObject {
  type: 'table' | 'index' | 'trigger' | 'view'
  name: string
  sql: string
}

const quoteId = (name: string): string => `"${name.replace(/"/g, '""')}"`

/**
 * An unencrypted copy of an open encrypted database, object by object: this build of
 * SQLite3MultipleCiphers has no sqlcipher_export(), and VACUUM INTO keeps the cipher. Tables first,
 * then rows (through ATTACH … KEY '', which attaches a plain file), then indexes and triggers,
 * so inserting is not slowed by indexes and the append-only triggers exist in the copy too.
 * FTS5 tables (a later capability's search) are created as virtual tables; their shadow tables'
 * rows are copied as they are, so the copy's index is the same index.
 */
export function exportPlainCopy(encrypted: Database.Database, plainPath: string): void {
  const objects = encrypted
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
    .all() as SchemaObject[]
  const isVirtual = (o: SchemaObject): boolean => /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(o.sql)
  const virtualNames = objects.filter((o) => o.type === 'table' && isVirtual(o)).map((o) => o.name)
  const isShadow = (o: SchemaObject): boolean => virtualNames.some((v) => o.name.startsWith(`${v}_`))
  const tables = objects.filter((o) => o.type === 'table')

  const plain = new Database(plainPath)
  try {
    plain.transaction(() => {
      for (const t of tables) if (!isShadow(t)) plain.exec(t.sql)
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
        if (isVirtual(t)) continue
        const verb = isShadow(t) ? 'INSERT OR REPLACE' : 'INSERT'
        encrypted.exec(`${verb} INTO plain.${quoteId(t.name)} SELECT * FROM main.${quoteId(t.name)}`)
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
      for (const o of objects) if (o.type !== 'table' && !isShadow(o)) reopened.exec(o.sql)
    })()
  } finally {
    reopened.close()
  }
}
