import { ALERT_LEVELS, type FieldValue, type NoteDto, type RiskAnswers } from '@shared/contract'
import { and, eq } from 'drizzle-orm'
import { raiseAlert } from '../alerts/service'
import type { Tx } from '../context'
import { ConflictError } from '../errors'
import type { Session } from '../state'
import { assertAuthor, assertDraft, noteForCaller } from './access'
import { activeCategoryKeys } from './categories'
import { categoryIssues, contentIssues, noteTemplate, requiredIssues, riskIssues, throwIfAny } from './content'
import { toNoteDto } from './dto'
import { computeRiskLevel, readRiskRules } from './risk'
import { notes } from './schema'

/**
 * Signs the caller's own draft, for good: the template's required fields are filled, the note
 * is filed under at least one category, the risk section is there when the template requires
 * it, and a lowered level has its reason. The level is computed again from the rules in force
 * now, and the note keeps the final level. A high or imminent level raises a crisis alert in
 * the same transaction: the signature and the alert stand or fall together.
 */
export function signNote(t: Tx, session: Session, id: string): NoteDto {
  const note = noteForCaller(t, session, id)
  assertAuthor(session, note)
  assertDraft(note)
  const definition = noteTemplate(t, note.templateKey, note.templateVersion)
  const content = JSON.parse(note.content) as Record<string, FieldValue>
  const categories = JSON.parse(note.categories) as string[]
  const risk = note.risk === null ? null : (JSON.parse(note.risk) as RiskAnswers)
  const computedLevel = risk ? computeRiskLevel(readRiskRules(t.orm), risk) : null
  throwIfAny([
    ...contentIssues(definition, content),
    ...requiredIssues(definition, content),
    ...(categories.length === 0 ? [{ path: 'categories', messageKey: 'errors.notes.categoryRequired' }] : []),
    ...categoryIssues(activeCategoryKeys(t.orm), categories),
    ...(definition.risk === 'required' && risk === null ? [{ path: 'risk', messageKey: 'errors.notes.riskRequired' }] : []),
    ...riskIssues(definition, risk, computedLevel, note.level, note.lowerReason)
  ])
  const level = risk ? (note.level ?? computedLevel) : null
  const signed = { status: 'signed' as const, signedAt: t.at, updatedAt: t.at, computedLevel, level }
  const written = t.orm
    .update(notes)
    .set(signed)
    .where(and(eq(notes.id, id), eq(notes.status, 'draft')))
    .run()
  if (written.changes !== 1) throw new ConflictError('errors.notes.signed')
  t.audit({ action: 'notes.sign', entity: 'note', entityId: id, summary: { studentId: note.studentId, level } })
  if (level !== null && ALERT_LEVELS.includes(level)) {
    raiseAlert(t, { studentId: note.studentId, source: 'note', sourceId: id, level, raisedBy: session.userId })
  }
  return toNoteDto(t, session, { ...note, ...signed })
}
