import type { InstrumentDefinition, ScoreDto } from '@shared/contract/instruments'
import { instrumentDefinition } from '@shared/contract/instruments'
import { describe, expect, it } from 'vitest'
import { matchLevel, maxTotal, parseAnswer, scoreAnswers } from '../../../src/main/core/screening/score'
import { GAD7, PHQ9 } from '../../../src/main/core/screening/shipped/phq9'
import { LEVELS, SCL90, UPI } from '../../../src/main/core/screening/shipped/scl90Upi'

/*
 * Every expected number here is worked out by hand from the instrument's published scoring
 * (and written next to the case), never by calling the scorer a second way.
 */

const score = (def: InstrumentDefinition, answers: number[], extras: Record<string, number> = {}): ScoreDto =>
  scoreAnswers(def, { answers, extras, levelValue: null })

/** What a result with nothing flagged looks like beyond its total and band. */
const clear = { positive: null, factors: {}, level: null, severity: 0, flagged: false, keyHits: [], alert: false }

describe('PHQ-9 (items 0–3, bands 5/10/15/20, item 9 > 0 a key item)', () => {
  it('is shipped valid, administrable, with a maximum of 27', () => {
    expect(instrumentDefinition.parse(PHQ9)).toEqual(PHQ9)
    expect(PHQ9.administrable).toBe(true)
    expect(maxTotal(PHQ9)).toBe(27)
  })

  it.each([
    // answers                         total  band                 level                severity
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 'minimal', null, 0],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, 'minimal', null, 0],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, 'mild', null, 0],
    [[1, 1, 1, 1, 1, 1, 1, 2, 0], 9, 'mild', null, 0],
    [[1, 1, 1, 1, 1, 1, 1, 3, 0], 10, 'moderate', 'moderate', 2],
    [[2, 2, 2, 2, 2, 2, 2, 0, 0], 14, 'moderate', 'moderate', 2],
    [[3, 2, 2, 2, 2, 2, 2, 0, 0], 15, 'moderately_severe', 'moderately_severe', 3],
    [[3, 3, 3, 3, 3, 2, 2, 0, 0], 19, 'moderately_severe', 'moderately_severe', 3],
    [[3, 3, 3, 3, 3, 3, 2, 0, 0], 20, 'severe', 'severe', 4]
  ])('%j: total %i, band %s, level %s, severity %i', (answers, total, band, level, severity) => {
    expect(score(PHQ9, answers)).toEqual({ ...clear, total, band, level, severity, flagged: severity > 0 })
  })

  it('item 9 = 0 is no key hit; item 9 = 1 flags at severity 4 and raises the alert even with a total of 1', () => {
    expect(score(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 0])).toMatchObject({ total: 0, keyHits: [], alert: false, flagged: false })
    expect(score(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 1])).toEqual({ ...clear, total: 1, band: 'minimal', severity: 4, flagged: true, keyHits: [9], alert: true })
    // Item 9 with a total in the moderate band: the key item's severity wins over the rule's 2.
    expect(score(PHQ9, [1, 1, 1, 1, 1, 1, 1, 1, 2])).toEqual({ ...clear, total: 10, band: 'moderate', level: 'moderate', severity: 4, flagged: true, keyHits: [9], alert: true })
    expect(score(PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, 3])).toEqual({ ...clear, total: 27, band: 'severe', level: 'severe', severity: 4, flagged: true, keyHits: [9], alert: true })
  })
})

