import { z } from 'zod'
import { id, optionalText, requiredText } from '../validation'
import { defineChannels } from './define'
import { NOTE_STATUSES, RISK_LEVELS, riskAnswers, riskLevel, riskRules } from './noteEnums'
import { fieldValue, templateDefinition } from './noteTemplates'

export * from './noteEnums'
export * from './noteTemplates'

const content = z.record(z.string().max(40), fieldValue)
const categoryKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'validation.key' })

export const templateDto = z.object({ version: z.number().int(), definition: templateDefinition, retired: z.boolean() })
export type TemplateDto = z.infer<typeof templateDto>

export const categoryDto = z.object({ key: z.string(), 'zh-CN': z.string(), en: z.string(), active: z.boolean() })

export const addendumDto = z.object({ id: z.string(), text: z.string(), authorName: z.string().nullable(), signedAt: z.string() })

export const noteDto = z.object({
  id: z.string(),
  studentId: z.string(),
  appointmentId: z.string().nullable(),
  authorId: z.string(),
  authorName: z.string().nullable(),
  templateKey: z.string(),
  templateVersion: z.number().int(),
  status: z.enum(NOTE_STATUSES),
  sensitive: z.boolean(),
  /**
   * True when the caller may see that the note exists but not what it says (a sensitive note
   * of someone else): content, categories and risk are then empty.
   */
  restricted: z.boolean(),
  content,
  categories: z.array(z.string()),
  risk: riskAnswers.nullable(),
  /** From the rules; the counsellor may raise it freely and lower it only with a reason. */
  computedLevel: riskLevel.nullable(),
  level: riskLevel.nullable(),
  lowerReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
  addenda: z.array(addendumDto)
})
export type NoteDto = z.infer<typeof noteDto>

/** A line of a student's note list, or of the caller's drafts. */
export const noteRowDto = z.object({
  id: z.string(),
  studentId: z.string(),
  studentName: z.string(),
  templateKey: z.string(),
  authorName: z.string().nullable(),
  status: z.enum(NOTE_STATUSES),
  sensitive: z.boolean(),
  restricted: z.boolean(),
  level: riskLevel.nullable(),
  createdAt: z.string(),
  signedAt: z.string().nullable(),
  appointmentId: z.string().nullable()
})

export const alertDto = z.object({
  id: z.string(),
  studentId: z.string(),
  studentName: z.string(),
  studentNo: z.string(),
  source: z.enum(['note', 'screening']),
  sourceId: z.string(),
  level: z.enum(RISK_LEVELS),
  raisedAt: z.string(),
  raisedByName: z.string().nullable(),
  /** The student's current watch tier (the resolve dialog offers crisis). */
  tier: z.enum(['general', 'serious', 'crisis']).nullable(),
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  action: z.string().nullable()
})
export type AlertDto = z.infer<typeof alertDto>

const draftFields = {
  content,
  categories: z.array(categoryKey).max(20),
  risk: riskAnswers.nullable(),
  /** The level the counsellor sets; null = the computed level. */
  level: riskLevel.nullable(),
  lowerReason: optionalText(2000).nullable(),
  sensitive: z.boolean()
}

export const notesChannels = defineChannels({
  'notes.templates.list': { input: z.object({ includeRetired: z.boolean().default(false) }).strict(), output: z.array(templateDto) },
  /** Saves a template as a new version (a new key creates a template); notes keep their version. */
  'notes.templates.save': { input: z.object({ definition: templateDefinition }).strict(), output: templateDto },
  'notes.templates.retire': { input: z.object({ key: categoryKey, retired: z.boolean() }).strict(), output: templateDto },
  'notes.categories.get': { input: z.object({}).strict(), output: z.array(categoryDto) },
  'notes.categories.save': {
    input: z
      .object({ categories: z.array(z.object({ key: categoryKey, 'zh-CN': requiredText(40), en: requiredText(60), active: z.boolean() }).strict()).min(1).max(60) })
      .strict(),
    output: z.array(categoryDto)
  },
  'notes.riskRules.get': { input: z.object({}).strict(), output: riskRules },
  'notes.riskRules.save': { input: riskRules, output: riskRules },
  /** Starts a draft for a student (usually for an attended appointment). */
  'notes.create': {
    input: z.object({ studentId: id, appointmentId: id.nullable(), templateKey: categoryKey }).strict(),
    output: noteDto
  },
  /** Called as the counsellor types (debounced): must stay fast. Drafts only, author only. */
  'notes.saveDraft': { input: z.object({ id, ...draftFields }).strict(), output: z.object({ updatedAt: z.string(), computedLevel: riskLevel.nullable() }) },
  'notes.discardDraft': { input: z.object({ id }).strict(), output: z.object({}) },
  /** Checks the template's required fields and the risk section, then locks the note for good. */
  'notes.sign': { input: z.object({ id }).strict(), output: noteDto },
  'notes.addendum': { input: z.object({ noteId: id, text: requiredText(10_000) }).strict(), output: noteDto },
  'notes.get': { input: z.object({ id }).strict(), output: noteDto },
  'notes.forStudent': { input: z.object({ studentId: id }).strict(), output: z.array(noteRowDto) },
  /** The caller's unsigned drafts, so that nothing typed before a lock or crash is lost. */
  'notes.myDrafts': { input: z.object({}).strict(), output: z.array(noteRowDto) },
  /** Full text over the notes the caller may read; snippets mark hits with ⟦ ⟧. */
  'notes.search': {
    input: z.object({ q: z.string().trim().min(1, { message: 'validation.required' }).max(100), limit: z.number().int().min(1).max(100).default(30) }).strict(),
    output: z.array(z.object({ note: noteRowDto, snippet: z.string() }))
  },
  /** A student's notes as a PDF for transfer to another counsellor (audited). */
  'notes.summary.pdf': {
    input: z.object({ studentId: id, locale: z.enum(['zh-CN', 'en']).default('zh-CN') }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() })
  },
  /** Open crisis alerts (and recently resolved ones) for the dashboard. */
  'alerts.list': { input: z.object({ includeResolvedDays: z.number().int().min(0).max(90).default(0) }).strict(), output: z.array(alertDto) },
  /** Records what was done; optionally moves the student to the crisis tier in the same step. */
  'alerts.resolve': {
    input: z.object({ id, action: requiredText(2000), moveToCrisis: z.boolean() }).strict(),
    output: alertDto
  }
})
