import { RISK_LEVELS, riskAnswers, type RiskAnswers, type RiskLevel, type RiskQuestion, type RiskRules } from '@shared/contract/noteEnums'
import type { FieldIssue } from '@shared/errors'
import type { Tx } from '../context'
import type { Orm } from '../db/connection'
import { AppError } from '../errors'
import { readSetting, writeSetting } from '../settings/store'

export type { RiskRules } from '@shared/contract/noteEnums'

/** The rules in force: the admin's, or the shipped ones (notes/shipped/riskRules.ts) until saved. */
export function readRiskRules(orm: Orm): RiskRules {
  return readSetting(orm, 'riskRules')
}

const rank = (level: RiskLevel): number => RISK_LEVELS.indexOf(level)

/**
 * The level the rules give for the answers: the highest level with a rule met (a rule is met
 * when all conditions of any one of its groups are); none met → low.
 */
export function computeRiskLevel(rules: RiskRules, answers: RiskAnswers): RiskLevel {
  const ordered = [...rules.rules].sort((a, b) => rank(b.level) - rank(a.level))
  const met = ordered.find((rule) => rule.anyOf.some((group) => group.allOf.every((c) => c.in.includes(String(answers[c.question])))))
  return met?.level ?? 'low'
}

/** The answers each question admits, as the rules write them (booleans as 'true'/'false'). */
export function answersOf(question: RiskQuestion): readonly string[] {
  const schema = riskAnswers.shape[question]
  return 'options' in schema ? schema.options : ['true', 'false']
}

/** Every answer a condition names must be one its question can have, or the rule would never fire. */
export function riskRulesIssues(rules: RiskRules): FieldIssue[] {
  const issues: FieldIssue[] = []
  rules.rules.forEach((rule, r) =>
    rule.anyOf.forEach((group, g) =>
      group.allOf.forEach((condition, c) => {
        const valid = answersOf(condition.question)
        condition.in.forEach((value, v) => {
          if (!valid.includes(value)) issues.push({ path: `rules.${r}.anyOf.${g}.allOf.${c}.in.${v}`, messageKey: 'validation.choice' })
        })
      })
    )
  )
  return issues
}

/** Saves the centre's rules (admin). Notes already signed keep the level they were signed with. */
export function saveRiskRules(t: Tx, rules: RiskRules): RiskRules {
  const issues = riskRulesIssues(rules)
  if (issues.length > 0) throw new AppError('VALIDATION', 'errors.validation', undefined, issues)
  writeSetting(t.orm, 'riskRules', rules, t.at)
  t.audit({
    action: 'notes.riskRules.save',
    summary: { rules: rules.rules.length, groups: rules.rules.reduce((sum, rule) => sum + rule.anyOf.length, 0) }
  })
  return readRiskRules(t.orm)
}
