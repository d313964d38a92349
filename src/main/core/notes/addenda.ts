import { randomUUID } from 'node:crypto'
import type { NoteDto } from '@shared/contract'
import type { Tx } from '../context'
import { ConflictError, ForbiddenError } from '../errors'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { noteForCaller } from './access'
import { toNoteDto } from './dto'
import { noteAddenda } from './schema'

/**
 * A correction or addition to a signed note, dated and signed by who wrote it; the note itself
 * never changes. Its author may add one, and the admin (who may read every note).
 */
export function addAddendum(t: Tx, session: Session, input: ParsedInput<'notes.addendum'>): NoteDto {
  const note = noteForCaller(t, session, input.noteId)
  if (note.authorId !== session.userId && session.role !== 'admin') throw new ForbiddenError('errors.notes.addendumAuthorOrAdmin')
  if (note.status !== 'signed') throw new ConflictError('errors.notes.notSigned')
  const id = randomUUID()
  t.orm.insert(noteAddenda).values({ id, noteId: note.id, authorId: session.userId, text: input.text, signedAt: t.at }).run()
  t.audit({ action: 'notes.addendum', entity: 'note', entityId: note.id, summary: { studentId: note.studentId, addendumId: id } })
  return toNoteDto(t, session, note)
}
