import type Database from 'better-sqlite3'
import type { RiskAnswers, RiskRules } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { computeRiskLevel, riskRulesIssues } from '../../../src/main/core/notes/risk'
import { DEFAULT_RISK_RULES } from '../../../src/main/core/notes/shipped/riskRules'
import { ADMIN, err, ok, setUpCore, type TestCore } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek } from '../helpers/db'

const NONE: RiskAnswers = {
  suicidalIdeation: 'none',
  plan: false,
  intent: false,
  means: false,
  pastAttempts: 'none',
  selfHarm: 'none',
  harmToOthers: 'none',
  protectiveFactors: []
}
const level = (answers: Partial<RiskAnswers>): string => computeRiskLevel(DEFAULT_RISK_RULES, { ...NONE, ...answers })

describe('the shipped risk rules', () => {
  it('no risk answered → low, whatever the protective factors', () => {
    expect(level({})).toBe('low')
    expect(level({ protectiveFactors: ['family_support', 'friends'] })).toBe('low')
  })

  it('imminent: active ideation with plan AND intent AND means, each one missing drops to high', () => {
    const all = { suicidalIdeation: 'active', plan: true, intent: true, means: true } as const
    expect(level(all)).toBe('imminent')
    expect(level({ ...all, means: false })).toBe('high')
    expect(level({ ...all, intent: false })).toBe('high')
    expect(level({ ...all, plan: false })).toBe('high')
    // Passive ideation is not active: a plan still makes it high, never imminent.
    expect(level({ ...all, suicidalIdeation: 'passive' })).toBe('high')
    // Protective factors are the counsellor's judgement, not the rules'.
    expect(level({ ...all, protectiveFactors: ['family_support', 'friends', 'future_plans', 'help_seeking', 'faith_values', 'responsibility'] })).toBe('imminent')
  })

  it('imminent: a plan to harm others; thoughts of it are moderate', () => {
    expect(level({ harmToOthers: 'plan' })).toBe('imminent')
    expect(level({ harmToOthers: 'thoughts' })).toBe('moderate')
  })

  it('high: ideation with a plan, active ideation with intent', () => {
    expect(level({ suicidalIdeation: 'passive', plan: true })).toBe('high')
    expect(level({ suicidalIdeation: 'active', plan: true })).toBe('high')
    expect(level({ suicidalIdeation: 'active', intent: true })).toBe('high')
    expect(level({ suicidalIdeation: 'passive', intent: true })).toBe('moderate')
  })

  it('high: several past attempts with any ideation; without ideation they are moderate', () => {
    expect(level({ pastAttempts: 'multiple', suicidalIdeation: 'passive' })).toBe('high')
    expect(level({ pastAttempts: 'multiple' })).toBe('moderate')
    expect(level({ pastAttempts: 'one', suicidalIdeation: 'passive' })).toBe('moderate')
  })

  it('high: recent self-harm; past self-harm is moderate', () => {
    expect(level({ selfHarm: 'recent' })).toBe('high')
    expect(level({ selfHarm: 'past' })).toBe('moderate')
  })

  it('moderate: any ideation on its own, one past attempt, and answers that do not fit together', () => {
    expect(level({ suicidalIdeation: 'passive' })).toBe('moderate')
    expect(level({ suicidalIdeation: 'active' })).toBe('moderate')
    expect(level({ pastAttempts: 'one' })).toBe('moderate')
    expect(level({ plan: true })).toBe('moderate')
    expect(level({ intent: true })).toBe('moderate')
    expect(level({ means: true })).toBe('low')
  })
})

describe('rules as data', () => {
  const rules: RiskRules = {
    rules: [
      { level: 'moderate', anyOf: [{ allOf: [{ question: 'means', in: ['true'] }] }] },
      { level: 'imminent', anyOf: [{ allOf: [{ question: 'means', in: ['true'] }, { question: 'plan', in: ['true'] }] }] }
    ]
  }

  it('the highest level met wins, whatever the order the rules are listed in; a group needs all its conditions', () => {
    expect(computeRiskLevel(rules, { ...NONE, means: true, plan: true })).toBe('imminent')
    expect(computeRiskLevel(rules, { ...NONE, means: true })).toBe('moderate')
    expect(computeRiskLevel(rules, { ...NONE, plan: true })).toBe('low')
    expect(computeRiskLevel({ rules: [] }, { ...NONE, suicidalIdeation: 'active', plan: true, intent: true, means: true })).toBe('low')
  })

  it('a condition naming an answer its question cannot have is an issue at its path', () => {
    expect(riskRulesIssues(DEFAULT_RISK_RULES)).toEqual([])
    const bad: RiskRules = {
      rules: [
        {
          level: 'high',
          anyOf: [
            { allOf: [{ question: 'selfHarm', in: ['recent'] }] },
            { allOf: [{ question: 'plan', in: ['true'] }, { question: 'suicidalIdeation', in: ['active', 'yes'] }] }
          ]
        },
        { level: 'moderate', anyOf: [{ allOf: [{ question: 'intent', in: ['maybe'] }] }] }
      ]
    }
    expect(riskRulesIssues(bad)).toEqual([
      { path: 'rules.0.anyOf.1.allOf.1.in.1', messageKey: 'validation.choice' },
      { path: 'rules.1.anyOf.0.allOf.0.in.0', messageKey: 'validation.choice' }
    ])
  })
})

describe('saving the rules', () => {
  let core: TestCore
  let raw: Database.Database

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
  })

  it('the shipped rules are in force until the admin saves others', async () => {
    expect(await ok(core, 'notes.riskRules.get', {})).toEqual(DEFAULT_RISK_RULES)
  })

  it('a rule naming an impossible answer: VALIDATION at its path, nothing written', async () => {
    const before = lastSeq(raw)
    const error = await err(core, 'notes.riskRules.save', { rules: [{ level: 'high', anyOf: [{ allOf: [{ question: 'pastAttempts', in: ['two'] }] }] }] })
    expect(error.code).toBe('VALIDATION')
    expect(error.issues).toEqual([{ path: 'rules.0.anyOf.0.allOf.0.in.0', messageKey: 'validation.choice' }])
    expect(lastSeq(raw)).toBe(before)
    expect(await ok(core, 'notes.riskRules.get', {})).toEqual(DEFAULT_RISK_RULES)
  })

  it('saved rules are read back and audited without their content', async () => {
    const rules: RiskRules = {
      rules: [
        ...DEFAULT_RISK_RULES.rules,
        { level: 'moderate', anyOf: [{ allOf: [{ question: 'means', in: ['true'] }] }] }
      ]
    }
    const before = lastSeq(raw)
    expect(await ok(core, 'notes.riskRules.save', rules)).toEqual(rules)
    expect(await ok(core, 'notes.riskRules.get', {})).toEqual(rules)
    const rows = auditRows(raw, before)
    expect(rows.map((r) => [r.action, r.summary])).toEqual([['notes.riskRules.save', JSON.stringify({ groups: 13, rules: 4 })]])
  })
})
