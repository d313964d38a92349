import type { ChannelOutput } from '@shared/contract'
import { and, eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { ConflictError } from '../errors'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { assertAuthor, assertDraft, noteForCaller } from './access'
import { activeCategoryKeys } from './categories'
import { categoryIssues, contentIssues, noteTemplate, riskIssues, throwIfAny } from './content'
import { computeRiskLevel, readRiskRules } from './risk'
import { notes } from './schema'

/**
 * Saves a draft as the counsellor types (the editor calls it debounced, and before a lock). It
 * must stay fast on a large vault: one read of the note, the checks in memory, one UPDATE (the
 * search index is rewritten only when the text changed) and one audit row, which never holds
 * the text. Bad input saves nothing; the whole draft is sent each time, so the next good save
 * carries everything.
 */
export function saveDraft(t: Tx, session: Session, input: ParsedInput<'notes.saveDraft'>): ChannelOutput<'notes.saveDraft'> {
  const note = noteForCaller(t, session, input.id)
  assertAuthor(session, note)
  assertDraft(note)
  const definition = noteTemplate(t, note.templateKey, note.templateVersion)
  const categories = [...new Set(input.categories)]
  const computedLevel = input.risk ? computeRiskLevel(readRiskRules(t.orm), input.risk) : null
  const lowerReason = input.lowerReason || null
  throwIfAny([
    ...contentIssues(definition, input.content),
    ...categoryIssues(activeCategoryKeys(t.orm), categories),
    ...riskIssues(definition, input.risk, computedLevel, input.level, lowerReason)
  ])
  const content = JSON.stringify(input.content)
  const written = t.orm
    .update(notes)
    .set({
      // Left out when unchanged, so that the search index trigger does not fire for nothing.
      ...(content === note.content ? {} : { content }),
      categories: JSON.stringify(categories),
      risk: input.risk ? JSON.stringify(input.risk) : null,
      computedLevel,
      level: input.level,
      lowerReason,
      sensitive: input.sensitive,
      updatedAt: t.at
    })
    .where(and(eq(notes.id, note.id), eq(notes.status, 'draft')))
    .run()
  if (written.changes !== 1) throw new ConflictError('errors.notes.signed')
  t.audit({
    action: 'notes.draft.save',
    entity: 'note',
    entityId: note.id,
    summary: { fields: Object.keys(input.content).length, level: input.level ?? computedLevel, sensitive: input.sensitive }
  })
  return { updatedAt: t.at, computedLevel }
}

/** Throws a draft away (its author only); a signed note is never deleted. */
export function discardDraft(t: Tx, session: Session, id: string): Record<string, never> {
  const note = noteForCaller(t, session, id)
  assertAuthor(session, note)
  assertDraft(note)
  const deleted = t.orm
    .delete(notes)
    .where(and(eq(notes.id, id), eq(notes.status, 'draft')))
    .run()
  if (deleted.changes !== 1) throw new ConflictError('errors.notes.signed')
  t.audit({ action: 'notes.draft.discard', entity: 'note', entityId: id, summary: { studentId: note.studentId } })
  return {}
}