describe('GAD-7 (items 0–3, bands 5/10/15)', () => {
  it('is shipped valid, administrable, with a maximum of 21', () => {
    expect(instrumentDefinition.parse(GAD7)).toEqual(GAD7)
    expect(maxTotal(GAD7)).toBe(21)
  })

  it.each([
    [[1, 1, 1, 1, 0, 0, 0], 4, 'minimal', null, 0],
    [[1, 1, 1, 1, 1, 0, 0], 5, 'mild', null, 0],
    [[2, 2, 2, 1, 1, 1, 0], 9, 'mild', null, 0],
    [[2, 2, 2, 1, 1, 1, 1], 10, 'moderate', 'moderate', 2],
    [[2, 2, 2, 2, 2, 2, 2], 14, 'moderate', 'moderate', 2],
    [[3, 2, 2, 2, 2, 2, 2], 15, 'severe', 'severe', 3],
    [[3, 3, 3, 3, 3, 3, 3], 21, 'severe', 'severe', 3]
  ])('%j: total %i, band %s, level %s, severity %i', (answers, total, band, level, severity) => {
    expect(score(GAD7, answers)).toEqual({ ...clear, total, band, level, severity, flagged: severity > 0 })
  })
})

/** 90 SCL-90 answers: 1 ("not at all") except the items given. */
function scl(raised: Record<number, number>): number[] {
  return Array.from({ length: 90 }, (_, i) => raised[i + 1] ?? 1)
}
const each = (items: number[], answer: number): Record<number, number> => Object.fromEntries(items.map((n) => [n, answer]))
/** The seven additional items (sleep, appetite, guilt …): in the total, in no factor. */
const ADDITIONAL = [19, 44, 59, 60, 64, 66, 89]

const ALL_ONE = {
  somatization: 1,
  obsessive_compulsive: 1,
  interpersonal_sensitivity: 1,
  depression: 1,
  anxiety: 1,
  hostility: 1,
  phobic_anxiety: 1,
  paranoid_ideation: 1,
  psychoticism: 1
}

