import { RISK_FACTORS, TIER_CHECKLIST, type Tier } from '@shared/contract'
import {
  HISTORY_DAYS,
  HistoryCalendar,
  officeMinute,
  type RiskFactor,
  type SpecialPeriod,
  type TierStep,
  type WatchedStudent,
  type WatchEvent,
  type WatchPlan
} from './history'
import { planFollowUps, planPlans } from './watchActs'
import { ENTRY_REASONS, LOWER_REASONS, RAISE_REASONS, REMOVE_REASONS, CHECKLIST_NOTES } from './phrases'
import { createRandom, weightedTable, type Random } from './random'
import type { RosterRow } from './roster'

/** The watch list of a 16,000-student college today, scaled by --students; plus some taken off it. */
export const WATCH_PER_16K = { general: 1300, serious: 330, crisis: 70, removed: 100 } as const

type Path = readonly (Tier | null)[]
const PATHS: Record<Tier | 'removed', ReturnType<typeof weightedTable<Path>>> = {
  crisis: weightedTable<Path>([[['crisis'], 55], [['serious', 'crisis'], 35], [['general', 'crisis'], 10]]),
  serious: weightedTable<Path>([[['serious'], 65], [['general', 'serious'], 25], [['crisis', 'serious'], 10]]),
  general: weightedTable<Path>([[['general'], 90], [['serious', 'general'], 10]]),
  removed: weightedTable<Path>([[['general', null], 85], [['serious', 'general', null], 15]])
}

const RISKS = weightedTable<RiskFactor>([
  ['academic_pressure', 30], ['emotional_crisis', 18], ['family_change', 12], ['economic_difficulty', 10],
  ['job_pressure', 8], ['environment_change', 8], ['campus_bullying', 4], ['other', 5]
])

function riskFactors(random: Random, tier: Tier, grade: string, newest: string, oldest: string): RiskFactor[] {
  const picked = new Set<RiskFactor>()
  if (tier === 'crisis') picked.add('emotional_crisis')
  if (grade === newest && random.chance(0.4)) picked.add('environment_change')
  if (grade === oldest && random.chance(0.4)) picked.add('job_pressure')
  const want = random.int(1, 3)
  while (picked.size < want) picked.add(random.weighted(RISKS))
  return RISK_FACTORS.filter((r) => picked.has(r))
}

/** A change keeps the factors the student was first put on the list for, sometimes with one more. */
function moreFactors(random: Random, base: readonly RiskFactor[], tier: Tier): RiskFactor[] {
  const picked = new Set(base)
  if (tier === 'crisis') picked.add('emotional_crisis')
  if (random.chance(0.3)) picked.add(random.weighted(RISKS))
  return RISK_FACTORS.filter((r) => picked.has(r))
}

function specialPeriod(random: Random, day: number, grade: string, newest: string, oldest: string): SpecialPeriod | null {
  if (grade === newest && day < 60 && random.chance(0.7)) return 'entry'
  if (grade === oldest) return random.chance(0.5) ? 'job_season' : random.chance(0.1) ? 'graduation' : null
  return null
}

function stepReason(random: Random, from: Tier | null, to: Tier | null): string {
  if (from === null && to) return random.pick(ENTRY_REASONS[to])
  if (to === null) return random.pick(REMOVE_REASONS)
  const rank = { general: 0, serious: 1, crisis: 2 }
  return random.pick(rank[to] > rank[from!] ? RAISE_REASONS : LOWER_REASONS)
}

/** Days of a path's steps: the first between day 1 and what leaves room for the rest, 5–40 days apart. */
function stepDays(random: Random, count: number): number[] {
  const last = HISTORY_DAYS - 1
  const days = [random.int(1, last - 7 * (count - 1))]
  for (let i = 1; i < count; i++) {
    const prev = days[i - 1] as number
    days.push(random.int(prev + 5, Math.max(prev + 5, Math.min(prev + 40, last - 5 * (count - 1 - i)))))
  }
  return days
}

