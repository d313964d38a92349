import type { FieldValue, NoteDto, noteRowDto, RiskAnswers } from '@shared/contract'
import type { z } from 'zod'
import { asc, desc, eq, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../context'
import type { Session } from '../state'
import { students } from '../students/schema'
import { users } from '../users/schema'
import { isRestricted, type NoteRow } from './access'
import { noteAddenda, notes } from './schema'

export type NoteRowDto = z.infer<typeof noteRowDto>

/** The note as its reader may see it: a restricted note keeps its dates and author, nothing it says. */
export function toNoteDto(t: Tx, session: Session, note: NoteRow): NoteDto {
  const restricted = isRestricted(session, note)
  const author = t.orm.select({ name: users.displayName }).from(users).where(eq(users.id, note.authorId)).get()
  const addenda = t.orm
    .select({ id: noteAddenda.id, text: noteAddenda.text, authorName: users.displayName, signedAt: noteAddenda.signedAt })
    .from(noteAddenda)
    .leftJoin(users, eq(users.id, noteAddenda.authorId))
    .where(eq(noteAddenda.noteId, note.id))
    .orderBy(asc(noteAddenda.signedAt), asc(sql`${noteAddenda}.rowid`))
    .all()
  return {
    id: note.id,
    studentId: note.studentId,
    appointmentId: note.appointmentId,
    authorId: note.authorId,
    authorName: author?.name ?? null,
    templateKey: note.templateKey,
    templateVersion: note.templateVersion,
    status: note.status,
    sensitive: note.sensitive,
    restricted,
    content: restricted ? {} : (JSON.parse(note.content) as Record<string, FieldValue>),
    categories: restricted ? [] : (JSON.parse(note.categories) as string[]),
    risk: restricted || note.risk === null ? null : (JSON.parse(note.risk) as RiskAnswers),
    computedLevel: restricted ? null : note.computedLevel,
    level: restricted ? null : note.level,
    lowerReason: restricted ? null : note.lowerReason,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
    signedAt: note.signedAt,
    addenda: addenda.map((a) => ({ ...a, text: restricted ? '' : a.text }))
  }
}

/**
 * The columns of a note list line: no content. `level` is the note's level as it stands (a
 * draft's own or computed one), withheld on a restricted line.
 */
function rowColumns(session: Session) {
  const restricted =
    session.role === 'admin' ? sql<number>`0` : sql<number>`(${notes.sensitive} = 1 AND ${notes.authorId} <> ${session.userId})`
  return {
    id: notes.id,
    studentId: notes.studentId,
    studentName: students.name,
    templateKey: notes.templateKey,
    authorName: users.displayName,
    status: notes.status,
    sensitive: notes.sensitive,
    restricted,
    level: sql<NoteRowDto['level']>`CASE WHEN ${restricted} THEN NULL ELSE coalesce(${notes.level}, ${notes.computedLevel}) END`,
    createdAt: notes.createdAt,
    signedAt: notes.signedAt,
    appointmentId: notes.appointmentId
  }
}

/** Note list lines matching `where` (which may name `students` columns), newest first. */
export function noteRows(t: Tx, session: Session, where: SQL | undefined, limit?: number): NoteRowDto[] {
  const query = t.orm
    .select(rowColumns(session))
    .from(notes)
    .innerJoin(students, eq(students.id, notes.studentId))
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(where)
    .orderBy(desc(notes.createdAt), desc(notes.id))
  const rows = limit === undefined ? query.all() : query.limit(limit).all()
  return rows.map((r) => ({ ...r, restricted: Boolean(r.restricted) }))
}
