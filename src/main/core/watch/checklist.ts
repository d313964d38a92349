import { randomUUID } from 'node:crypto'
import { TIER_CHECKLIST, type checklistItemDto, type Tier } from '@shared/contract'
import { and, eq, isNull } from 'drizzle-orm'
import type { z } from 'zod'
import type { Tx } from '../context'
import { checklistItems, users } from '../db/schema'
import { ConflictError, NotFoundError } from '../errors'
import type { ParsedInput } from '../registry'
import { assertClinicalAccess } from '../students/access'
import type { Session } from '../state'
import { addHours } from './dates'

type ChecklistItemDto = z.infer<typeof checklistItemDto>

/** What the new tier asks for, each item due `dueHours` after the change. */
export function createChecklist(t: Tx, studentId: string, changeId: string, tier: Tier): void {
  const rows = TIER_CHECKLIST[tier].map(({ item, dueHours }) => ({
    id: randomUUID(),
    studentId,
    changeId,
    tier,
    item,
    dueAt: addHours(t.now, dueHours)
  }))
  t.orm.insert(checklistItems).values(rows).run()
}

/** A tier change replaces the checklist: what was still open is closed, undone, and stays on record. */
export function supersedeOpenItems(t: Tx, studentId: string): void {
  t.orm
    .update(checklistItems)
    .set({ supersededAt: t.at })
    .where(and(eq(checklistItems.studentId, studentId), isNull(checklistItems.doneAt), isNull(checklistItems.supersededAt)))
    .run()
}

/** The checklist of one tier change, in the protocol's order. */
export function checklistOf(t: Tx, changeId: string): ChecklistItemDto[] {
  const rows = t.orm
    .select({ item: checklistItems, doneByName: users.displayName })
    .from(checklistItems)
    .leftJoin(users, eq(users.id, checklistItems.doneBy))
    .where(eq(checklistItems.changeId, changeId))
    .all()
  const order = (tier: Tier, item: string): number => TIER_CHECKLIST[tier].findIndex((c) => c.item === item)
  return rows
    .map(({ item, doneByName }) => toChecklistItemDto(item, doneByName))
    .sort((a, b) => order(a.tier, a.item) - order(b.tier, b.item))
}

export function toChecklistItemDto(row: typeof checklistItems.$inferSelect, doneByName: string | null): ChecklistItemDto {
  return {
    id: row.id,
    item: row.item as ChecklistItemDto['item'],
    tier: row.tier,
    dueAt: row.dueAt,
    doneAt: row.doneAt,
    doneByName,
    note: row.note,
    superseded: row.supersededAt !== null
  }
}

/** Ticks an open item; returns the student it belongs to. */
export function completeChecklistItem(t: Tx, session: Session, input: ParsedInput<'watch.checklist.complete'>): string {
  const row = t.orm.select().from(checklistItems).where(eq(checklistItems.id, input.itemId)).get()
  if (!row) throw new NotFoundError()
  assertClinicalAccess(t, session, row.studentId)
  if (row.doneAt) throw new ConflictError('errors.watch.itemDone')
  if (row.supersededAt) throw new ConflictError('errors.watch.itemSuperseded')
  t.orm.update(checklistItems).set({ doneAt: t.at, doneBy: session.userId, note: input.note }).where(eq(checklistItems.id, row.id)).run()
  t.audit({ action: 'watch.checklist.complete', entity: 'student', entityId: row.studentId, summary: { item: row.item, itemId: row.id } })
  return row.studentId
}
