import { and, eq, exists, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../context'
import { ForbiddenError, NotFoundError } from '../errors'
import type { Session } from '../state'
import { students, userStations } from './schema'

/** What a caller may see of a student: everything, or contact data only (assistant). */
export type StudentAccess = 'clinical' | 'contact'

/**
 * Which students a session may open (DESIGN.md, roles): admin and counsellors all of them with
 * clinical data; the front desk all of them, contact data only; a part-time counsellor the
 * students of their college stations, with clinical data. Every student read and write asks here.
 */
export function studentAccess(t: Tx, session: Session, studentId: string): StudentAccess {
  const row = t.orm.select({ id: students.id }).from(students).where(and(eq(students.id, studentId), visibleTo(session))).get()
  if (!row) {
    const exists = t.orm.select({ id: students.id }).from(students).where(eq(students.id, studentId)).get()
    if (exists) throw new ForbiddenError()
    throw new NotFoundError()
  }
  return session.role === 'assistant' ? 'contact' : 'clinical'
}

/** As studentAccess, but refuses roles that see contact data only. */
export function assertClinicalAccess(t: Tx, session: Session, studentId: string): void {
  if (studentAccess(t, session, studentId) !== 'clinical') throw new ForbiddenError()
}

/** A WHERE clause limiting a student query to what the session may see (undefined: all). */
export function visibleTo(session: Session): SQL | undefined {
  if (session.role !== 'part_time') return undefined
  return exists(
    sql`(SELECT 1 FROM ${userStations} WHERE ${userStations.userId} = ${session.userId} AND ${userStations.collegeId} = ${students.collegeId})`
  )
}

export const seesClinical = (session: Session): boolean => session.role !== 'assistant'
