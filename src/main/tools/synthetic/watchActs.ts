import type { Tier } from '@shared/contract'
import {
  HISTORY_DAYS,
  officeMinute,
  type FollowUpChannel,
  type FollowUpKind,
  type HistoryCalendar,
  type PlanDraft,
  type WatchedStudent,
  type WatchEvent
} from './history'
import { syntheticName } from './names'
import { FOLLOW_UP_SUMMARIES, PLAN_GOALS, PLAN_MEASURES, WITH_WHOM } from './phrases'
import { createRandom, weightedTable, type Random } from './random'
import type { RosterRow } from './roster'

const DAY_MS = 86_400_000

/** How often a plan has the student reviewed, days: mostly the tier's default. */
const CADENCE: Record<'serious' | 'crisis', readonly number[]> = { serious: [14, 14, 14, 21], crisis: [7, 7, 7, 3] }

export interface PlanContext {
  rows: readonly RosterRow[]
  seed: number
  counsellors: number
  advisorOf: (className: string) => string
}

/**
 * 一生一策 for every student who ends the history at serious or crisis: a first plan within
 * days of reaching that tier, a new revision when the tier changes again, and for some a
 * revision after a month of work. Earlier revisions stay on record.
 */
export function planPlans(watched: readonly WatchedStudent[], ctx: PlanContext, cal: HistoryCalendar): WatchEvent[] {
  const random = createRandom(ctx.seed, 'watch:plans')
  const events: WatchEvent[] = []
  for (const { student, steps } of watched) {
    const last = steps.at(-1)?.tier
    if (last !== 'serious' && last !== 'crisis') continue
    const row = ctx.rows[student] as RosterRow
    const counsellor = random.int(0, ctx.counsellors - 1)
    const peerSupporter = syntheticName(random, random.chance(0.5) ? 'female' : 'male')
    const draft = (tier: 'serious' | 'crisis'): PlanDraft => ({
      counsellor: random.chance(0.9) ? counsellor : random.int(0, ctx.counsellors - 1),
      goals: random.pick(PLAN_GOALS[tier]),
      measures: random.pick(PLAN_MEASURES[tier]),
      advisorName: ctx.advisorOf(row.student.className),
      peerSupporter,
      familyContact: `${row.guardianRelation} ${row.guardianName} ${row.guardianPhone}`,
      reviewEveryDays: random.pick(CADENCE[tier])
    })
    let planned = false
    steps.forEach((step, k) => {
      if (step.tier !== 'serious' && step.tier !== 'crisis') return
      const until = Math.min(steps[k + 1]?.at ?? Infinity, cal.todayStartMs)
      // A crisis plan is written the same day; a serious one within three working days.
      const delay = step.tier === 'crisis' ? random.int(1, 4) * 3_600_000 : random.int(1, 3) * DAY_MS
      const at = Math.min(step.at + delay, step.at + Math.max(60_000, (until - step.at) / 2))
      if (at >= until) return
      events.push({ type: 'plan', at, student, plan: draft(step.tier) })
      planned = true
      const revisionAt = at + random.int(21, 35) * DAY_MS
      if (random.chance(0.3) && revisionAt < until) events.push({ type: 'plan', at: revisionAt, student, plan: draft(step.tier) })
    })
    if (!planned) throw new Error('a watched student at serious or crisis got no plan')
  }
  return events
}

const KINDS = weightedTable<FollowUpKind>([
  ['family_contact', 25], ['peer_support', 25], ['advisor_talk', 25], ['dorm_visit', 15], ['review', 10]
])

const CHANNELS: Record<FollowUpKind, ReturnType<typeof weightedTable<FollowUpChannel>>> = {
  family_contact: weightedTable<FollowUpChannel>([['phone', 70], ['in_person', 20], ['message', 10]]),
  peer_support: weightedTable<FollowUpChannel>([['in_person', 60], ['message', 40]]),
  dorm_visit: weightedTable<FollowUpChannel>([['in_person', 1]]),
  advisor_talk: weightedTable<FollowUpChannel>([['in_person', 80], ['online', 20]]),
  review: weightedTable<FollowUpChannel>([['in_person', 1]])
}

const COUNTS = weightedTable<number>([[1, 45], [2, 35], [3, 20]])

/** One to three follow-ups per watched student (one more for a crisis), dated from entry to yesterday. */
function followUpCount(random: Random, highest: Tier): number {
  const base = random.weighted(COUNTS)
  return highest === 'crisis' ? Math.min(3, base + 1) : base
}

export function planFollowUps(watched: readonly WatchedStudent[], seed: number, cal: HistoryCalendar): WatchEvent[] {
  const random = createRandom(seed, 'watch:followups')
  const rank: Record<Tier, number> = { general: 0, serious: 1, crisis: 2 }
  const events: WatchEvent[] = []
  for (const { student, steps } of watched) {
    const entry = steps[0]
    if (!entry?.tier) continue
    const highest = steps.reduce<Tier>((h, s) => (s.tier && rank[s.tier] > rank[h] ? s.tier : h), entry.tier)
    const firstDay = cal.dayOf(entry.at)
    const count = followUpCount(random, highest)
    for (let i = 0; i < count; i++) {
      const day = random.int(firstDay, HISTORY_DAYS - 1)
      // Logged after the act: on the entry day, a few hours after the student was put on the list.
      const at = day === firstDay ? entry.at + random.int(30, 300) * 60_000 : cal.at(day, officeMinute(random))
      const kind = random.weighted(KINDS)
      const followUp = {
        kind,
        date: cal.date(day),
        channel: random.weighted(CHANNELS[kind]),
        withWhom: random.pick(WITH_WHOM[kind]),
        summary: random.pick(FOLLOW_UP_SUMMARIES[kind])
      }
      if (at < cal.todayStartMs) events.push({ type: 'followUp', at, student, followUp })
    }
  }
  return events
}
