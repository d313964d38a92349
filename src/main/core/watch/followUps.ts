import { randomUUID } from 'node:crypto'
import type { Tx } from '../context'
import { followUps } from '../db/schema'
import { FieldError } from '../errors'
import type { ParsedInput } from '../registry'
import { assertClinicalAccess } from '../students/access'
import type { Session } from '../state'
import { centreDate, isRealDate } from './dates'

/**
 * Logs a follow-up (counted later as person-times). The student need not be on the list:
 * follow-ups go on after a student is taken off it. A follow-up is a record of what happened,
 * so its date cannot be in the future.
 */
export function addFollowUp(t: Tx, session: Session, input: ParsedInput<'watch.followUp.add'>): { id: string } {
  assertClinicalAccess(t, session, input.studentId)
  if (!isRealDate(input.date)) throw new FieldError('date', 'validation.date')
  if (input.date > centreDate(t.now)) throw new FieldError('date', 'errors.watch.dateInFuture')
  const id = randomUUID()
  t.orm
    .insert(followUps)
    .values({ id, ...input, byUserId: session.userId, createdAt: t.at })
    .run()
  t.audit({ action: 'watch.follow_up.add', entity: 'student', entityId: input.studentId, summary: { kind: input.kind, channel: input.channel, followUpId: id } })
  return { id }
}
