import { RISK_LEVELS, type FieldValue, type RiskAnswers, type RiskLevel, type TemplateDefinition, type TemplateField } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import type Database from 'better-sqlite3'
import type { Tx } from '../context'
import { AppError } from '../errors'
import { templateVersion } from './templates'

/*
 * What a note may hold, checked against the template version it was written with: each value
 * of the right type for its field, choices among the field's options, categories in use, a
 * risk section only where the template has one, and a level below the computed one only with a
 * written reason (raising it is free).
 */

/** A template version never changes once saved, so each connection parses it once (a draft save must stay fast). */
const parsed = new WeakMap<Database.Database, Map<string, TemplateDefinition>>()

export function noteTemplate(t: Tx, key: string, version: number): TemplateDefinition {
  let byVersion = parsed.get(t.sqlite)
  if (!byVersion) parsed.set(t.sqlite, (byVersion = new Map()))
  const id = `${key}@${version}`
  const cached = byVersion.get(id)
  if (cached) return cached
  const row = templateVersion(t, key, version)
  // Notes are created from a stored version and versions are never deleted.
  if (!row) throw new Error('note template version missing')
  byVersion.set(id, row.definition)
  return row.definition
}

export const fieldsOf = (definition: TemplateDefinition): Map<string, TemplateField> =>
  new Map(definition.sections.flatMap((s) => s.fields.map((f) => [f.key, f] as const)))

const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))

/** Why a value does not fit its field (an i18n key and params), or null when it does. Null always fits (not filled in). */
function valueProblem(field: TemplateField, value: FieldValue): Omit<FieldIssue, 'path'> | null {
  if (value === null) return null
  const options = new Set(field.options?.map((o) => o.value) ?? [])
  switch (field.type) {
    case 'text':
    case 'textarea':
      if (typeof value !== 'string') return { messageKey: 'validation.invalidType' }
      if (field.maxLength !== undefined && [...value].length > field.maxLength) return { messageKey: 'validation.tooLong', params: { max: field.maxLength } }
      return null
    case 'select':
      return typeof value === 'string' && options.has(value) ? null : { messageKey: 'validation.choice' }
    case 'multiselect':
      return Array.isArray(value) && value.every((v) => options.has(v)) && new Set(value).size === value.length ? null : { messageKey: 'validation.choice' }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : { messageKey: 'validation.invalidType' }
    case 'date':
      return typeof value === 'string' && isDate(value) ? null : { messageKey: 'validation.date' }
    case 'checkbox':
      return typeof value === 'boolean' ? null : { messageKey: 'validation.invalidType' }
  }
}

/** Every content key must be a field of the template, holding a value of the field's type. */
export function contentIssues(definition: TemplateDefinition, content: Record<string, FieldValue>): FieldIssue[] {
  const fields = fieldsOf(definition)
  return Object.entries(content).flatMap(([key, value]): FieldIssue[] => {
    const field = fields.get(key)
    if (!field) return [{ path: `content.${key}`, messageKey: 'errors.notes.unknownField' }]
    const problem = valueProblem(field, value)
    return problem ? [{ path: `content.${key}`, ...problem }] : []
  })
}

/** Blank text, no choice, an unticked box (a required box is one to tick). */
const isEmpty = (value: FieldValue | undefined): boolean =>
  value === undefined || value === null || value === false || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)

/** The template's required fields that are empty (checked at signing; a draft may be half done). */
export function requiredIssues(definition: TemplateDefinition, content: Record<string, FieldValue>): FieldIssue[] {
  return [...fieldsOf(definition).values()]
    .filter((f) => f.required && isEmpty(content[f.key]))
    .map((f) => ({ path: `content.${f.key}`, messageKey: 'validation.required' }))
}

export function categoryIssues(active: ReadonlySet<string>, categories: readonly string[]): FieldIssue[] {
  return categories.flatMap((key, i) => (active.has(key) ? [] : [{ path: `categories.${i}`, messageKey: 'errors.notes.unknownCategory' }]))
}

const rank = (level: RiskLevel): number => RISK_LEVELS.indexOf(level)

export const isLowered = (computed: RiskLevel | null, level: RiskLevel | null): boolean =>
  computed !== null && level !== null && rank(level) < rank(computed)

/**
 * The risk section and the level: answers only where the template assesses risk, a level only
 * with answers to set it against, and a lower level than the rules give only with a reason.
 */
export function riskIssues(
  definition: TemplateDefinition,
  risk: RiskAnswers | null,
  computed: RiskLevel | null,
  level: RiskLevel | null,
  lowerReason: string | null
): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (definition.risk === 'none' && risk !== null) issues.push({ path: 'risk', messageKey: 'errors.notes.noRiskSection' })
  if (level !== null && risk === null) issues.push({ path: 'level', messageKey: 'errors.notes.levelNeedsRisk' })
  if (isLowered(computed, level) && !lowerReason?.trim()) issues.push({ path: 'lowerReason', messageKey: 'errors.notes.lowerReasonRequired' })
  return issues
}

export function throwIfAny(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new AppError('VALIDATION', 'errors.validation', undefined, issues)
}