describe('SCL-90 (1–5; flagged when total > 160, positive items > 43 or a factor mean ≥ 2)', () => {
  it('is shipped valid, not administrable (no item text), with a maximum of 450', () => {
    expect(instrumentDefinition.parse(SCL90)).toEqual(SCL90)
    expect(SCL90.administrable).toBe(false)
    expect(SCL90.itemTexts).toBeUndefined()
    expect(maxTotal(SCL90)).toBe(450)
  })

  it('all "not at all": total 90, no positive item, every factor 1.00', () => {
    expect(score(SCL90, scl({}))).toEqual({ total: 90, positive: 0, factors: ALL_ONE, band: null, level: null, severity: 0, flagged: false, keyHits: [], alert: false })
  })

  /*
   * 35 items at 3 (+2 each over the all-1 base of 90): total 160, 35 positive. Per factor, fewer
   * than half its items are raised, so each mean stays under 2: somatization 5 of 12 → 1 + 10/12
   * = 1.83; obsessive 4 of 10 → 1.80; interpersonal 4 of 9 → 1 + 8/9 = 1.89; depression 6 of 13 →
   * 1 + 12/13 = 1.92; anxiety 4 of 10 → 1.80; hostility 2 of 6 → 1.67; phobic 3 of 7 → 1 + 6/7 = 1.86.
   */
  const TOTAL_160 = {
    ...each(ADDITIONAL, 3),
    ...each([1, 4, 12, 27, 40], 3),
    ...each([3, 9, 10, 28], 3),
    ...each([6, 21, 34, 36], 3),
    ...each([5, 14, 15, 20, 22, 26], 3),
    ...each([2, 17, 23, 33], 3),
    ...each([11, 24], 3),
    ...each([13, 25, 47], 3)
  }
  const FACTORS_160 = {
    ...ALL_ONE,
    somatization: 1.83,
    obsessive_compulsive: 1.8,
    interpersonal_sensitivity: 1.89,
    depression: 1.92,
    anxiety: 1.8,
    hostility: 1.67,
    phobic_anxiety: 1.86
  }

  it('total 160 is not flagged; 161 (one paranoid item at 2: 1 + 1/6 = 1.17) is', () => {
    expect(score(SCL90, scl(TOTAL_160))).toEqual({ total: 160, positive: 35, factors: FACTORS_160, band: null, level: null, severity: 0, flagged: false, keyHits: [], alert: false })
    expect(score(SCL90, scl({ ...TOTAL_160, 8: 2 }))).toEqual({
      total: 161,
      positive: 36,
      factors: { ...FACTORS_160, paranoid_ideation: 1.17 },
      band: null,
      level: 'positive',
      severity: 2,
      flagged: true,
      keyHits: [],
      alert: false
    })
  })

  /*
   * 43 items at 2 (+1 each): total 133. Additional 7; somatization 11 of 12 → 1.92; obsessive 9 of
   * 10 → 1.90; depression 12 of 13 → 1.92; interpersonal 4 of 9 → 1.44. A 44th (interpersonal
   * item 37: 5 of 9 → 1.56) makes 44 positive items, total 134.
   */
  const POSITIVE_43 = {
    ...each(ADDITIONAL, 2),
    ...each([1, 4, 12, 27, 40, 42, 48, 49, 52, 53, 56], 2),
    ...each([3, 9, 10, 28, 38, 45, 46, 51, 55], 2),
    ...each([5, 14, 15, 20, 22, 26, 29, 30, 31, 32, 54, 71], 2),
    ...each([6, 21, 34, 36], 2)
  }
  const FACTORS_43 = { ...ALL_ONE, somatization: 1.92, obsessive_compulsive: 1.9, depression: 1.92, interpersonal_sensitivity: 1.44 }

  it('43 positive items are not flagged; 44 are', () => {
    expect(score(SCL90, scl(POSITIVE_43))).toEqual({ total: 133, positive: 43, factors: FACTORS_43, band: null, level: null, severity: 0, flagged: false, keyHits: [], alert: false })
    const more = score(SCL90, scl({ ...POSITIVE_43, 37: 2 }))
    expect(more).toMatchObject({ total: 134, positive: 44, factors: { ...FACTORS_43, interpersonal_sensitivity: 1.56 }, level: 'positive', severity: 2, flagged: true })
  })

  it('a factor mean just under 2 is not flagged; exactly 2.00 is (hostility 11/6 vs 12/6, depression 25/13 vs 26/13)', () => {
    // Hostility items 11, 24, 63, 67, 74, 81: five at 2 and one at 1 = 11 → 1.83; all at 2 = 12 → 2.00.
    expect(score(SCL90, scl(each([11, 24, 63, 67, 74], 2)))).toMatchObject({ total: 95, positive: 5, factors: { hostility: 1.83 }, level: null, flagged: false })
    expect(score(SCL90, scl(each([11, 24, 63, 67, 74, 81], 2)))).toMatchObject({ total: 96, positive: 6, factors: { hostility: 2 }, level: 'positive', severity: 2, flagged: true })
    // Depression's 13 items: twelve at 2 and one at 1 = 25 → 1.92; all thirteen at 2 = 26 → 2.00.
    const depression = [5, 14, 15, 20, 22, 26, 29, 30, 31, 32, 54, 71, 79]
    expect(score(SCL90, scl(each(depression.slice(0, 12), 2)))).toMatchObject({ total: 102, positive: 12, factors: { depression: 1.92 }, flagged: false })
    expect(score(SCL90, scl(each(depression, 2)))).toMatchObject({ total: 103, positive: 13, factors: { depression: 2 }, flagged: true })
  })

  it('a factor mean of 1.99 is not flagged and 2.00 is (a variant with a factor of all 90 items, total rule dropped)', () => {
    // No shipped factor can reach 1.99 (13 items at most): a centre's variant with a 90-item
    // factor can. 179/90 = 1.989 → 1.99; 180/90 = 2.00.
    const variant = instrumentDefinition.parse({
      ...SCL90,
      factors: [...SCL90.factors, { key: 'global', label: { 'zh-CN': '总均分', en: 'Global mean' }, items: Array.from({ length: 90 }, (_, i) => i + 1) }],
      flags: [{ ...SCL90.flags[0]!, any: [{ score: 'maxFactor', op: 'gte', value: 2 }] }]
    })
    // Additional items at 5 (+28) and 61 factor items at 2 (+61), every one of the nine under 2:
    // somatization 11/12 → 1.92, obsessive 9/10 → 1.90, interpersonal 8/9 → 1.89, depression
    // 12/13 → 1.92, anxiety 9/10 → 1.90, hostility 5/6 → 1.83, phobic 6/7 → 1.86, paranoid 1/6 → 1.17.
    const under = {
      ...each(ADDITIONAL, 5),
      ...each([1, 4, 12, 27, 40, 42, 48, 49, 52, 53, 56], 2),
      ...each([3, 9, 10, 28, 38, 45, 46, 51, 55], 2),
      ...each([6, 21, 34, 36, 37, 41, 61, 69], 2),
      ...each([5, 14, 15, 20, 22, 26, 29, 30, 31, 32, 54, 71], 2),
      ...each([2, 17, 23, 33, 39, 57, 72, 78, 80], 2),
      ...each([11, 24, 63, 67, 74], 2),
      ...each([13, 25, 47, 50, 70, 75], 2),
      8: 2
    }
    const below = score(variant, scl(under))
    expect(below).toMatchObject({ total: 179, flagged: false, level: null })
    expect(below.factors).toEqual({
      somatization: 1.92,
      obsessive_compulsive: 1.9,
      interpersonal_sensitivity: 1.89,
      depression: 1.92,
      anxiety: 1.9,
      hostility: 1.83,
      phobic_anxiety: 1.86,
      paranoid_ideation: 1.17,
      psychoticism: 1,
      global: 1.99
    })
    // One psychoticism item at 2 (psychoticism 1.10): the global mean is 2.00.
    const at = score(variant, scl({ ...under, 7: 2 }))
    expect(at).toMatchObject({ total: 180, factors: { global: 2, psychoticism: 1.1 }, level: 'positive', severity: 2, flagged: true })
  })
})

