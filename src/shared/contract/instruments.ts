import { z } from 'zod'

const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'validation.key' })
const label = z
  .object({ 'zh-CN': z.string().trim().min(1, { message: 'validation.required' }).max(300), en: z.string().trim().min(1, { message: 'validation.required' }).max(300) })
  .strict()
export type InstrumentLabel = z.infer<typeof label>

/** An item number as the instrument numbers it (the first item is 1). */
const itemNo = z.number().int().min(1).max(200)
const severity = z.number().int().min(0).max(4)

export const COMPARISONS = ['gte', 'gt', 'lte', 'lt', 'eq'] as const
export type Comparison = (typeof COMPARISONS)[number]

/**
 * One test in a rule. Exactly one of:
 * - `score`: 'total', 'positive' (items at or above `positiveAt`), 'maxFactor' (the highest
 *   factor mean) or a factor's key;
 * - `items`: true when any of these items' answers passes;
 * - `extra`: an extra answer (e.g. UPI's "asks for help").
 */
export const ruleCondition = z
  .object({
    score: z.string().min(1).max(40).optional(),
    items: z.array(itemNo).min(1).max(200).optional(),
    extra: key.optional(),
    op: z.enum(COMPARISONS),
    value: z.number()
  })
  .strict()
  .refine((c) => [c.score, c.items, c.extra].filter((x) => x !== undefined).length === 1, { message: 'validation.instrumentCondition' })
export type RuleCondition = z.infer<typeof ruleCondition>

/**
 * A flag rule: matches when every `all` condition passes and (if there are any) at least one
 * `any` condition passes. Rules are checked in order; the first match names the level.
 */
export const flagRule = z
  .object({
    key,
    label,
    /** 1 (lowest) to 4: orders the second-stage interview list. */
    severity: z.number().int().min(1).max(4),
    all: z.array(ruleCondition).max(20).default([]),
    any: z.array(ruleCondition).max(20).default([])
  })
  .strict()
  .refine((r) => r.all.length + r.any.length > 0, { message: 'validation.instrumentRuleEmpty' })
export type FlagRule = z.infer<typeof flagRule>

/**
 * Instruments as data (PHQ-9, GAD-7, SCL-90, UPI, or a result that arrives already classified):
 * items and answers, factors, bands, flag rules and key items. Editing makes a new version;
 * a result keeps the version it was scored with.
 */
