import { eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { NotFoundError } from '../errors'
import type { Session } from '../state'
import { assertClinicalAccess } from '../students/access'
import { referrals } from './schema'

export type ReferralRow = typeof referrals.$inferSelect

/**
 * The referral, once the caller is known to see its student's clinical record: admin and
 * counsellors any, a part-time counsellor their stations' students only, the front desk none.
 */
export function referralForCaller(t: Tx, session: Session, id: string): ReferralRow {
  const row = t.orm.select().from(referrals).where(eq(referrals.id, id)).get()
  if (!row) throw new NotFoundError()
  assertClinicalAccess(t, session, row.studentId)
  return row
}
