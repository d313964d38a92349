import type { AppointmentDto } from '@shared/contract'
import { asc, eq, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { appointmentDtos } from '../appointments/dto'
import { ofStudent } from '../appointments/read'
import type { Tx } from '../context'
import { appointmentParticipants, crisisAlerts, notes, users, waitlist } from '../db/schema'
import { toNoteDto } from '../notes/dto'
import { templateVersion } from '../notes/templates'
import type { Session } from '../state'
import type { AlertEntry, RecordNote, WaitlistEntry } from './types'

/*
 * Appointments, the waiting list, notes and crisis alerts of one student, oldest first. The
 * capabilities' DTO mappers are reused; where their only reader writes its own audit row or
 * shows open entries only (waiting list, alerts), the rows are read here.
 */

/** Their own appointments and the group sessions they joined, in full (the admin asks for the student). */
export function appointmentHistory(t: Tx, session: Session, studentId: string): { appointments: AppointmentDto[]; participations: string[] } {
  const appointments = appointmentDtos(t, session, { where: ofStudent(studentId), order: 'start' }, true)
  const participations = t.orm
    .select({ appointmentId: appointmentParticipants.appointmentId })
    .from(appointmentParticipants)
    .where(eq(appointmentParticipants.studentId, studentId))
    .orderBy(asc(appointmentParticipants.createdAt), asc(sql`${appointmentParticipants}.rowid`))
    .all()
    .map((p) => p.appointmentId)
  return { appointments, participations }
}

/** Every time they waited for a first appointment, open or closed. */
export function waitlistHistory(t: Tx, studentId: string): WaitlistEntry[] {
  return t.orm
    .select({ entry: waitlist, addedByName: users.displayName })
    .from(waitlist)
    .leftJoin(users, eq(users.id, waitlist.addedBy))
    .where(eq(waitlist.studentId, studentId))
    .orderBy(asc(waitlist.addedAt), asc(sql`${waitlist}.rowid`))
    .all()
    .map(({ entry, addedByName }) => ({
      urgency: entry.urgency,
      note: entry.note,
      addedAt: entry.addedAt,
      addedByName,
      closedAt: entry.closedAt,
      closedReason: entry.closedReason
    }))
}

/**
 * Every note about the student with its addenda: signed ones, drafts and sensitive ones alike.
 * The caller is the admin (the channel admits no one else), who reads sensitive notes; a draft is
 * held about the student too, so it is printed, marked as a draft.
 */
export function noteHistory(t: Tx, session: Session, studentId: string): RecordNote[] {
  return t.orm
    .select()
    .from(notes)
    .where(eq(notes.studentId, studentId))
    .orderBy(asc(notes.createdAt), asc(notes.id))
    .all()
    .map((row) => ({ note: toNoteDto(t, session, row), template: templateVersion(t, row.templateKey, row.templateVersion)?.definition ?? null }))
}

const raiser = alias(users, 'record_alert_raiser')
const resolver = alias(users, 'record_alert_resolver')

/** Every crisis alert, open or resolved, with what was done. */
export function alertHistory(t: Tx, studentId: string): AlertEntry[] {
  return t.orm
    .select({ alert: crisisAlerts, raisedByName: raiser.displayName, resolvedByName: resolver.displayName })
    .from(crisisAlerts)
    .leftJoin(raiser, eq(raiser.id, crisisAlerts.raisedBy))
    .leftJoin(resolver, eq(resolver.id, crisisAlerts.resolvedBy))
    .where(eq(crisisAlerts.studentId, studentId))
    .orderBy(asc(crisisAlerts.raisedAt), asc(sql`${crisisAlerts}.rowid`))
    .all()
    .map(({ alert, raisedByName, resolvedByName }) => ({
      source: alert.source,
      level: alert.level,
      raisedAt: alert.raisedAt,
      raisedByName,
      resolvedAt: alert.resolvedAt,
      resolvedByName,
      action: alert.action,
      movedToCrisis: alert.movedToCrisis
    }))
}
