import type { ChannelOutput } from '@shared/contract'
import { and, eq, gte, inArray, lt } from 'drizzle-orm'
import type { Tx } from '../context'
import type { Session } from '../state'
import { appointmentDtos } from './dto'
import { appointments } from './schema'
import { addDays, centreDate, centreDayStartUtc, daysBetween } from './time'
import { waitlistSummary } from './waitlist'

type Dashboard = ChannelOutput<'appointments.dashboard'>

/**
 * The home page: today's appointments (a part-time counsellor's own), how many students wait
 * for a first appointment and how many centre days the longest has waited.
 */
export function appointmentsDashboard(t: Tx, session: Session): Dashboard {
  const today = centreDate(t.now)
  const list = appointmentDtos(t, session, {
    where: and(
      gte(appointments.startAt, centreDayStartUtc(today)),
      lt(appointments.startAt, centreDayStartUtc(addDays(today, 1))),
      inArray(appointments.status, ['booked', 'attended']),
      session.role === 'part_time' ? eq(appointments.counsellorId, session.userId) : undefined
    )
  })
  const waiting = waitlistSummary(t)
  // Names were shown: the audit row keeps the counts only.
  t.audit({ action: 'appointments.dashboard.view', summary: { today: list.length, waitlist: waiting.length } })
  return {
    today: list,
    waitlistLength: waiting.length,
    oldestWaitDays: waiting.oldestAddedAt === null ? null : daysBetween(centreDate(waiting.oldestAddedAt), today)
  }
}
