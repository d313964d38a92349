import { and, asc, eq, gte } from 'drizzle-orm'
import type { Tx } from '../context'
import { ConflictError } from '../errors'
import type { AppointmentRow } from './dto'
import { appointments } from './schema'

/**
 * What a change to one appointment applies to: that one, or (scope 'following') it and every
 * later occurrence of its weekly series still booked. Attended and cancelled ones are history
 * and stay as they were. Only a booked appointment can be changed at all.
 */
export function changeTargets(t: Tx, row: AppointmentRow, scope: 'one' | 'following'): AppointmentRow[] {
  if (row.status !== 'booked') throw new ConflictError('errors.appointments.notBooked')
  if (scope === 'one' || row.seriesId === null || row.seriesIndex === null) return [row]
  return t.orm
    .select()
    .from(appointments)
    .where(and(eq(appointments.seriesId, row.seriesId), gte(appointments.seriesIndex, row.seriesIndex), eq(appointments.status, 'booked')))
    .orderBy(asc(appointments.seriesIndex))
    .all()
}
