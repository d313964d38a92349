import { randomUUID } from 'node:crypto'
import { RISK_LEVELS, type AlertDto, type RiskLevel } from '@shared/contract'
import type { RISK_FACTORS } from '@shared/contract/watchEnums'
import { and, desc, eq, gte, isNull, or, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Tx } from '../context'
import { crisisAlerts, notes, students, users, watchStatus } from '../db/schema'
import { ConflictError, NotFoundError } from '../errors'
import type { ParsedInput } from '../registry'
import { assertClinicalAccess, visibleTo } from '../students/access'
import type { Session } from '../state'
import { raiseTier } from '../watch/tiers'

type RiskFactor = (typeof RISK_FACTORS)[number]

export interface RaiseAlert {
  studentId: string
  source: 'note' | 'screening'
  /** The signed note or the screening result that raised it. */
  sourceId: string
  level: RiskLevel
  /** Null when no one raised it by hand (a screening import). */
  raisedBy: string | null
}

/**
 * Puts a crisis alert on every counsellor's dashboard. A source (a signed note, a screening
 * result) never changes, so it raises at most one alert: a second call returns the first alert,
 * open or resolved, and a resolved alert is not brought back.
 */
export function raiseAlert(t: Tx, input: RaiseAlert): { id: string; created: boolean } {
  const existing = t.orm
    .select({ id: crisisAlerts.id })
    .from(crisisAlerts)
    .where(and(eq(crisisAlerts.source, input.source), eq(crisisAlerts.sourceId, input.sourceId)))
    .get()
  if (existing) return { id: existing.id, created: false }
  const id = randomUUID()
  t.orm
    .insert(crisisAlerts)
    .values({ id, studentId: input.studentId, source: input.source, sourceId: input.sourceId, level: input.level, raisedAt: t.at, raisedBy: input.raisedBy })
    .run()
  t.audit({ action: 'alerts.raise', entity: 'crisis_alert', entityId: id, summary: { studentId: input.studentId, source: input.source, sourceId: input.sourceId, level: input.level } })
  return { id, created: true }
}

const raiser = alias(users, 'raiser')
const resolver = alias(users, 'resolver')
const levelRank = sql`CASE ${crisisAlerts.level} ${sql.raw(RISK_LEVELS.map((level, i) => `WHEN '${level}' THEN ${i}`).join(' '))} END`

function alertRows(t: Tx, where: ReturnType<typeof and>): AlertDto[] {
  return t.orm
    .select({
      id: crisisAlerts.id,
      studentId: crisisAlerts.studentId,
      studentName: students.name,
      studentNo: students.studentNo,
      source: crisisAlerts.source,
      sourceId: crisisAlerts.sourceId,
      level: crisisAlerts.level,
      raisedAt: crisisAlerts.raisedAt,
      raisedByName: raiser.displayName,
      tier: watchStatus.tier,
      resolvedAt: crisisAlerts.resolvedAt,
      resolvedByName: resolver.displayName,
      action: crisisAlerts.action
    })
    .from(crisisAlerts)
    .innerJoin(students, eq(students.id, crisisAlerts.studentId))
    .leftJoin(watchStatus, eq(watchStatus.studentId, crisisAlerts.studentId))
    .leftJoin(raiser, eq(raiser.id, crisisAlerts.raisedBy))
    .leftJoin(resolver, eq(resolver.id, crisisAlerts.resolvedBy))
    .where(where)
    // Open ones first, the most urgent and then the longest waiting; resolved ones latest first.
    .orderBy(sql`${crisisAlerts.resolvedAt} IS NOT NULL`, sql`CASE WHEN ${crisisAlerts.resolvedAt} IS NULL THEN -${levelRank} END`, sql`CASE WHEN ${crisisAlerts.resolvedAt} IS NULL THEN ${crisisAlerts.raisedAt} END`, desc(crisisAlerts.resolvedAt))
    .all()
}

/**
 * The dashboard's alerts: every open one, and those resolved in the last `includeResolvedDays`
 * days, of the students the caller may see (a part-time counsellor: their stations' students).
 */
export function listAlerts(t: Tx, session: Session, includeResolvedDays: number): AlertDto[] {
  const since = new Date(t.now.getTime() - includeResolvedDays * 86_400_000).toISOString()
  const rows = alertRows(t, and(or(isNull(crisisAlerts.resolvedAt), includeResolvedDays > 0 ? gte(crisisAlerts.resolvedAt, since) : undefined), visibleTo(session)))
  // Names of students at risk were shown. The dashboard asks every minute: an empty answer
  // discloses nothing and is not written down.
  if (rows.length > 0) {
    t.audit({ action: 'alerts.list', summary: { open: rows.filter((r) => r.resolvedAt === null).length, resolved: rows.filter((r) => r.resolvedAt !== null).length } })
  }
  return rows
}

/** What moves the student to the crisis tier says about why: the note's problem categories, mapped. */
const FACTOR_OF_CATEGORY: Record<string, RiskFactor> = {
  academic: 'academic_pressure',
  career: 'job_pressure',
  family: 'family_change',
  adaptation: 'environment_change'
}

function riskFactorsFor(t: Tx, source: string, sourceId: string): RiskFactor[] {
  const factors = new Set<RiskFactor>(['emotional_crisis'])
  if (source === 'note') {
    const note = t.orm.select({ categories: notes.categories }).from(notes).where(eq(notes.id, sourceId)).get()
    for (const key of note ? (JSON.parse(note.categories) as string[]) : []) {
      const factor = FACTOR_OF_CATEGORY[key]
      if (factor) factors.add(factor)
    }
  }
  return [...factors]
}

/**
 * Records what was done about an alert (who, when, the action). With moveToCrisis, a student not
 * already in the crisis tier is moved there in the same transaction, the action as the reason.
 */
export function resolveAlert(t: Tx, session: Session, input: ParsedInput<'alerts.resolve'>): AlertDto {
  const alert = t.orm.select().from(crisisAlerts).where(eq(crisisAlerts.id, input.id)).get()
  if (!alert) throw new NotFoundError()
  assertClinicalAccess(t, session, alert.studentId)
  if (alert.resolvedAt !== null) throw new ConflictError('errors.alerts.resolved')

  const movedToCrisis =
    input.moveToCrisis &&
    raiseTier(t, session, { studentId: alert.studentId, tier: 'crisis', reason: input.action, riskFactors: riskFactorsFor(t, alert.source, alert.sourceId) })
  t.orm
    .update(crisisAlerts)
    .set({ resolvedAt: t.at, resolvedBy: session.userId, action: input.action, movedToCrisis })
    .where(eq(crisisAlerts.id, alert.id))
    .run()
  t.audit({ action: 'alerts.resolve', entity: 'crisis_alert', entityId: alert.id, summary: { studentId: alert.studentId, movedToCrisis } })
  const dto = alertRows(t, eq(crisisAlerts.id, alert.id))[0]
  if (!dto) throw new NotFoundError()
  return dto
}
