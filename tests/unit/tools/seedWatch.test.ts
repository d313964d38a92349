import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Tier } from '@shared/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core'
import { callOrThrow } from '../../../src/main/tools/coreCall'
import { seedCollege, type SeedSummary } from '../../../src/main/tools/seedCollege'
import { planOrg, planStaff } from '../../../src/main/tools/synthetic/org'
import { rosterRows } from '../../../src/main/tools/synthetic/roster'
import { syntheticStudents } from '../../../src/main/tools/synthetic/students'
import { finalTier, planWatch } from '../../../src/main/tools/synthetic/watchPlan'

const PASSWORD = 'demo-password-1'
const STUDENTS = 300
const SEED = 7
/** A fixed end of the synthetic history, so the plan below is the one the seed replayed. */
const NOW = new Date('2026-10-15T04:00:00.000Z')

let root: string
let seeded: SeedSummary
let core: Core

/** The plan the seed replays, made again here from the same inputs: the seed must have stored exactly it. */
function expectedPlan() {
  const rows = rosterRows(syntheticStudents({ students: STUDENTS, seed: SEED }), SEED)
  const advisors = new Map(planOrg({ students: STUDENTS, seed: SEED }).flatMap((p) => p.classes.map((k) => [k.name, k.advisorName] as const)))
  const counsellors = planStaff(SEED).staff.filter((m) => m.role === 'counsellor').length
  const plan = planWatch({ rows, seed: SEED, now: NOW, counsellors, advisorOf: (name) => advisors.get(name) ?? '' })
  return { rows, plan }
}

// One seed for the file: its cost is the 17 key derivations (setup, recovery code, 15 staff).
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'xinan-seed-watch-'))
  const dataDir = join(root, 'data')
  seeded = await seedCollege({ dataDir, password: PASSWORD, students: STUDENTS, seed: SEED, now: NOW })
  core = createCore({ dataDir, idleCheckMs: 3_600_000 })
  await callOrThrow(core, 'auth.login', { username: 'admin', password: PASSWORD })
}, 240_000)

afterAll(async () => {
  await core.close()
  rmSync(root, { recursive: true, force: true })
})

describe('the seeded students and watch list', () => {
  it('stores every synthetic student through one roster import', async () => {
    const listed = await callOrThrow(core, 'students.list', {})
    expect(listed.total).toBe(STUDENTS)
    const { rows } = expectedPlan()
    expect(listed.rows.map((r) => r.studentNo).sort()).toEqual(rows.map((r) => r.student.studentNo).sort())
    const someone = listed.rows[0]
    const file = await callOrThrow(core, 'students.get', { id: someone?.id ?? '' })
    expect(file.student.guardianPhone).toMatch(/^15[0-9]0000\d{4}$/)
    expect(file.student.classId).not.toBeNull()
    expect(seeded.students.stored).toBe(STUDENTS)
  })

  it('puts a proportional number on the list, with the planned tiers', async () => {
    const list = await callOrThrow(core, 'watch.list', {})
    const byTier = (tier: Tier): number => list.filter((r) => r.tier === tier).length
    // 1,300 / 330 / 70 of 16,000, scaled to 300.
    expect([byTier('general'), byTier('serious'), byTier('crisis')]).toEqual([24, 6, 1])
    expect(seeded.watch.watched).toEqual({ general: 24, serious: 6, crisis: 1 })
    expect(seeded.watch.removed).toBe(2)

    // Deterministic for a seed: the same students at the same tiers as the plan made from it.
    const { rows, plan } = expectedPlan()
    const planned = plan.watched
      .filter((w) => finalTier(w) !== null)
      .map((w) => `${rows[w.student]?.student.studentNo}:${finalTier(w)}`)
      .sort()
    expect(list.map((r) => `${r.studentNo}:${r.tier}`).sort()).toEqual(planned)
  })

  it('gives the serious and crisis students a plan naming a counsellor, and everyone follow-ups', async () => {
    const list = await callOrThrow(core, 'watch.list', {})
    const counsellors = (await callOrThrow(core, 'users.list', {})).filter((u) => u.role === 'counsellor').map((u) => u.id)
    for (const row of list.filter((r) => r.tier !== 'general')) {
      const watch = await callOrThrow(core, 'watch.get', { studentId: row.studentId })
      expect(watch.plan?.counsellorId && counsellors.includes(watch.plan.counsellorId)).toBe(true)
      expect(watch.riskFactors.length).toBeGreaterThan(0)
    }
    expect(seeded.watch.plans).toBe(7)
    // At least one follow-up each, none dated after the history's end.
    const today = '2026-10-15'
    expect(list.every((r) => r.lastFollowUpDate !== null && r.lastFollowUpDate < today)).toBe(true)
    expect(list.every((r) => r.since < NOW.toISOString())).toBe(true)
    const { plan } = expectedPlan()
    expect(seeded.watch.followUps).toBe(plan.events.filter((e) => e.type === 'followUp').length)
    expect(seeded.watch.checklistDone).toBe(plan.events.filter((e) => e.type === 'checklist').length)
    expect(seeded.watch.checklistDone).toBeGreaterThan(0)
    expect(seeded.watch.decisions).toBeGreaterThan(0)
  })

  it('shows the history on a watched student file', async () => {
    const [crisis] = await callOrThrow(core, 'watch.list', { tier: 'crisis' })
    const timeline = await callOrThrow(core, 'students.timeline', { id: crisis?.studentId ?? '' })
    expect(timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['watch.tier', 'watch.followUp', 'watch.plan']))
  })

  it('gives each part-time counsellor one or two stations and keeps the audit chain whole', async () => {
    const partTime = (await callOrThrow(core, 'users.list', {})).filter((u) => u.role === 'part_time')
    expect(partTime).toHaveLength(9)
    for (const u of partTime) expect(u.stationCollegeIds.length).toBeGreaterThanOrEqual(1)
    for (const u of partTime) expect(u.stationCollegeIds.length).toBeLessThanOrEqual(2)
    expect(new Set(partTime.flatMap((u) => u.stationCollegeIds)).size).toBe(14)
    expect((await callOrThrow(core, 'audit.verify', {})).ok).toBe(true)
  })
})