/** 60 UPI answers: "yes" on the items given. */
const upi = (yes: number[]): number[] => Array.from({ length: 60 }, (_, i) => (yes.includes(i + 1) ? 1 : 0))
/** 24 scored items, item 8 (a class 2 key item) among them; none of 16, 25, 26. */
const YES_24_WITH_8 = [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 21, 22, 23, 24, 27, 28, 29]
/** The same with item 30 in place of 8: no key item. */
const YES_24_NO_KEY = YES_24_WITH_8.map((n) => (n === 8 ? 30 : n))
const VALIDITY = [5, 20, 35, 50]

describe('UPI (yes/no; validity items 5, 20, 35, 50 not scored)', () => {
  it('is shipped valid, with a maximum of 56 (60 items less the four validity items)', () => {
    expect(instrumentDefinition.parse(UPI)).toEqual(UPI)
    expect(maxTotal(UPI)).toBe(56)
  })

  it('does not count the validity items', () => {
    expect(score(UPI, upi(VALIDITY))).toEqual({ ...clear, total: 0, band: null })
    // 24 scored + 4 validity: still 24, class 2 rather than class 1.
    expect(score(UPI, upi([...YES_24_WITH_8, ...VALIDITY]))).toMatchObject({ total: 24, level: 'class2', severity: 2 })
  })

  it('class 2: total 20–24 with a key item; not without one, nor under 20', () => {
    expect(YES_24_WITH_8).toHaveLength(24)
    expect(score(UPI, upi(YES_24_WITH_8))).toEqual({ ...clear, total: 24, band: null, level: 'class2', severity: 2, flagged: true })
    expect(score(UPI, upi(YES_24_NO_KEY))).toEqual({ ...clear, total: 24, band: null })
    expect(score(UPI, upi(YES_24_WITH_8.slice(0, 19)))).toEqual({ ...clear, total: 19, band: null })
    expect(score(UPI, upi([...YES_24_NO_KEY.slice(0, 19), 16]))).toMatchObject({ total: 20, level: 'class2', flagged: true })
    expect(score(UPI, upi([...YES_24_NO_KEY.slice(0, 19), 26]))).toMatchObject({ total: 20, level: 'class2', flagged: true })
  })

  it('class 1: total 25; item 25 = yes on its own (with the crisis alert); the student asks for help', () => {
    expect(score(UPI, upi([...YES_24_NO_KEY, 31]))).toEqual({ ...clear, total: 25, band: null, level: 'class1', severity: 3, flagged: true })
    expect(score(UPI, upi([25]))).toEqual({ ...clear, total: 1, band: null, level: 'class1', severity: 4, flagged: true, keyHits: [25], alert: true })
    expect(score(UPI, upi([]), { asks_help: 1 })).toEqual({ ...clear, total: 0, band: null, level: 'class1', severity: 3, flagged: true })
    expect(score(UPI, upi([]), { asks_help: 0 })).toEqual({ ...clear, total: 0, band: null })
  })

  it('follows an admin-edited rule: class 2 keyed on item 30 instead of 8, 16, 26', () => {
    const variant = instrumentDefinition.parse({
      ...UPI,
      flags: UPI.flags.map((rule) => (rule.key === 'class2' ? { ...rule, any: [{ items: [30], op: 'eq', value: 1 }] } : rule))
    })
    expect(score(variant, upi(YES_24_WITH_8))).toMatchObject({ total: 24, level: null, flagged: false })
    expect(score(variant, upi(YES_24_NO_KEY))).toMatchObject({ total: 24, level: 'class2', severity: 2, flagged: true })
    // The shipped definition is untouched.
    expect(score(UPI, upi(YES_24_WITH_8)).level).toBe('class2')
  })
})

