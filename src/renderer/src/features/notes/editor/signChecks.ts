import type { TFunction } from 'i18next'
import type { RiskLevel, TemplateDefinition } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { describeError } from '../../../components/forms'
import { isLowered, type DraftValues } from './draftValues'

const FORM_PATHS = ['categories', 'sensitive', 'level', 'lowerReason', 'risk']

/**
 * The core's field issues as form errors. A template field may be named by its key alone or as
 * `content.key`; what matches no field is returned apart, to be said in the summary.
 */
export function issuesToErrors(t: TFunction, issues: FieldIssue[], template: TemplateDefinition): { errors: Record<string, string>; other: string[] } {
  const fieldKeys = new Set(template.sections.flatMap((s) => s.fields.map((f) => f.key)))
  const errors: Record<string, string> = {}
  const other: string[] = []
  for (const issue of issues) {
    const path = fieldKeys.has(issue.path) ? `content.${issue.path}` : issue.path
    const known = (path.startsWith('content.') && fieldKeys.has(path.slice('content.'.length))) || FORM_PATHS.includes(path.split('.')[0] ?? '')
    if (known) errors[path] ??= describeError(t, issue)
    else other.push(describeError(t, issue))
  }
  return { errors, other }
}

/**
 * What the renderer knows before asking the core to sign: unanswered risk questions, and a level
 * lowered without its reason (the save keeps the computed level until the reason is written, so
 * signing then would record a level the counsellor did not choose).
 */
export function checkBeforeSign(t: TFunction, values: DraftValues, computed: RiskLevel | null): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!values.riskOn) return errors
  for (const question of ['suicidalIdeation', 'pastAttempts', 'selfHarm', 'harmToOthers'] as const) {
    if (!values.risk[question]) errors[`risk.${question}`] = t('notes.risk.answerRequired')
  }
  if (computed && isLowered(values.level, computed) && !values.lowerReason.trim()) {
    errors['lowerReason'] = t('notes.risk.lowerReasonRequired', { level: t(`notes.levels.${computed}`) })
  }
  return errors
}
