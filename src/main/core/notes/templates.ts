import { templateDefinition, type TemplateDefinition } from '@shared/contract/noteTemplates'
import type { FieldIssue } from '@shared/errors'
import type Database from 'better-sqlite3'
import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Tx } from '../context'
import { noteTemplates } from '../db/schema'
import { AppError, NotFoundError } from '../errors'
import type { Session } from '../state'
import { canonicalJson } from '../util/canonicalJson'
import { SHIPPED_TEMPLATES } from './shipped'

export interface TemplateRow {
  version: number
  definition: TemplateDefinition
  retired: boolean
}

const SHIPPED_KEYS = SHIPPED_TEMPLATES.map((d) => d.key)

/**
 * Databases known to hold every shipped template. Only a check that found them all (inserted
 * nothing) marks a database, so a transaction that inserts and then rolls back leaves no false mark.
 */
const complete = new WeakSet<Database.Database>()

/** Inserts each shipped template that is missing, as version 1; idempotent, inside the caller's transaction. */
export function ensureShippedTemplates(t: Tx): void {
  if (complete.has(t.sqlite)) return
  const present = new Set(
    t.orm
      .selectDistinct({ key: noteTemplates.key })
      .from(noteTemplates)
      .where(inArray(noteTemplates.key, SHIPPED_KEYS))
      .all()
      .map((r) => r.key)
  )
  const missing = SHIPPED_TEMPLATES.filter((d) => !present.has(d.key))
  if (missing.length === 0) {
    complete.add(t.sqlite)
    return
  }
  t.orm
    .insert(noteTemplates)
    .values(missing.map((d) => ({ key: d.key, version: 1, definition: JSON.stringify(d), createdAt: t.at, createdBy: null })))
    .run()
}

function toRow(row: { version: number; definition: string; retired: boolean }): TemplateRow {
  return { version: row.version, definition: templateDefinition.parse(JSON.parse(row.definition)), retired: row.retired }
}

/** The version new notes use. */
export function currentTemplate(t: Tx, key: string): TemplateRow | null {
  ensureShippedTemplates(t)
  const row = t.orm.select().from(noteTemplates).where(eq(noteTemplates.key, key)).orderBy(desc(noteTemplates.version)).limit(1).get()
  return row ? toRow(row) : null
}

/** The version a note was written with (its labels, required fields and risk setting). */
export function templateVersion(t: Tx, key: string, version: number): TemplateRow | null {
  ensureShippedTemplates(t)
  const row = t.orm
    .select()
    .from(noteTemplates)
    .where(and(eq(noteTemplates.key, key), eq(noteTemplates.version, version)))
    .get()
  return row ? toRow(row) : null
}

/** The current version of each template: shipped ones first in their order, then the centre's by key. */
export function listTemplates(t: Tx, includeRetired: boolean): TemplateRow[] {
  ensureShippedTemplates(t)
  const rows = t.orm
    .select()
    .from(noteTemplates)
    .where(sql`${noteTemplates.version} = (SELECT max(v.version) FROM note_templates v WHERE v.key = ${noteTemplates.key})`)
    .all()
    .filter((r) => includeRetired || !r.retired)
  const order = (key: string): number => {
    const i = SHIPPED_KEYS.indexOf(key)
    return i === -1 ? SHIPPED_KEYS.length : i
  }
  return rows.sort((a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key)).map(toRow)
}

/**
 * What the schema cannot say about a definition: keys unique (sections, fields across the whole
 * template, a field's options, kinds), a length limit only on text, and the SOAP/DAP layouts
 * with their four and three sections. Paths are those of the `notes.templates.save` input.
 */
export function templateIssues(d: TemplateDefinition, prefix = 'definition'): FieldIssue[] {
  const issues: FieldIssue[] = []
  const sectionKeys = new Set<string>()
  const fieldKeys = new Set<string>()
  d.sections.forEach((section, s) => {
    const at = `${prefix}.sections.${s}`
    if (sectionKeys.has(section.key)) issues.push({ path: `${at}.key`, messageKey: 'validation.duplicate' })
    sectionKeys.add(section.key)
    section.fields.forEach((field, f) => {
      const fieldAt = `${at}.fields.${f}`
      if (fieldKeys.has(field.key)) issues.push({ path: `${fieldAt}.key`, messageKey: 'validation.templateDuplicateField' })
      fieldKeys.add(field.key)
      if (field.maxLength !== undefined && field.type !== 'text' && field.type !== 'textarea') {
        issues.push({ path: `${fieldAt}.maxLength`, messageKey: 'validation.invalid' })
      }
      const values = new Set<string>()
      field.options?.forEach((option, o) => {
        if (values.has(option.value)) issues.push({ path: `${fieldAt}.options.${o}.value`, messageKey: 'validation.duplicate' })
        values.add(option.value)
      })
    })
  })
  if (new Set(d.kinds).size !== d.kinds.length) issues.push({ path: `${prefix}.kinds`, messageKey: 'validation.duplicate' })
  const sectionsFor = { soap: 4, dap: 3, free: null }[d.layout]
  if (sectionsFor !== null && d.sections.length !== sectionsFor) {
    issues.push({ path: `${prefix}.sections`, messageKey: 'validation.templateLayout', params: { count: sectionsFor } })
  }
  return issues
}

/**
 * Saves a definition as the next version of its key (a new key starts at 1). Notes keep the
 * version they were written with; a retired template stays retired. Saving what is already the
 * current version makes no new one.
 */
export function saveTemplate(t: Tx, definition: TemplateDefinition, session: Session): TemplateRow {
  const parsed = templateDefinition.parse(definition)
  const issues = templateIssues(parsed)
  if (issues.length > 0) throw new AppError('VALIDATION', 'errors.validation', undefined, issues)
  const current = currentTemplate(t, parsed.key)
  if (current && canonicalJson(current.definition) === canonicalJson(parsed)) return current
  const version = (current?.version ?? 0) + 1
  const retired = current?.retired ?? false
  t.orm
    .insert(noteTemplates)
    .values({ key: parsed.key, version, definition: JSON.stringify(parsed), retired, createdAt: t.at, createdBy: session.userId })
    .run()
  t.audit({ action: 'notes.templates.save', entity: 'note_template', entityId: parsed.key, summary: { version, sections: parsed.sections.length } })
  return { version, definition: parsed, retired }
}

/** Retires a template (no new notes with it; old notes keep it) or brings it back. */
export function retireTemplate(t: Tx, key: string, retired: boolean): TemplateRow {
  const current = currentTemplate(t, key)
  if (!current) throw new NotFoundError()
  if (current.retired === retired) return current
  t.orm.update(noteTemplates).set({ retired }).where(eq(noteTemplates.key, key)).run()
  t.audit({ action: 'notes.templates.retire', entity: 'note_template', entityId: key, summary: { retired } })
  return { ...current, retired }
}
