import type { TimelineEntryDto } from '@shared/contract'
import { and, asc, eq } from 'drizzle-orm'
import type { Tx } from '../context'
import type { StudentAccess } from '../students/access'
import { users } from '../users/schema'
import { notes } from './schema'

/*
 * The notes' part of the student timeline: each signed note at its signing, with its template
 * key and final level (`timeline.notes.signed` / `signedLevel`; the renderer names both). The
 * text is never copied here. A sensitive note shows only that it exists (`timeline.notes.sensitive`):
 * the timeline is built without knowing who asks. Drafts are their author's business, and the
 * front desk sees nothing of notes.
 */
export function notesTimeline(t: Tx, studentId: string, access: StudentAccess): TimelineEntryDto[] {
  if (access !== 'clinical') return []
  return t.orm
    .select({ signedAt: notes.signedAt, templateKey: notes.templateKey, level: notes.level, sensitive: notes.sensitive, byName: users.displayName })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(and(eq(notes.studentId, studentId), eq(notes.status, 'signed')))
    .orderBy(asc(notes.createdAt))
    .all()
    .map((note): TimelineEntryDto => {
      const entry = { at: note.signedAt!, kind: 'note', detail: null, byName: note.byName }
      if (note.sensitive) return { ...entry, titleKey: 'timeline.notes.sensitive', params: {} }
      if (note.level === null) return { ...entry, titleKey: 'timeline.notes.signed', params: { template: note.templateKey } }
      return { ...entry, titleKey: 'timeline.notes.signedLevel', params: { template: note.templateKey, level: note.level } }
    })
}