describe('levels (results that arrive classified)', () => {
  const level = (raw: string): ScoreDto => scoreAnswers(LEVELS, { answers: [], extras: {}, levelValue: raw })
  const none = { total: null, positive: null, factors: {}, band: null, keyHits: [], alert: false }

  it('matches the written level trimmed and case-insensitive', () => {
    expect(maxTotal(LEVELS)).toBeNull()
    expect(level('一级')).toEqual({ ...none, level: 'level1', severity: 3, flagged: true })
    expect(level('a')).toEqual({ ...none, level: 'level1', severity: 3, flagged: true })
    expect(level(' 2 ')).toEqual({ ...none, level: 'level2', severity: 2, flagged: true })
    expect(level('III')).toEqual({ ...none, level: 'level3', severity: 1, flagged: true })
    expect(level('正常')).toEqual({ ...none, level: 'none', severity: 0, flagged: false })
    expect(matchLevel(LEVELS, ' ii ')?.key).toBe('level2')
  })

  it('an unknown value, or none, is no level and not flagged', () => {
    expect(level('四级')).toEqual({ ...none, level: null, severity: 0, flagged: false })
    expect(matchLevel(LEVELS, 'xyz')).toBeNull()
    expect(scoreAnswers(LEVELS, { answers: [], extras: {}, levelValue: null })).toEqual({ ...none, level: null, severity: 0, flagged: false })
  })
})

describe('parseAnswer', () => {
  const YES_NO = { min: 0, max: 1 }
  const SCL = { min: 1, max: 5 }

  it.each([
    ['是', 1],
    ['否', 0],
    ['Y', 1],
    ['n', 0],
    ['Yes', 1],
    ['1', 1],
    ['0', 0],
    [' 是 ', 1],
    ['2', null],
    ['', null],
    ['也许', null]
  ])('yes/no %j → %j', (raw, expected) => {
    expect(parseAnswer(YES_NO, raw)).toBe(expected)
  })

  it.each([
    ['3', 3],
    [' 5 ', 5],
    ['2.0', 2],
    ['1', 1],
    ['0', null],
    ['6', null],
    ['2.5', null],
    ['-1', null],
    ['', null],
    ['   ', null],
    ['三', null]
  ])('1–5 %j → %j', (raw, expected) => {
    expect(parseAnswer(SCL, raw)).toBe(expected)
  })
})
