import { randomUUID } from 'node:crypto'
import type { NoteDto } from '@shared/contract'
import { and, eq, sql } from 'drizzle-orm'
import { appointmentParticipants, appointments } from '../appointments/schema'
import type { Tx } from '../context'
import { ConflictError, FieldError } from '../errors'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { assertClinicalAccess } from '../students/access'
import { toNoteDto } from './dto'
import { notes } from './schema'
import { currentTemplate } from './templates'

/** A note is written about a session the student came to: theirs alone, or a group they were in. */
function assertAppointmentFits(t: Tx, studentId: string, appointmentId: string): void {
  const appointment = t.orm
    .select({ studentId: appointments.studentId, status: appointments.status })
    .from(appointments)
    .where(eq(appointments.id, appointmentId))
    .get()
  if (!appointment) throw new FieldError('appointmentId', 'errors.notes.unknownAppointment')
  const participant =
    appointment.studentId === studentId ||
    t.orm
      .select({ one: sql<number>`1` })
      .from(appointmentParticipants)
      .where(and(eq(appointmentParticipants.appointmentId, appointmentId), eq(appointmentParticipants.studentId, studentId)))
      .get() !== undefined
  if (!participant) throw new ConflictError('errors.notes.appointmentOtherStudent')
  if (appointment.status !== 'attended') throw new ConflictError('errors.notes.appointmentNotAttended')
}

/**
 * Starts a draft from the template's current version. One open draft per author, appointment
 * and student (a group session has a note per member): asking again (a second click, another
 * tab, after a crash) returns the draft already started, whatever its template, so that no two
 * half-written notes of one session exist.
 */
export function createNote(t: Tx, session: Session, input: ParsedInput<'notes.create'>): NoteDto {
  assertClinicalAccess(t, session, input.studentId)
  const template = currentTemplate(t, input.templateKey)
  if (!template) throw new FieldError('templateKey', 'errors.notes.unknownTemplate')
  if (template.retired) throw new FieldError('templateKey', 'errors.notes.templateRetired')
  if (input.appointmentId !== null) {
    assertAppointmentFits(t, input.studentId, input.appointmentId)
    const open = t.orm
      .select()
      .from(notes)
      .where(
        and(
          eq(notes.authorId, session.userId),
          eq(notes.appointmentId, input.appointmentId),
          eq(notes.studentId, input.studentId),
          eq(notes.status, 'draft')
        )
      )
      .get()
    if (open) {
      t.audit({ action: 'notes.draft.resume', entity: 'note', entityId: open.id, summary: { studentId: open.studentId } })
      return toNoteDto(t, session, open)
    }
  }
  const note = {
    id: randomUUID(),
    studentId: input.studentId,
    appointmentId: input.appointmentId,
    authorId: session.userId,
    templateKey: input.templateKey,
    templateVersion: template.version,
    status: 'draft' as const,
    sensitive: false,
    content: '{}',
    categories: '[]',
    risk: null,
    computedLevel: null,
    level: null,
    lowerReason: null,
    createdAt: t.at,
    updatedAt: t.at,
    signedAt: null
  }
  t.orm.insert(notes).values(note).run()
  t.audit({
    action: 'notes.create',
    entity: 'note',
    entityId: note.id,
    summary: { studentId: input.studentId, appointmentId: input.appointmentId, template: input.templateKey, version: template.version }
  })
  return toNoteDto(t, session, note)
}
