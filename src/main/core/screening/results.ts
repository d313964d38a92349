import { randomUUID } from 'node:crypto'
import { centreDate, isRealDate } from '@shared/centreTime'
import type { ChannelOutput, ResultDto } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { asc, eq, sql } from 'drizzle-orm'
import { raiseAlert } from '../alerts/service'
import type { Tx } from '../context'
import { AppError, FieldError, NotFoundError } from '../errors'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { assertClinicalAccess } from '../students/access'
import { currentInstrument, instrumentVersion } from './instruments'
import { scoreColumns, toResultDto } from './resultDto'
import { screeningResults, screeningRounds } from './schema'
import { scoreAnswers } from './score'

export { toResultDto } from './resultDto'

/** A student's results, oldest first (the trend chart reads left to right). Scores only, audited. */
export function studentResults(t: Tx, session: Session, studentId: string): ResultDto[] {
  assertClinicalAccess(t, session, studentId)
  const rows = t.orm
    .select({ result: screeningResults, roundName: screeningRounds.name })
    .from(screeningResults)
    .leftJoin(screeningRounds, eq(screeningRounds.id, screeningResults.roundId))
    .where(eq(screeningResults.studentId, studentId))
    .orderBy(asc(screeningResults.takenOn), asc(screeningResults.createdAt), asc(sql`${screeningResults}.rowid`))
    .all()
  // Scores are clinical data; an empty answer discloses nothing and is not written down.
  if (rows.length > 0) t.audit({ action: 'screening.results.read', entity: 'student', entityId: studentId, summary: { count: rows.length } })
  return rows.map((r) => toResultDto(r.result, r.roundName))
}

/** One result with the answers as given: the most clinical read of screening, always audited. */
export function getResult(t: Tx, session: Session, id: string): ChannelOutput<'screening.result.get'> {
  const row = t.orm
    .select({ result: screeningResults, roundName: screeningRounds.name })
    .from(screeningResults)
    .leftJoin(screeningRounds, eq(screeningRounds.id, screeningResults.roundId))
    .where(eq(screeningResults.id, id))
    .get()
  if (!row) throw new NotFoundError()
  assertClinicalAccess(t, session, row.result.studentId)
  t.audit({
    action: 'screening.result.read',
    entity: 'screening_result',
    entityId: id,
    summary: { studentId: row.result.studentId, instrumentKey: row.result.instrumentKey }
  })
  const scoredWith = instrumentVersion(t, row.result.instrumentKey, row.result.instrumentVersion)
  if (!scoredWith) throw new NotFoundError()
  return {
    result: toResultDto(row.result, row.roundName),
    answers: JSON.parse(row.result.answers) as (number | null)[],
    extras: JSON.parse(row.result.extras) as Record<string, number>,
    levelValue: row.result.levelValue,
    definition: scoredWith.definition
  }
}

/** What the answers and the date must be beyond the schema, as field issues (all of them at once). */
function answerIssues(itemCount: number, range: { min: number; max: number }, answers: readonly number[]): FieldIssue[] {
  if (answers.length !== itemCount) return [{ path: 'answers', messageKey: 'errors.screening.answerCount', params: { count: itemCount } }]
  return answers.flatMap((a, i): FieldIssue[] =>
    a < range.min || a > range.max ? [{ path: `answers.${i}`, messageKey: 'errors.screening.answerOutOfRange', params: { item: i + 1, min: range.min, max: range.max } }] : []
  )
}

function dateIssues(takenOn: string, today: string): FieldIssue[] {
  if (!isRealDate(takenOn)) return [{ path: 'takenOn', messageKey: 'validation.date' }]
  return takenOn > today ? [{ path: 'takenOn', messageKey: 'errors.screening.dateInFuture' }] : []
}

/**
 * Records an instrument given in the app (PHQ-9 or GAD-7 at intake), scored with the current
 * version. Outside any round, so it flags no second-stage interview; a key item that raises
 * the crisis alert does so at once, as a signed note would.
 */
export function administer(t: Tx, session: Session, input: ParsedInput<'screening.administer'>): ResultDto {
  assertClinicalAccess(t, session, input.studentId)
  const instrument = currentInstrument(t, input.instrumentKey)
  if (!instrument) throw new FieldError('instrumentKey', 'errors.screening.unknownInstrument')
  const def = instrument.definition
  // Only instruments whose items the app may show can be given here; the rest arrive by import.
  if (!def.administrable || def.kind !== 'items' || def.answers === undefined) throw new FieldError('instrumentKey', 'errors.screening.notAdministrable')
  const issues = [...answerIssues(def.itemCount, def.answers, input.answers), ...dateIssues(input.takenOn, centreDate(t.now))]
  if (issues.length > 0) throw new AppError('VALIDATION', 'errors.validation', undefined, issues)

  const score = scoreAnswers(def, { answers: input.answers, extras: {}, levelValue: null })
  const row = {
    id: randomUUID(),
    studentId: input.studentId,
    instrumentKey: def.key,
    instrumentVersion: instrument.version,
    source: 'app' as const,
    roundId: null,
    importId: null,
    takenOn: input.takenOn,
    answers: JSON.stringify(input.answers),
    extras: '{}',
    levelValue: null,
    ...scoreColumns(score),
    createdAt: t.at,
    createdBy: session.userId
  }
  t.orm.insert(screeningResults).values(row).run()
  // Ids, the instrument and how serious: never the answers.
  t.audit({
    action: 'screening.administer',
    entity: 'screening_result',
    entityId: row.id,
    summary: { studentId: input.studentId, instrumentKey: def.key, version: instrument.version, severity: score.severity, alert: score.alert }
  })
  if (score.alert) raiseAlert(t, { studentId: input.studentId, source: 'screening', sourceId: row.id, level: 'high', raisedBy: session.userId })
  return toResultDto(row, null)
}
