import { randomUUID } from 'node:crypto'
import { and, desc, eq, gte, isNull, lte } from 'drizzle-orm'
import type { ActivityDto, ActivityForm, StatsRange } from '@shared/contract'
import { centreDate } from '@shared/centreTime'
import type { Tx } from '../context'
import { centreActivities, users } from '../db/schema'
import { FieldError, ForbiddenError, NotFoundError } from '../errors'
import type { Session } from '../state'

type Row = typeof centreActivities.$inferSelect

/**
 * The centre's own work, logged so the report can count it. Whoever ran it logs it; a part-time
 * counsellor may change or take out only what they logged themselves. Taking one out keeps the
 * row (with who, when and why), so nothing once entered is lost.
 */
export function listActivities(t: Tx, range: StatsRange): ActivityDto[] {
  const rows = t.orm
    .select({ activity: centreActivities, createdByName: users.displayName })
    .from(centreActivities)
    .leftJoin(users, eq(users.id, centreActivities.createdBy))
    .where(and(gte(centreActivities.date, range.from), lte(centreActivities.date, range.to), isNull(centreActivities.removedAt)))
    .orderBy(desc(centreActivities.date), desc(centreActivities.createdAt))
    .all()
  return rows.map((r) => toDto(r.activity, r.createdByName))
}

export function createActivity(t: Tx, session: Session, form: ActivityForm): ActivityDto {
  checkDate(t, form.date)
  const row: Row = {
    id: randomUUID(),
    ...form,
    createdBy: session.userId,
    createdAt: t.at,
    updatedAt: t.at,
    removedAt: null,
    removedBy: null,
    removedReason: null
  }
  t.orm.insert(centreActivities).values(row).run()
  t.audit({ action: 'activities.create', entity: 'centre_activity', entityId: row.id, summary: summaryOf(form) })
  return toDto(row, authorName(t, session.userId))
}

export function updateActivity(t: Tx, session: Session, id: string, form: ActivityForm): ActivityDto {
  const existing = editable(t, session, id)
  checkDate(t, form.date)
  t.orm.update(centreActivities).set({ ...form, updatedAt: t.at }).where(eq(centreActivities.id, id)).run()
  t.audit({ action: 'activities.update', entity: 'centre_activity', entityId: id, summary: summaryOf(form) })
  return toDto({ ...existing, ...form, updatedAt: t.at }, existing.createdBy ? authorName(t, existing.createdBy) : null)
}

export function removeActivity(t: Tx, session: Session, id: string, reason: string): { id: string } {
  const existing = editable(t, session, id)
  t.orm
    .update(centreActivities)
    .set({ removedAt: t.at, removedBy: session.userId, removedReason: reason, updatedAt: t.at })
    .where(eq(centreActivities.id, id))
    .run()
  t.audit({ action: 'activities.remove', entity: 'centre_activity', entityId: id, summary: { kind: existing.kind, date: existing.date } })
  return { id }
}

function editable(t: Tx, session: Session, id: string): Row {
  const row = t.orm.select().from(centreActivities).where(eq(centreActivities.id, id)).get()
  if (!row || row.removedAt !== null) throw new NotFoundError('errors.activities.notFound')
  if (session.role === 'part_time' && row.createdBy !== session.userId) throw new ForbiddenError('errors.activities.notYours')
  return row
}

/** The log is of work done: an activity is dated today at the latest. */
function checkDate(t: Tx, date: string): void {
  if (date > centreDate(t.now)) throw new FieldError('date', 'validation.notInFuture')
}

/** Kinds and counts only: a title could name someone. */
const summaryOf = (form: ActivityForm) => ({ kind: form.kind, date: form.date, participants: form.participants, theme: form.theme })

function authorName(t: Tx, userId: string): string | null {
  return t.orm.select({ name: users.displayName }).from(users).where(eq(users.id, userId)).get()?.name ?? null
}

function toDto(row: Row, createdByName: string | null): ActivityDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    date: row.date,
    participants: row.participants,
    channel: row.channel,
    theme: row.theme,
    notes: row.notes,
    createdBy: row.createdBy,
    createdByName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt
  }
}
