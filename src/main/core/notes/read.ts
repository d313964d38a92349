import type { NoteDto } from '@shared/contract'
import { and, eq } from 'drizzle-orm'
import type { Tx } from '../context'
import type { Session } from '../state'
import { assertClinicalAccess } from '../students/access'
import { listableBy, noteForCaller } from './access'
import { noteRows, toNoteDto, type NoteRowDto } from './dto'
import { notes } from './schema'

/** Opens one note (a search result, a line of the student's list): a read of the record, audited. */
export function getNote(t: Tx, session: Session, id: string): NoteDto {
  const note = noteForCaller(t, session, id)
  const dto = toNoteDto(t, session, note)
  t.audit({ action: 'notes.view', entity: 'note', entityId: id, summary: { studentId: note.studentId, status: note.status, restricted: dto.restricted } })
  return dto
}

/** The student file's notes, newest first: signed ones, the caller's drafts, others' sensitive notes as restricted lines. */
export function notesOfStudent(t: Tx, session: Session, studentId: string): NoteRowDto[] {
  assertClinicalAccess(t, session, studentId)
  const rows = noteRows(t, session, and(eq(notes.studentId, studentId), listableBy(session, false)))
  t.audit({ action: 'notes.list.view', entity: 'student', entityId: studentId, summary: { count: rows.length } })
  return rows
}

/**
 * The caller's unsigned drafts across students, newest first: the app shows them after each
 * login, so that nothing typed before a lock, a crash or a closed window is lost.
 */
export function myDrafts(t: Tx, session: Session): NoteRowDto[] {
  const rows = noteRows(t, session, and(eq(notes.authorId, session.userId), eq(notes.status, 'draft'), listableBy(session, false)))
  t.audit({ action: 'notes.myDrafts', summary: { count: rows.length } })
  return rows
}
