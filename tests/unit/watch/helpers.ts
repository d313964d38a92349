import type Database from 'better-sqlite3'
import type { ChannelInput, Tier } from '@shared/contract'
import { ok, type TestCore } from '../helpers/core'
import { studentInput } from '../students/fixtures'

let serial = 0

/** A new student (unique student number) through students.create; returns the ID. */
export async function addStudent(core: TestCore, overrides: Partial<ChannelInput<'students.create'>> = {}): Promise<string> {
  serial += 1
  const student = await ok(core, 'students.create', studentInput({ studentNo: `20250${String(serial).padStart(5, '0')}`, ...overrides }))
  return student.id
}

export const REASON = '辅导员反映近两周情绪低落，夜间失眠'

export const tierInput = (studentId: string, tier: Tier | null, reason = REASON): ChannelInput<'watch.setTier'> => ({
  studentId,
  tier,
  reason,
  riskFactors: ['academic_pressure', 'family_change'],
  specialPeriod: tier ? 'graduation' : null
})

export const setTier = (core: TestCore, studentId: string, tier: Tier | null, reason = REASON) =>
  ok(core, 'watch.setTier', tierInput(studentId, tier, reason))

export const HOUR = 3600_000
export const DAY = 24 * HOUR

/**
 * Moves the clock on without the session idling out: the core locks after ten quiet minutes,
 * so the user "stays active" in ten-minute steps.
 */
export async function advance(core: TestCore, ms: number): Promise<void> {
  const step = 10 * 60_000
  for (let left = ms; left > 0; left -= step) {
    core.clock.advance(Math.min(step, left))
    await ok(core, 'auth.activity', {})
  }
}

export const advanceTo = (core: TestCore, iso: string): Promise<void> => advance(core, Date.parse(iso) - core.clock.now().getTime())

/** Row counts and content of the watch tables and the audit log: equal digests mean nothing was written. */
export function watchDigest(raw: Database.Database): Record<string, string> {
  const tables = ['watch_status', 'tier_changes', 'checklist_items', 'plan_revisions', 'follow_ups', 'review_decisions', 'audit_log']
  return Object.fromEntries(tables.map((name) => [name, JSON.stringify(raw.prepare(`SELECT * FROM ${name} ORDER BY rowid`).all())]))
}

export const planInput = (studentId: string, counsellorId: string | null, reviewEveryDays: number): ChannelInput<'watch.plan.save'> => ({
  studentId,
  goals: '恢复规律作息，按时上课',
  measures: '每周中心咨询一次；辅导员每周谈话',
  counsellorId,
  advisorName: '李老师',
  peerSupporter: '王小明',
  familyContact: '母亲 139 0000 2222',
  reviewEveryDays
})
