import { RISK_LEVELS, type ChannelInput, type FieldValue, type NoteDto, type RiskAnswers, type RiskLevel, type TemplateDefinition } from '@shared/contract'

/** Risk answers as the form holds them: a choice not made yet is ''. */
export interface RiskDraft {
  suicidalIdeation: RiskAnswers['suicidalIdeation'] | ''
  plan: boolean
  intent: boolean
  means: boolean
  pastAttempts: RiskAnswers['pastAttempts'] | ''
  selfHarm: RiskAnswers['selfHarm'] | ''
  harmToOthers: RiskAnswers['harmToOthers'] | ''
  protectiveFactors: RiskAnswers['protectiveFactors']
}

export interface DraftValues extends Record<string, unknown> {
  content: Record<string, FieldValue>
  categories: string[]
  sensitive: boolean
  /** Whether the note has a risk assessment (always, when the template requires one). */
  riskOn: boolean
  risk: RiskDraft
  /** The level the counsellor set; null = the computed level. */
  level: RiskLevel | null
  lowerReason: string
}

export type DraftInput = ChannelInput<'notes.saveDraft'>

export const EMPTY_RISK: RiskDraft = {
  suicidalIdeation: '',
  plan: false,
  intent: false,
  means: false,
  pastAttempts: '',
  selfHarm: '',
  harmToOthers: '',
  protectiveFactors: []
}

export const levelRank = (level: RiskLevel): number => RISK_LEVELS.indexOf(level)

/** Whether `level` is below the computed one (which needs a written reason). */
export const isLowered = (level: RiskLevel | null, computed: RiskLevel | null): boolean =>
  level !== null && computed !== null && levelRank(level) < levelRank(computed)

/**
 * An empty value for each field type, so every input is controlled from the start. A date not
 * given is null: the core refuses '' as a date, which would refuse every save of the draft.
 */
export function emptyValue(type: TemplateDefinition['sections'][number]['fields'][number]['type']): FieldValue {
  switch (type) {
    case 'multiselect':
      return []
    case 'checkbox':
      return false
    case 'select':
    case 'number':
    case 'date':
      return null
    default:
      return ''
  }
}

export function valuesFromNote(note: NoteDto, template: TemplateDefinition): DraftValues {
  const content: Record<string, FieldValue> = {}
  for (const field of template.sections.flatMap((s) => s.fields)) content[field.key] = note.content[field.key] ?? emptyValue(field.type)
  return {
    content,
    categories: [...note.categories],
    sensitive: note.sensitive,
    riskOn: note.risk !== null || template.risk === 'required',
    risk: note.risk ? { ...note.risk, protectiveFactors: [...note.risk.protectiveFactors] } : { ...EMPTY_RISK },
    level: note.level !== null && note.level !== note.computedLevel ? note.level : null,
    lowerReason: note.lowerReason ?? ''
  }
}

/** The answers once every choice is made; until then the note has no risk assessment to save. */
export function completeRisk(risk: RiskDraft): RiskAnswers | null {
  const { suicidalIdeation, pastAttempts, selfHarm, harmToOthers } = risk
  if (!suicidalIdeation || !pastAttempts || !selfHarm || !harmToOthers) return null
  return { ...risk, suicidalIdeation, pastAttempts, selfHarm, harmToOthers, protectiveFactors: [...risk.protectiveFactors] }
}

/**
 * What the draft save sends. A level lowered without a reason is not sent (the computed level
 * stands until the reason is written), so the core never refuses a save and nothing typed
 * elsewhere in the note waits on it.
 */
export function toDraftInput(id: string, values: DraftValues, computed: RiskLevel | null): DraftInput {
  const risk = values.riskOn ? completeRisk(values.risk) : null
  const reason = values.lowerReason.trim()
  const lowered = risk !== null && isLowered(values.level, computed)
  return {
    id,
    content: values.content,
    categories: values.categories,
    sensitive: values.sensitive,
    risk,
    level: risk === null || (lowered && !reason) ? null : values.level,
    lowerReason: lowered && reason ? reason : null
  }
}
