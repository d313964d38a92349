import type { RiskRules } from '@shared/contract/noteEnums'

type Rule = RiskRules['rules'][number]
type Group = Rule['anyOf'][number]
type Condition = { question: Group['allOf'][number]['question']; in: readonly string[] }

const ANY_IDEATION = { question: 'suicidalIdeation', in: ['passive', 'active'] } as const
const ACTIVE_IDEATION = { question: 'suicidalIdeation', in: ['active'] } as const
const YES = ['true']

const group = (...allOf: Condition[]): Group => ({ allOf: allOf.map((c) => ({ question: c.question, in: [...c.in] })) })

/**
 * The rules a centre starts with, read top down; the first level whose rule is met is the
 * computed level, and none met is low. The counsellor may always raise the level, and may lower
 * it only with a written reason. Based on the usual suicide-risk triage (ideation → plan →
 * intent → means; history of attempts and self-harm as aggravating factors):
 *
 * imminent — active ideation with a plan AND intent AND access to means; or a plan to harm others.
 * high     — any ideation with a plan; active ideation with intent; multiple past attempts with any
 *            ideation; recent self-harm (in the last weeks).
 * moderate — any ideation (passive included); a plan or intent without ideation (answers that do
 *            not fit together are not taken as low); past self-harm; any past attempt; thoughts of
 *            harming others.
 * low      — none of the above.
 *
 * Protective factors do not lower the computed level: they belong in the counsellor's
 * judgement, which may lower it with a reason.
 */
export const DEFAULT_RISK_RULES: RiskRules = {
  rules: [
    {
      level: 'imminent',
      anyOf: [
        group(ACTIVE_IDEATION, { question: 'plan', in: YES }, { question: 'intent', in: YES }, { question: 'means', in: YES }),
        group({ question: 'harmToOthers', in: ['plan'] })
      ]
    },
    {
      level: 'high',
      anyOf: [
        group(ANY_IDEATION, { question: 'plan', in: YES }),
        group(ACTIVE_IDEATION, { question: 'intent', in: YES }),
        group(ANY_IDEATION, { question: 'pastAttempts', in: ['multiple'] }),
        group({ question: 'selfHarm', in: ['recent'] })
      ]
    },
    {
      level: 'moderate',
      anyOf: [
        group(ANY_IDEATION),
        group({ question: 'plan', in: YES }),
        group({ question: 'intent', in: YES }),
        group({ question: 'selfHarm', in: ['past'] }),
        group({ question: 'pastAttempts', in: ['one', 'multiple'] }),
        group({ question: 'harmToOthers', in: ['thoughts'] })
      ]
    }
  ]
}
