import { randomUUID } from 'node:crypto'
import type { ImportMapping } from '@shared/contract/screening'
import { eq } from 'drizzle-orm'
import { raiseAlert } from '../../alerts/service'
import type { Tx } from '../../context'
import { screeningPlatforms } from '../../db/schema'
import type { Session } from '../../state'
import { upsertFlags, type FlagUpdate } from '../flags'
import { maxTotal } from '../score'
import type { ImportEnv, RowsOutcome } from './rows'

export interface WriteRequest {
  roundId: string
  fileName: string
  fingerprint: string
  platformId: string | null
  platformName: string
}

export interface Written {
  importId: string
  imported: number
  skipped: number
  flagged: number
  alerts: number
}

/** Saves the mapping under `name`: a new platform layout, or the new mapping of the one of that name. Returns its ID. */
function savePlatform(t: Tx, session: Session, name: string, mapping: ImportMapping): string {
  const existing = t.orm.select({ id: screeningPlatforms.id }).from(screeningPlatforms).where(eq(screeningPlatforms.name, name)).get()
  const values = { mapping: JSON.stringify(mapping), updatedAt: t.at, updatedBy: session.userId }
  if (existing) {
    t.orm.update(screeningPlatforms).set(values).where(eq(screeningPlatforms.id, existing.id)).run()
    return existing.id
  }
  const id = randomUUID()
  t.orm
    .insert(screeningPlatforms)
    .values({ id, name, ...values })
    .run()
  return id
}

const RESULT_COLUMNS = [
  'id',
  'student_id',
  'instrument_key',
  'instrument_version',
  'source',
  'round_id',
  'import_id',
  'taken_on',
  'answers',
  'extras',
  'level_value',
  'total',
  'positive',
  'factors',
  'band',
  'level',
  'severity',
  'flagged',
  'key_hits',
  'alert',
  'created_at',
  'created_by'
]

/**
 * Writes a checked file in the caller's transaction: the import row, every new result (one
 * prepared statement: 32,000 rows are a fraction of a second), the flags, the crisis alerts and
 * one audit row of counts. The caller has refused any row issue before.
 */
export function writeImport(t: Tx, session: Session, env: ImportEnv, outcome: RowsOutcome, request: WriteRequest): Written {
  const importId = randomUUID()
  const platformId = request.platformName !== '' ? savePlatform(t, session, request.platformName, env.mapping) : request.platformId
  const skipped = outcome.unmatchedCount + outcome.alreadyInRound
  t.sqlite
    .prepare('INSERT INTO screening_imports (id, round_id, file_name, fingerprint, rows, imported, skipped, platform_id, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(importId, request.roundId, request.fileName, request.fingerprint, env.table.rows.length, outcome.rows.length, skipped, platformId, t.at, session.userId)

  const insert = t.sqlite.prepare(`INSERT INTO screening_results (${RESULT_COLUMNS.join(', ')}) VALUES (${RESULT_COLUMNS.map(() => '?').join(', ')})`)
  const flags = new Map<string, FlagUpdate>()
  const alerting: { studentId: string; resultId: string }[] = []
  let results = 0
  for (const row of outcome.rows) {
    for (const r of row.results) {
      const id = randomUUID()
      const s = r.score
      insert.run(
        id,
        row.studentId,
        r.instrumentKey,
        r.instrumentVersion,
        'import',
        request.roundId,
        importId,
        row.takenOn,
        JSON.stringify(r.answers),
        JSON.stringify(r.extras),
        r.levelValue,
        s.total,
        s.positive,
        JSON.stringify(s.factors),
        s.band,
        s.level,
        s.severity,
        s.flagged ? 1 : 0,
        JSON.stringify(s.keyHits),
        s.alert ? 1 : 0,
        t.at,
        session.userId
      )
      results++
      if (s.alert) alerting.push({ studentId: row.studentId, resultId: id })
      if (!s.flagged) continue
      const max = maxTotal(env.instruments.get(r.instrumentKey)!.definition)
      const rank = max && s.total !== null ? s.total / max : 0
      const before = flags.get(row.studentId)
      flags.set(row.studentId, {
        studentId: row.studentId,
        severity: Math.max(before?.severity ?? 0, s.severity),
        keyHit: (before?.keyHit ?? false) || s.keyHits.length > 0,
        rank: Math.max(before?.rank ?? 0, rank)
      })
    }
  }
  upsertFlags(t, request.roundId, [...flags.values()])
  let alerts = 0
  for (const a of alerting) {
    if (raiseAlert(t, { studentId: a.studentId, source: 'screening', sourceId: a.resultId, level: 'high', raisedBy: null }).created) alerts++
  }
  t.audit({
    action: 'screening.import',
    entity: 'screening_import',
    entityId: importId,
    summary: { roundId: request.roundId, platformId, rows: env.table.rows.length, imported: outcome.rows.length, skipped, results, flagged: flags.size, alerts }
  })
  return { importId, imported: outcome.rows.length, skipped, flagged: flags.size, alerts }
}
