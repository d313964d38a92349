import type Database from 'better-sqlite3'
import type { Tx } from '../context'
import { ConflictError } from '../errors'
import { purgeCutoff, readRetention } from './policy'
import { EMPTIED_SERIES, EXPIRED_STUDENTS, PURGE_STEPS } from './tables'

/** What a purge destroys (or would): counts, never content, so they may be shown and audited. */
export interface PurgeCounts {
  /** Students who left before this date are purged. */
  cutoff: string
  students: number
  /** Rows per table besides `students` itself, every table of PURGE_STEPS (0 included). */
  byTable: Record<string, number>
}

/**
 * Fills the in-memory sets the steps name (temp_store is MEMORY, so the IDs never reach a
 * temporary file), runs `work`, and drops the sets, inside the caller's transaction.
 */
function withPurgeSets<T>(sqlite: Database.Database, cutoff: string, work: () => T): T {
  if (!sqlite.inTransaction) throw new Error('retention: must run inside a transaction')
  sqlite.exec('DROP TABLE IF EXISTS temp.purge_students; DROP TABLE IF EXISTS temp.purge_series')
  sqlite.exec('CREATE TEMP TABLE purge_students (id TEXT PRIMARY KEY) WITHOUT ROWID')
  sqlite.exec('CREATE TEMP TABLE purge_series (id TEXT PRIMARY KEY) WITHOUT ROWID')
  try {
    sqlite.prepare(`INSERT INTO temp.purge_students ${EXPIRED_STUDENTS}`).run({ cutoff })
    sqlite.prepare(`INSERT INTO temp.purge_series ${EMPTIED_SERIES}`).run()
    return work()
  } finally {
    sqlite.exec('DROP TABLE IF EXISTS temp.purge_students; DROP TABLE IF EXISTS temp.purge_series')
  }
}

function countsFrom(cutoff: string, rows: Map<string, number>): PurgeCounts {
  const byTable: Record<string, number> = {}
  for (const step of PURGE_STEPS) if (step.table !== 'students') byTable[step.table] = rows.get(step.table) ?? 0
  return { cutoff, students: rows.get('students') ?? 0, byTable }
}

/** What a purge on `today` (a centre date) would destroy under the current policy. Reads only. */
export function previewPurge(t: Tx, today: string): PurgeCounts {
  const cutoff = purgeCutoff(today, readRetention(t.orm).yearsAfterLeaving)
  return withPurgeSets(t.sqlite, cutoff, () => {
    const rows = new Map<string, number>()
    for (const step of PURGE_STEPS) {
      const { n } = t.sqlite.prepare(`SELECT count(*) AS n FROM "${step.table}" WHERE ${step.where}`).get() as { n: number }
      rows.set(step.table, n)
    }
    return countsFrom(cutoff, rows)
  })
}

/** FTS5 tables (the note and student search indexes), found in the schema so a new one is not missed. */
function fullTextTables(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' AND lower(sql) LIKE '%using fts5%'")
    .all() as { name: string }[]
  return rows.map((r) => r.name)
}

/**
 * Destroys every record of the students whose retention has run out, in the caller's
 * transaction, with one audit row of the counts (the audit log itself holds IDs and counts
 * only, so it stays whole). `confirmStudents`, when given, is the number the admin was shown:
 * if it no longer matches, nothing is destroyed.
 *
 * Deleted rows are overwritten (secure_delete), and each search index is merged into one
 * segment, because FTS5 only marks a deleted row's terms as deleted in the segments that hold
 * them. The caller then runs `vacuumAfterPurge` outside the transaction.
 */
export function purgeExpired(t: Tx, today: string, confirmStudents?: number): PurgeCounts {
  if (t.sqlite.pragma('secure_delete', { simple: true }) !== 1) throw new Error('retention: purge needs secure_delete=ON')
  const policy = readRetention(t.orm)
  const cutoff = purgeCutoff(today, policy.yearsAfterLeaving)
  const counts = withPurgeSets(t.sqlite, cutoff, () => {
    const found = (t.sqlite.prepare('SELECT count(*) AS n FROM temp.purge_students').get() as { n: number }).n
    if (confirmStudents !== undefined && confirmStudents !== found) {
      throw new ConflictError('errors.retention.countChanged', { expected: confirmStudents, actual: found })
    }
    const rows = new Map<string, number>()
    for (const step of PURGE_STEPS) rows.set(step.table, t.sqlite.prepare(`DELETE FROM "${step.table}" WHERE ${step.where}`).run().changes)
    return countsFrom(cutoff, rows)
  })
  if (counts.students > 0) {
    for (const name of fullTextTables(t.sqlite)) t.sqlite.prepare(`INSERT INTO "${name}" ("${name}") VALUES ('optimize')`).run()
  }
  t.audit({
    action: 'retention.purge',
    entity: 'retention',
    entityId: null,
    summary: { cutoff, yearsAfterLeaving: policy.yearsAfterLeaving, students: counts.students, ...counts.byTable }
  })
  return counts
}
