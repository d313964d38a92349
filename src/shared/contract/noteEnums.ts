import { z } from 'zod'

export const RISK_LEVELS = ['low', 'moderate', 'high', 'imminent'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]
export const riskLevel = z.enum(RISK_LEVELS, { message: 'validation.choice' })
/** Levels that raise a crisis alert. */
export const ALERT_LEVELS: readonly RiskLevel[] = ['high', 'imminent']

export const NOTE_STATUSES = ['draft', 'signed'] as const

/** The shipped templates; the centre may edit them and add its own (keys are data). */
export const SHIPPED_TEMPLATE_KEYS = ['intake', 'session_soap', 'session_dap', 'crisis', 'group', 'remote', 'closure'] as const

/** The shipped problem categories (statistics count them); admin may rename, add or retire. */
export const SHIPPED_CATEGORY_KEYS = [
  'academic',
  'career',
  'relationships',
  'romance',
  'family',
  'adaptation',
  'mood',
  'growth',
  'internet',
  'sleep',
  'crisis',
  'other'
] as const

/**
 * The risk assessment's questions. Answers are enums so that rules (data, editable by admin)
 * can be evaluated and statistics counted; free text goes in the note's own fields.
 */
export const riskAnswers = z
  .object({
    suicidalIdeation: z.enum(['none', 'passive', 'active'], { message: 'validation.choice' }),
    plan: z.boolean(),
    intent: z.boolean(),
    /** Access to means (medication stock, heights, tools). */
    means: z.boolean(),
    pastAttempts: z.enum(['none', 'one', 'multiple'], { message: 'validation.choice' }),
    selfHarm: z.enum(['none', 'past', 'recent'], { message: 'validation.choice' }),
    harmToOthers: z.enum(['none', 'thoughts', 'plan'], { message: 'validation.choice' }),
    protectiveFactors: z.array(z.enum(['family_support', 'friends', 'future_plans', 'help_seeking', 'faith_values', 'responsibility'])).max(6)
  })
  .strict()
export type RiskAnswers = z.infer<typeof riskAnswers>
export type RiskQuestion = Exclude<keyof RiskAnswers, 'protectiveFactors'>

/**
 * Rules as data: the first rule (from the highest level down) whose any-of group has all its
 * conditions met gives the computed level; none met → low.
 */
const condition = z
  .object({
    question: z.enum(['suicidalIdeation', 'plan', 'intent', 'means', 'pastAttempts', 'selfHarm', 'harmToOthers']),
    /** The answers that meet the condition (booleans as 'true'/'false'). */
    in: z.array(z.string().max(20)).min(1).max(5)
  })
  .strict()
export const riskRules = z
  .object({
    rules: z
      .array(z.object({ level: z.enum(['moderate', 'high', 'imminent']), anyOf: z.array(z.object({ allOf: z.array(condition).min(1).max(7) }).strict()).min(1).max(20) }).strict())
      .max(30)
  })
  .strict()
export type RiskRules = z.infer<typeof riskRules>
