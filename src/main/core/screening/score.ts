import type { Comparison, InstrumentDefinition, RuleCondition, ScoreDto } from '@shared/contract/instruments'

/** What one student gave on one instrument: item answers in item order, extra answers, or a level as written. */
export interface Answers {
  /** Item answers, index 0 = item 1. Null: not answered (never for an imported or administered result). */
  answers: readonly (number | null)[]
  extras: Readonly<Record<string, number>>
  levelValue: string | null
}

const compare = (a: number, op: Comparison, b: number): boolean => {
  switch (op) {
    case 'gte':
      return a >= b
    case 'gt':
      return a > b
    case 'lte':
      return a <= b
    case 'lt':
      return a < b
    case 'eq':
      return a === b
  }
}

const round2 = (n: number): number => Math.round(n * 100) / 100

/** The level a platform wrote, matched trimmed and case-insensitive against each level's values. */
export function matchLevel(def: InstrumentDefinition, raw: string): InstrumentDefinition['levels'][number] | null {
  const value = raw.trim().toLowerCase()
  return def.levels.find((l) => l.values.some((v) => v.trim().toLowerCase() === value)) ?? null
}

/** The highest total the instrument can give (null for 'levels'): ranks students of equal severity. */
export function maxTotal(def: InstrumentDefinition): number | null {
  if (def.kind === 'levels' || def.answers === undefined) return null
  return (def.itemCount - new Set(def.unscoredItems).size) * def.answers.max
}

function scoreLevels(def: InstrumentDefinition, input: Answers): ScoreDto {
  const level = input.levelValue === null ? null : matchLevel(def, input.levelValue)
  const severity = level?.severity ?? 0
  return { total: null, positive: null, factors: {}, band: null, level: level?.key ?? null, severity, flagged: severity > 0, keyHits: [], alert: level?.alert ?? false }
}

/**
 * Scores one result with the instrument's rules: total of the scored items, positive items,
 * factor means, the band of the total, the first matching flag rule, and key items. Pure: the
 * same answers and definition always give the same scores (tests compute them by hand).
 */
export function scoreAnswers(def: InstrumentDefinition, input: Answers): ScoreDto {
  if (def.kind === 'levels') return scoreLevels(def, input)
  const answer = (item: number): number => input.answers[item - 1] ?? 0
  const unscored = new Set(def.unscoredItems)
  let total = 0
  let positive = 0
  for (let item = 1; item <= def.itemCount; item++) {
    if (unscored.has(item)) continue
    total += answer(item)
    if (def.positiveAt !== undefined && answer(item) >= def.positiveAt) positive++
  }
  const factors: Record<string, number> = {}
  for (const f of def.factors) factors[f.key] = round2(f.items.reduce((sum, item) => sum + answer(item), 0) / f.items.length)
  const factorValues = Object.values(factors)
  const scores: Record<string, number> = { ...factors, total, positive, maxFactor: factorValues.length > 0 ? Math.max(...factorValues) : 0 }

  const passes = (c: RuleCondition): boolean => {
    if (c.score !== undefined) return compare(scores[c.score] ?? 0, c.op, c.value)
    if (c.items !== undefined) return c.items.some((item) => compare(answer(item), c.op, c.value))
    return compare(input.extras[c.extra ?? ''] ?? 0, c.op, c.value)
  }
  const rule = def.flags.find((r) => r.all.every(passes) && (r.any.length === 0 || r.any.some(passes))) ?? null
  const hits = def.keyItems.filter((k) => compare(answer(k.item), k.op, k.value))
  const severity = Math.max(rule?.severity ?? 0, ...hits.filter((k) => k.flags).map((k) => k.severity))
  const band = [...def.bands].sort((a, b) => b.min - a.min).find((b) => total >= b.min) ?? null

  return {
    total,
    positive: def.positiveAt === undefined ? null : positive,
    factors,
    band: band?.key ?? null,
    level: rule?.key ?? null,
    severity,
    flagged: severity > 0,
    keyHits: [...new Set(hits.map((k) => k.item))].sort((a, b) => a - b),
    alert: hits.some((k) => k.alert)
  }
}

const YES = new Set(['1', 'y', 'yes', 'true', '是', '有', '√', '✓', 't'])
const NO = new Set(['0', 'n', 'no', 'false', '否', '无', '没有', '×', 'f'])

/**
 * One imported answer as a number, or null when it is not an answer the instrument allows
 * (the import reports it as a row error). Yes/no items (0–1) also accept 是/否, Y/N, yes/no.
 */
export function parseAnswer(range: { min: number; max: number }, raw: string): number | null {
  const text = raw.trim().toLowerCase()
  if (text === '') return null
  if (range.min === 0 && range.max === 1) {
    if (YES.has(text)) return 1
    if (NO.has(text)) return 0
    return null
  }
  if (!/^-?\d+(\.0+)?$/.test(text)) return null
  const n = Number(text)
  return n >= range.min && n <= range.max ? n : null
}
