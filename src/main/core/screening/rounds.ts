import { randomUUID } from 'node:crypto'
import { importMapping, type PlatformDto, type RoundDto } from '@shared/contract/screening'
import { isRealDate } from '@shared/centreTime'
import { and, count, countDistinct, desc, eq, isNotNull, notInArray, type SQL } from 'drizzle-orm'
import type { ChannelOutput } from '@shared/contract'
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { Tx } from '../context'
import { screeningFlags, screeningImports, screeningPlatforms, screeningResults, screeningRounds, students, users } from '../db/schema'
import { FieldError, NotFoundError } from '../errors'
import type { ParsedInput } from '../registry'
import { visibleTo } from '../students/access'
import type { Session } from '../state'

/** Interviews with a final outcome; every other flag still waits for one. */
const CLOSED = ['confirmed', 'false_alarm'] as const

type RoundRow = typeof screeningRounds.$inferSelect

/** Per-round counts in a few GROUP BY queries (never one query per round). */
function countsByRound(t: Tx, session: Session | null, roundId: string | undefined): (roundId: string) => Omit<RoundDto, 'id' | 'name' | 'date' | 'createdAt'> {
  const only = (column: AnySQLiteColumn): SQL | undefined => (roundId === undefined ? undefined : eq(column, roundId))
  const tally = (rows: { roundId: string | null; n: number }[]): Map<string, number> => new Map(rows.map((r) => [r.roundId ?? '', r.n]))
  const imports = tally(t.orm.select({ roundId: screeningImports.roundId, n: count() }).from(screeningImports).where(only(screeningImports.roundId)).groupBy(screeningImports.roundId).all())
  const screened = tally(
    t.orm
      .select({ roundId: screeningResults.roundId, n: countDistinct(screeningResults.studentId) })
      .from(screeningResults)
      .where(roundId === undefined ? isNotNull(screeningResults.roundId) : eq(screeningResults.roundId, roundId))
      .groupBy(screeningResults.roundId)
      .all()
  )
  const flagged = tally(t.orm.select({ roundId: screeningFlags.roundId, n: count() }).from(screeningFlags).where(only(screeningFlags.roundId)).groupBy(screeningFlags.roundId).all())
  // What is still to do is counted among the students the caller may see (a part-time counsellor: their stations').
  const visible = session ? visibleTo(session) : undefined
  const open = and(only(screeningFlags.roundId), notInArray(screeningFlags.status, [...CLOSED]))
  const awaiting = tally(
    // The students table is joined only when it narrows the count (a part-time counsellor).
    visible === undefined
      ? t.orm.select({ roundId: screeningFlags.roundId, n: count() }).from(screeningFlags).where(open).groupBy(screeningFlags.roundId).all()
      : t.orm
          .select({ roundId: screeningFlags.roundId, n: count() })
          .from(screeningFlags)
          .innerJoin(students, eq(students.id, screeningFlags.studentId))
          .where(and(open, visible))
          .groupBy(screeningFlags.roundId)
          .all()
  )
  return (id) => ({ imports: imports.get(id) ?? 0, screened: screened.get(id) ?? 0, flagged: flagged.get(id) ?? 0, awaitingOutcome: awaiting.get(id) ?? 0 })
}

const toDto = (row: RoundRow, counts: ReturnType<typeof countsByRound>): RoundDto => ({ id: row.id, name: row.name, date: row.date, createdAt: row.createdAt, ...counts(row.id) })

/** Every round, the newest date first, with its counts. */
export function listRounds(t: Tx, session: Session): RoundDto[] {
  const rows = t.orm.select().from(screeningRounds).orderBy(desc(screeningRounds.date), desc(screeningRounds.createdAt)).all()
  const counts = countsByRound(t, session, undefined)
  return rows.map((row) => toDto(row, counts))
}

/** The round row, or NOT_FOUND. */
export function roundRow(t: Tx, roundId: string): RoundRow {
  const row = t.orm.select().from(screeningRounds).where(eq(screeningRounds.id, roundId)).get()
  if (!row) throw new NotFoundError('errors.screeningImport.unknownRound')
  return row
}

/** One round with its counts; `session` null counts every flag as the caller's (aggregate views). */
export function roundDto(t: Tx, roundId: string, session: Session | null): RoundDto {
  return toDto(roundRow(t, roundId), countsByRound(t, session, roundId))
}

export function createRound(t: Tx, session: Session, input: ParsedInput<'screening.rounds.create'>): RoundDto {
  if (!isRealDate(input.date)) throw new FieldError('date', 'validation.date')
  const id = randomUUID()
  t.orm.insert(screeningRounds).values({ id, name: input.name, date: input.date, createdAt: t.at, createdBy: session.userId }).run()
  t.audit({ action: 'screening.rounds.create', entity: 'screening_round', entityId: id, summary: { date: input.date } })
  return roundDto(t, id, session)
}

/** Saved export layouts, by name. */
export function listPlatforms(t: Tx): PlatformDto[] {
  return t.orm
    .select()
    .from(screeningPlatforms)
    .orderBy(screeningPlatforms.name)
    .all()
    .map((p) => ({ id: p.id, name: p.name, mapping: importMapping.parse(JSON.parse(p.mapping)), updatedAt: p.updatedAt }))
}

/** The files imported into a round, the latest first. */
export function listImports(t: Tx, roundId: string): ChannelOutput<'screening.imports.list'> {
  roundRow(t, roundId)
  return t.orm
    .select({
      id: screeningImports.id,
      fileName: screeningImports.fileName,
      rows: screeningImports.rows,
      imported: screeningImports.imported,
      skipped: screeningImports.skipped,
      importedAt: screeningImports.importedAt,
      importedByName: users.displayName
    })
    .from(screeningImports)
    .leftJoin(users, eq(users.id, screeningImports.importedBy))
    .where(eq(screeningImports.roundId, roundId))
    .orderBy(desc(screeningImports.importedAt))
    .all()
}
