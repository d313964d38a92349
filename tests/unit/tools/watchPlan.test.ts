import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { HISTORY_DAYS, HistoryCalendar } from '../../../src/main/tools/synthetic/history'
import { ROSTER_HEADERS, ROSTER_MAPPING, rosterCsv, rosterRows } from '../../../src/main/tools/synthetic/roster'
import { syntheticStudents } from '../../../src/main/tools/synthetic/students'
import { finalTier, planWatch } from '../../../src/main/tools/synthetic/watchPlan'

const NOW = new Date('2026-11-29T06:00:00.000Z')
const rows = rosterRows(syntheticStudents({ students: 16_000, seed: 1 }), 1)
const options = { rows, seed: 1, now: NOW, counsellors: 4, advisorOf: () => '张老师' }
const plan = planWatch(options)

describe('the synthetic roster', () => {
  it('is a UTF-8 CSV whose columns the mapping names, rare characters whole', () => {
    const csv = rosterCsv(rows.slice(0, 2_000))
    const records = parse(csv.toString('utf8'), { relax_column_count: false }) as string[][]
    expect(records[0]).toEqual([...ROSTER_HEADERS])
    expect(records).toHaveLength(2_001)
    const first = rows[0]!
    expect(records[1]?.[ROSTER_MAPPING.studentNo]).toBe(first.student.studentNo)
    expect(records[1]?.[ROSTER_MAPPING.name]).toBe(first.student.name)
    expect(records[1]?.[ROSTER_MAPPING.guardianRelation]).toMatch(/^(父亲|母亲)$/)
    const names = new Set(records.slice(1).map((r) => r[ROSTER_MAPPING.name]))
    expect(rows.slice(0, 2_000).every((r) => names.has(r.student.name))).toBe(true)
  })

  it('gives every student a distinct guardian phone and a major', () => {
    expect(new Set(rows.map((r) => r.guardianPhone)).size).toBe(rows.length)
    expect(rows.filter((r) => r.major === '')).toEqual([])
  })
})

describe('the synthetic watch list plan', () => {
  it('is the same for the same inputs and differs for another seed', () => {
    expect(planWatch(options)).toEqual(plan)
    expect(planWatch({ ...options, seed: 2 }).watched.map((w) => w.student)).not.toEqual(plan.watched.map((w) => w.student))
  })

  it('ends with 1,300 general, 330 serious and 70 crisis of 16,000, and 100 taken off', () => {
    const count = (tier: string | null): number => plan.watched.filter((w) => finalTier(w) === tier).length
    expect([count('general'), count('serious'), count('crisis'), count(null)]).toEqual([1300, 330, 70, 100])
    expect(new Set(plan.watched.map((w) => w.student)).size).toBe(plan.watched.length)
  })

  it('dates every act in the past semester, oldest first, before today', () => {
    const cal = new HistoryCalendar(NOW)
    const times = plan.events.map((e) => e.at)
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(times[0]).toBeGreaterThan(plan.startMs)
    expect(Math.max(...times)).toBeLessThan(cal.todayStartMs)
    const followUps = plan.events.flatMap((e) => (e.type === 'followUp' ? [e.followUp.date] : []))
    expect(followUps.every((d) => d >= cal.date(1) && d <= cal.date(HISTORY_DAYS - 1))).toBe(true)
    const meetings = plan.events.flatMap((e) => (e.type === 'meeting' ? [e.date] : []))
    expect(meetings.length).toBeGreaterThanOrEqual(11)
    expect(meetings.every((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 3)).toBe(true)
  })

  it('plans 一生一策 for every serious and crisis student, and one to three follow-ups for everyone', () => {
    const withPlan = new Set(plan.events.flatMap((e) => (e.type === 'plan' ? [e.student] : [])))
    const needPlan = plan.watched.filter((w) => finalTier(w) === 'serious' || finalTier(w) === 'crisis').map((w) => w.student)
    expect(needPlan.every((s) => withPlan.has(s))).toBe(true)
    expect(withPlan.size).toBe(needPlan.length)
    const perStudent = new Map<number, number>()
    for (const e of plan.events) if (e.type === 'followUp') perStudent.set(e.student, (perStudent.get(e.student) ?? 0) + 1)
    expect(perStudent.size).toBe(plan.watched.length)
    expect([...perStudent.values()].every((n) => n >= 1 && n <= 3)).toBe(true)
  })

  it('ticks checklist items only between their tier change and the next', () => {
    const stepsOf = new Map(plan.watched.map((w) => [w.student, w.steps]))
    for (const e of plan.events) {
      if (e.type !== 'checklist') continue
      const steps = stepsOf.get(e.student)!
      expect(e.at).toBeGreaterThan(steps[e.step]!.at)
      expect(e.at).toBeLessThan(steps[e.step + 1]?.at ?? Infinity)
    }
  })
})