export const instrumentDefinition = z
  .object({
    key,
    name: label,
    /** Short name for tables and charts: "PHQ-9". */
    short: z.string().trim().min(1).max(20),
    /** 'items': scored from item answers; 'levels': the result arrives as a level. */
    kind: z.enum(['items', 'levels']),
    /** Item text is shipped only for instruments free to reproduce; those can be administered in the app. */
    administrable: z.boolean().default(false),
    instructions: label.optional(),
    /** Number of items. */
    itemCount: z.number().int().min(0).max(200),
    /** Item texts, in order (administrable instruments). */
    itemTexts: z.array(label).max(200).optional(),
    /** Answer range (a yes/no item: 0–1) and, optionally, a label per answer value from min. */
    answers: z
      .object({ min: z.number().int().min(0).max(10), max: z.number().int().min(0).max(10), labels: z.array(label).max(11).optional() })
      .strict()
      .refine((a) => a.max > a.min, { message: 'validation.instrumentAnswers' })
      .optional(),
    /** Validity (lie-scale) items: answered, not scored. */
    unscoredItems: z.array(itemNo).max(200).default([]),
    /** An item answered at or above this counts as positive (SCL-90: 2). */
    positiveAt: z.number().optional(),
    /** Factors scored as the mean of their items (SCL-90's nine). */
    factors: z.array(z.object({ key, label, items: z.array(itemNo).min(1).max(200) }).strict()).max(20).default([]),
    /** Extra answers the platform exports beside the items (UPI: asks for help). */
    extras: z
      .array(z.object({ key, label, min: z.number().int(), max: z.number().int() }).strict())
      .max(10)
      .default([]),
    /** Bands of the total, ascending by `min` (PHQ-9: 0/5/10/15/20). */
    bands: z.array(z.object({ min: z.number(), key, label }).strict()).max(10).default([]),
    flags: z.array(flagRule).max(20).default([]),
    /**
     * Key items: a hit puts the student first in the interview list. `flags`: a hit alone flags
     * at `severity`; `alert`: a hit raises the crisis alert (PHQ-9 item 9 > 0, UPI item 25 = yes).
     */
    keyItems: z
      .array(z.object({ item: itemNo, op: z.enum(COMPARISONS), value: z.number(), severity, flags: z.boolean(), alert: z.boolean() }).strict())
      .max(20)
      .default([]),
    /** For 'levels': the values a level arrives as (matched trimmed, case-insensitive) and their severity (0: not flagged). */
    levels: z
      .array(z.object({ key, label, values: z.array(z.string().trim().min(1).max(40)).min(1).max(20), severity, alert: z.boolean().default(false) }).strict())
      .max(10)
      .default([]),
    /** Column header prefixes the import recognises for the items: ['phq9', 'phq']. */
    columnPrefixes: z.array(z.string().trim().min(1).max(20)).max(10).default([])
  })
  .strict()
  .superRefine((d, ctx) => {
    const inRange = (n: number): boolean => n >= 1 && n <= d.itemCount
    const bad = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message })
    if (d.kind === 'items' && d.answers === undefined) bad(['answers'], 'validation.required')
    if (d.kind === 'items' && d.itemCount === 0) bad(['itemCount'], 'validation.min')
    if (d.kind === 'levels' && d.levels.length === 0) bad(['levels'], 'validation.required')
    if (d.itemTexts !== undefined && d.itemTexts.length !== d.itemCount) bad(['itemTexts'], 'validation.instrumentItemTexts')
    if (d.administrable && d.itemTexts === undefined) bad(['itemTexts'], 'validation.required')
    d.unscoredItems.forEach((n, i) => inRange(n) || bad(['unscoredItems', i], 'validation.instrumentItem'))
    d.factors.forEach((f, fi) => f.items.forEach((n, i) => inRange(n) || bad(['factors', fi, 'items', i], 'validation.instrumentItem')))
    d.keyItems.forEach((k, i) => inRange(k.item) || bad(['keyItems', i, 'item'], 'validation.instrumentItem'))
    const scores = new Set(['total', 'positive', 'maxFactor', ...d.factors.map((f) => f.key)])
    const extras = new Set(d.extras.map((e) => e.key))
    d.flags.forEach((rule, ri) =>
      (['all', 'any'] as const).forEach((group) =>
        rule[group].forEach((c, ci) => {
          if (c.score !== undefined && !scores.has(c.score)) bad(['flags', ri, group, ci, 'score'], 'validation.instrumentScore')
          if (c.extra !== undefined && !extras.has(c.extra)) bad(['flags', ri, group, ci, 'extra'], 'validation.instrumentScore')
          c.items?.forEach((n, ii) => inRange(n) || bad(['flags', ri, group, ci, 'items', ii], 'validation.instrumentItem'))
        })
      )
    )
    if (d.answers?.labels !== undefined && d.answers.labels.length !== d.answers.max - d.answers.min + 1) bad(['answers', 'labels'], 'validation.instrumentAnswers')
  })
export type InstrumentDefinition = z.infer<typeof instrumentDefinition>

/** What scoring one set of answers gives (core/screening/score.ts). */
export const scoreDto = z.object({
  /** Sum of the scored items; null for a 'levels' instrument. */
  total: z.number().nullable(),
  /** Items at or above `positiveAt`; null when the instrument has none. */
  positive: z.number().int().nullable(),
  /** Factor key → mean of its items, two decimals. */
  factors: z.record(z.string(), z.number()),
  band: z.string().nullable(),
  /** The first matching flag rule's key, or the level of a 'levels' result; null: nothing matched. */
  level: z.string().nullable(),
  /** 0: not flagged; 1–4 orders the interview list. */
  severity: z.number().int().min(0).max(4),
  flagged: z.boolean(),
  /** Key items hit (item numbers). */
  keyHits: z.array(z.number().int()),
  /** A key item that raises the crisis alert was hit. */
  alert: z.boolean()
})
export type ScoreDto = z.infer<typeof scoreDto>