/** Who goes on the list, by what path, when, and why. */
function planSteps(rows: readonly RosterRow[], seed: number, cal: HistoryCalendar): WatchedStudent[] {
  const counts = Object.fromEntries(
    Object.entries(WATCH_PER_16K).map(([k, n]) => [k, Math.round((n * rows.length) / 16_000)])
  ) as Record<keyof typeof WATCH_PER_16K, number>
  const pick = createRandom(seed, 'watch:pick')
  // A partial Fisher–Yates shuffle: the first `total` indices are a seeded sample without repeats.
  const order = rows.map((_, i) => i)
  const total = Math.min(rows.length, counts.crisis + counts.serious + counts.general + counts.removed)
  for (let i = 0; i < total; i++) {
    const j = pick.int(i, order.length - 1)
    ;[order[i], order[j]] = [order[j] as number, order[i] as number]
  }
  const grades = [...new Set(rows.map((r) => r.student.grade))].sort()
  const newest = grades.at(-1) ?? ''
  const oldest = grades[0] ?? ''
  const random = createRandom(seed, 'watch:paths')
  const finals: (keyof typeof PATHS)[] = (['crisis', 'serious', 'general', 'removed'] as const).flatMap((f) => Array<typeof f>(counts[f]).fill(f))
  return order.slice(0, total).map((student, i) => {
    const path = random.weighted(PATHS[finals[i] as keyof typeof PATHS])
    const days = stepDays(random, path.length)
    const grade = (rows[student] as RosterRow).student.grade
    const factors = riskFactors(random, path.find((t) => t !== null) ?? 'general', grade, newest, oldest)
    const period = specialPeriod(random, days[0] as number, grade, newest, oldest)
    let from: Tier | null = null
    const steps = path.map((tier, k): TierStep => {
      const step = {
        tier,
        at: cal.at(days[k] as number, officeMinute(random)),
        reason: stepReason(random, from, tier),
        riskFactors: tier === null ? [] : k === 0 ? factors : moreFactors(random, factors, tier),
        specialPeriod: tier === null ? null : period
      }
      from = tier
      return step
    })
    return { student, steps }
  })
}

/**
 * Share of a tier's checklist items ticked, for lists older and newer than two weeks: the work
 * gets done, the last fortnight's not all of it yet, so the dashboard shows some overdue items.
 */
const DONE_RATE: Record<Tier, { old: number; recent: number }> = {
  general: { old: 0.95, recent: 0.5 },
  serious: { old: 0.97, recent: 0.75 },
  crisis: { old: 1, recent: 0.9 }
}

function planChecklist(watched: readonly WatchedStudent[], seed: number, cal: HistoryCalendar): WatchEvent[] {
  const random = createRandom(seed, 'watch:checklist')
  const recentFrom = cal.todayStartMs - 14 * 86_400_000
  const events: WatchEvent[] = []
  for (const { student, steps } of watched) {
    steps.forEach((step, k) => {
      if (!step.tier) return
      const until = Math.min(steps[k + 1]?.at ?? Infinity, cal.todayStartMs)
      const rate = DONE_RATE[step.tier][step.at < recentFrom ? 'old' : 'recent']
      for (const { item, dueHours } of TIER_CHECKLIST[step.tier]) {
        // Most items are done in time, some late; an item the next tier change overtakes stays undone.
        const late = random.chance(0.15)
        const hours = dueHours * (late ? 1.1 + random.next() * 1.4 : 0.1 + random.next() * 0.8)
        const at = step.at + Math.round(hours * 3_600_000)
        const note = random.pick(CHECKLIST_NOTES)
        if (random.next() < rate && at < until) events.push({ type: 'checklist', at, student, step: k, item, note })
      }
    })
  }
  return events
}

/** The weekly review (每周研判): Wednesdays at 14:00 from the second week up to yesterday. */
function planMeetings(cal: HistoryCalendar): WatchEvent[] {
  const meetings: WatchEvent[] = []
  for (let day = 7; day < HISTORY_DAYS; day++) {
    if (cal.weekday(day) === 3) meetings.push({ type: 'meeting', at: cal.at(day, 14 * 60), date: cal.date(day) })
  }
  return meetings
}

export interface WatchPlanOptions {
  rows: readonly RosterRow[]
  seed: number
  now: Date
  /** How many counsellors a plan may name (by index into the seed's counsellors). */
  counsellors: number
  /** The 辅导员 of a class, by class name, for the plans' responsible people. */
  advisorOf: (className: string) => string
}

/**
 * The synthetic watch list as a history of acts: tier changes with their checklists, 一生一策
 * plans and revisions, follow-ups and weekly meetings, spread over the last HISTORY_DAYS days.
 * Pure and deterministic in (rows, seed, now): the seed replays it through the core.
 */
export function planWatch(options: WatchPlanOptions): WatchPlan {
  const cal = new HistoryCalendar(options.now)
  const watched = planSteps(options.rows, options.seed, cal)
  const events: WatchEvent[] = [
    ...watched.flatMap(({ student, steps }) => steps.map((step, k): WatchEvent => ({ type: 'tier', at: step.at, student, step: k }))),
    ...planChecklist(watched, options.seed, cal),
    ...planPlans(watched, options, cal),
    ...planFollowUps(watched, options.seed, cal),
    ...planMeetings(cal)
  ]
  // A stable sort: acts at the same instant keep the order they were planned in.
  events.sort((a, b) => a.at - b.at)
  return { startMs: cal.at(0, 8 * 60), watched, events }
}

/** The tier each watched student ends with (null: taken off the list). */
export const finalTier = (w: WatchedStudent): Tier | null => w.steps.at(-1)?.tier ?? null
