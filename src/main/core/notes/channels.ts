import type { Registry } from '../registry'
import type { TimelineSources } from '../students/timeline'
import { addAddendum } from './addenda'
import { readCategories, saveCategories } from './categories'
import { createNote } from './create'
import { discardDraft, saveDraft } from './draft'
import { getNote, myDrafts, notesOfStudent } from './read'
import { readRiskRules, saveRiskRules } from './risk'
import { searchNotes } from './search'
import { signNote } from './sign'
import { printCaseSummary } from './summaryPdf'
import { listTemplates, retireTemplate, saveTemplate } from './templates'
import { notesTimeline } from './timeline'

/**
 * Counselling notes: templates, problem categories and risk rules (as data), drafts saved as
 * they are typed, signing (locks the note; a high risk raises a crisis alert), addenda,
 * sensitive notes, full-text search, the student's timeline and the case summary PDF.
 */
export function registerNotes(registry: Registry, timeline: TimelineSources): void {
  timeline.register('notes', notesTimeline)

  registry.handleTx('notes.templates.list', (t, input) => listTemplates(t, input.includeRetired))
  registry.handleTx('notes.templates.save', (t, input, ctx) => saveTemplate(t, input.definition, ctx.session()))
  registry.handleTx('notes.templates.retire', (t, input) => retireTemplate(t, input.key, input.retired))
  registry.handleTx('notes.categories.get', (t) => readCategories(t.orm))
  registry.handleTx('notes.categories.save', (t, input) => saveCategories(t, input.categories))
  registry.handleTx('notes.riskRules.get', (t) => readRiskRules(t.orm))
  registry.handleTx('notes.riskRules.save', (t, input) => saveRiskRules(t, input))

  registry.handleTx('notes.create', (t, input, ctx) => createNote(t, ctx.session(), input))
  registry.handleTx('notes.saveDraft', (t, input, ctx) => saveDraft(t, ctx.session(), input))
  registry.handleTx('notes.discardDraft', (t, input, ctx) => discardDraft(t, ctx.session(), input.id))
  registry.handleTx('notes.sign', (t, input, ctx) => signNote(t, ctx.session(), input.id))
  registry.handleTx('notes.addendum', (t, input, ctx) => addAddendum(t, ctx.session(), input))
  registry.handleTx('notes.get', (t, input, ctx) => getNote(t, ctx.session(), input.id))
  registry.handleTx('notes.forStudent', (t, input, ctx) => notesOfStudent(t, ctx.session(), input.studentId))
  registry.handleTx('notes.myDrafts', (t, _input, ctx) => myDrafts(t, ctx.session()))
  registry.handleTx('notes.search', (t, input, ctx) => searchNotes(t, ctx.session(), input))
  registry.handle('notes.summary.pdf', printCaseSummary)
}
