import { and, eq, or, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../context'
import { ConflictError, ForbiddenError, NotFoundError } from '../errors'
import type { Session } from '../state'
import { assertClinicalAccess } from '../students/access'
import { students, userStations } from '../students/schema'
import { notes } from './schema'

export type NoteRow = typeof notes.$inferSelect

/*
 * Who may do what with a note (DESIGN.md, roles). The student decides whether the caller may
 * see the note at all (part-time counsellors: their station students only; never the front
 * desk). Then: a draft is its author's alone, unseen by anyone else; a sensitive note is read
 * by its author and the admin, and others see only that it exists; only the author edits,
 * discards and signs; the author or the admin adds an addendum.
 */

/** The note, after checking that the caller may see its student at all. */
export function noteForCaller(t: Tx, session: Session, id: string): NoteRow {
  const note = t.orm.select().from(notes).where(eq(notes.id, id)).get()
  if (!note) throw new NotFoundError()
  assertClinicalAccess(t, session, note.studentId)
  if (note.status === 'draft' && note.authorId !== session.userId) throw new ForbiddenError('errors.notes.draftOfOther')
  return note
}

/** Others' sensitive notes show that they exist, not what they say. */
export const isRestricted = (session: Session, note: Pick<NoteRow, 'sensitive' | 'authorId'>): boolean =>
  note.sensitive && note.authorId !== session.userId && session.role !== 'admin'

export function assertAuthor(session: Session, note: Pick<NoteRow, 'authorId'>): void {
  if (note.authorId !== session.userId) throw new ForbiddenError('errors.notes.notAuthor')
}

export function assertDraft(note: Pick<NoteRow, 'status'>): void {
  if (note.status !== 'draft') throw new ConflictError('errors.notes.signed')
}

/**
 * A WHERE clause keeping the notes the caller may list: signed notes and their own drafts, of
 * students they may see. Sensitive notes of others stay in (as restricted rows) unless
 * `readableOnly` (search: a restricted row would match on text the caller may not read).
 */
export function listableBy(session: Session, readableOnly: boolean): SQL {
  const mine = eq(notes.authorId, session.userId)
  return and(
    or(eq(notes.status, 'signed'), mine),
    readableOnly && session.role !== 'admin' ? or(eq(notes.sensitive, false), mine) : undefined,
    session.role === 'part_time'
      ? sql`${students.collegeId} IN (SELECT ${userStations.collegeId} FROM ${userStations} WHERE ${userStations.userId} = ${session.userId})`
      : undefined
  )!
}
