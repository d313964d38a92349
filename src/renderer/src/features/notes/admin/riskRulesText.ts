import type { TFunction } from 'i18next'
import type { RiskRules } from '@shared/contract'

type Rule = RiskRules['rules'][number]
type Condition = Rule['anyOf'][number]['allOf'][number]

/** The order the core checks levels in: the highest first. */
const LEVEL_ORDER: Rule['level'][] = ['imminent', 'high', 'moderate']

/** The answers each question may take in a rule (booleans as 'true' / 'false'). */
export const RULE_ANSWERS: Record<Condition['question'], string[]> = {
  suicidalIdeation: ['none', 'passive', 'active'],
  plan: ['true', 'false'],
  intent: ['true', 'false'],
  means: ['true', 'false'],
  pastAttempts: ['none', 'one', 'multiple'],
  selfHarm: ['none', 'past', 'recent'],
  harmToOthers: ['none', 'thoughts', 'plan']
}

/** One answer in words ("主动自杀意念"); a value the question does not have is quoted as typed. */
export function answerText(t: TFunction, question: Condition['question'], value: string): string {
  if (RULE_ANSWERS[question].includes(value)) return t(`notesAdmin.answers.${question}.${value}`)
  return t('notesAdmin.rules.unknownAnswer', { question: t(`notesAdmin.questions.${question}`), value })
}

function conditionText(t: TFunction, condition: Condition, alone: boolean): string {
  const answers = condition.in.map((value) => answerText(t, condition.question, value)).join(t('notesAdmin.rules.or'))
  // "A 且 (B 或 C)": brackets only where "或" sits inside an "且".
  return condition.in.length > 1 && !alone ? t('notesAdmin.rules.bracket', { text: answers }) : answers
}

/**
 * The rules in plain words, one line per rule from the highest level down, e.g.
 * "紧急：主动自杀意念 且 有计划 且 有意图 且 有工具；或者 …", ending with what is left: low.
 */
export function describeRiskRules(t: TFunction, rules: RiskRules): string[] {
  const ordered = [...rules.rules].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level))
  const lines = ordered.map((rule) =>
    t('notesAdmin.rules.rule', {
      level: t(`alerts.levels.${rule.level}`),
      conditions: rule.anyOf
        .map((group) => group.allOf.map((c) => conditionText(t, c, group.allOf.length === 1)).join(t('notesAdmin.rules.and')))
        .join(t('notesAdmin.rules.orGroup'))
    })
  )
  if (lines.length === 0) return [t('notesAdmin.rules.noRules')]
  return [...lines, t('notesAdmin.rules.otherwise', { level: t('alerts.levels.low') })]
}
