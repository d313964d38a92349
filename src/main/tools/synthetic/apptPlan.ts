import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import { centreDate } from '@shared/centreTime'
import type { AppointmentKind } from '@shared/contract/appointmentEnums'
import { addDays, centreMs, DAY_WEIGHT, dayKind, mondayOf, openDayIn, semesterStarts } from './apptCalendar'
import { Episodes } from './apptEpisodes'
import { LEAVE_NOTES, TRAINING_NOTES, WAITLIST_NOTES } from './apptPhrases'
import { type ApptEvent, type Fate, Planner } from './apptPlanner'
import { planSchedules, type CounsellorSchedule } from './apptSchedule'
import { Sessions } from './apptSessions'
import { createRandom } from './random'

dayjs.extend(utc)

export interface AppointmentPlanOptions {
  seed: number
  /** The end of the history; nothing is acted after it. */
  now: Date
  /** Years of appointments before `now` (0: availability, leave and the waitlist only). */
  years: number
  /** Appointments a year, about (the plan stops short where the counsellors' weeks are full). */
  perYear: number
  /** For each roster row, the part-time counsellor (0-based) whose station holds the student's college, or -1. */
  stationOf: readonly number[]
  fullTimers: number
  partTimers: number
  /** The site named in a part-timer's station hours. */
  stationName: (partTimer: number) => string
  /** No act before this (the seed's clock starts there when the plan itself reaches back less far). */
  notBeforeMs: number
}

export interface AppointmentPlanCounts {
  appointments: number
  byKind: Record<AppointmentKind, number>
  fates: Record<Fate, number>
  series: number
  groupProgrammes: number
  openDays: number
  exceptions: number
  waitlistBooked: number
  waitlistOpen: number
}

export interface AppointmentPlan {
  /** When the plan's first act may happen; Infinity when it reaches no further back than notBeforeMs. */
  startMs: number
  schedules: CounsellorSchedule[]
  /** Every act, oldest first (a stable sort: acts at one instant keep their planned order). */
  events: ApptEvent[]
  counts: AppointmentPlanCounts
  /** The first and last day with appointments, centre dates (null without appointments). */
  range: { from: string; to: string } | null
}

/** Students left waiting at the end (scaled down for a small roster). */
const WAITING = 20
/** New bookings are made up to two weeks ahead. */
const AHEAD_DAYS = 14

/**
 * The synthetic appointment history: weekly hours, leave, and `years` of bookings up to
 * `now` — intakes, counselling series, follow-ups, crises, phone/online consultations,
 * group programmes and open days — with cancellations and attendance, then a waitlist. Pure
 * and deterministic in its options; checked against the same rules the core applies, so
 * that every booking goes through.
 */
export function planAppointments(options: AppointmentPlanOptions): AppointmentPlan {
  const today = centreDate(options.now)
  const first = options.years > 0 ? addDays(mondayOf(dayjs.utc(today).subtract(options.years, 'year').format('YYYY-MM-DD')), 7) : null
  const startMs = first ? centreMs(addDays(first, -30), 9 * 60) : Number.POSITIVE_INFINITY
  const notBeforeMs = Math.min(startMs, options.notBeforeMs) + 60 * 60_000
  const stations = Array.from({ length: options.partTimers }, (_, j) => options.stationName(j))
  const schedules = planSchedules(options.fullTimers, options.partTimers, (j) => stations[j] ?? '')
  const p = new Planner(schedules, createRandom(options.seed, 'appointments'), notBeforeMs, options.now.getTime() - 60_000)

  const exceptions = planLeave(p, first ?? addDays(today, -60), addDays(today, 60))
  const students = options.stationOf.map((_, s) => s)
  const waiting = new Set(pickWaiting(p, students.length))
  const eligible = students.filter((s) => !waiting.has(s))
  const byStation = Array.from({ length: options.partTimers }, (_, j) => eligible.filter((s) => options.stationOf[s] === j))
  const episodes = new Episodes(p, { all: eligible, byStation, busyUntil: new Map(), lastBookedAt: new Map() }, options.fullTimers)
  const sessions = new Sessions(p, options.fullTimers, eligible)

  if (first) {
    const lastBookable = addDays(today, AHEAD_DAYS)
    const weight = (day: string): number => DAY_WEIGHT[dayKind(day)] * (day > today ? 0.5 : 1)
    let pastWeight = 0
    for (let day = first; day <= today; day = addDays(day, 1)) pastWeight += weight(day)
    const rate = pastWeight > 0 ? (options.years * options.perYear) / pastWeight : 0
    const groupWeeks = new Set(semesterStarts(first, lastBookable).flatMap((s) => [addDays(s, 14), addDays(s, 70)]))
    // The semester's programmes and open days are on the calendar before its first booking.
    let turn = 0
    for (let monday = first; monday <= lastBookable; monday = addDays(monday, 7)) {
      if (groupWeeks.has(monday)) sessions.groupProgrammes(monday, turn++)
      const openDay = openDayIn(monday)
      if (openDay) sessions.openDay(openDay, turn++)
    }
    for (let monday = first; monday <= lastBookable; monday = addDays(monday, 7)) {
      const days = Array.from({ length: 6 }, (_, i) => addDays(monday, i)).filter((day) => day <= lastBookable && weight(day) > 0)
      const target = rate * days.reduce((sum, day) => sum + weight(day), 0)
      for (let tries = 0; tries < target * 4 + 10 && (p.perWeek.get(monday) ?? 0) < target; tries++) {
        episodes.tryStart(p.random.pick(days))
      }
    }
  }

  for (const student of waiting) {
    const entry = episodes.newEntry()
    const at = p.deskTime(addDays(today, -p.random.int(0, 21)))
    const urgency = p.random.chance(0.1) ? 'urgent' : p.random.chance(0.35) ? 'soon' : 'routine'
    p.events.push({ type: 'waitlist', at, entry, student, urgency, note: p.random.pick(WAITLIST_NOTES) })
  }

  p.events.sort((a, b) => a.at - b.at)
  const lastDay = [...p.perWeek.keys()].sort().at(-1)
  return {
    startMs: Math.min(startMs, p.events[0]?.at ?? Number.POSITIVE_INFINITY),
    schedules,
    events: p.events,
    counts: {
      appointments: Object.values(p.byKind).reduce((a, b) => a + b, 0),
      byKind: p.byKind,
      fates: p.fates,
      series: episodes.series,
      groupProgrammes: sessions.programmes,
      openDays: sessions.openDays,
      exceptions,
      waitlistBooked: episodes.waitlistBooked,
      waitlistOpen: waiting.size
    },
    range: first && lastDay ? { from: first, to: addDays(lastDay, 6) } : null
  }
}

/** Leave (1–5 days) and training (1–2 days) now and then for each counsellor, entered a few weeks ahead. */
function planLeave(p: Planner, from: string, to: string): number {
  let count = 0
  p.schedules.forEach((_, counsellor) => {
    for (let month = from.slice(0, 7); `${month}-01` <= to; month = dayjs.utc(`${month}-01`).add(1, 'month').format('YYYY-MM')) {
      for (const [kind, chance, longest] of [
        ['leave', 0.12, 5],
        ['training', 0.06, 2]
      ] as const) {
        if (!p.random.chance(chance)) continue
        const start = addDays(`${month}-01`, p.random.int(0, 27))
        if (start < from || start > to || dayKind(start) === 'closed') continue
        const end = addDays(start, p.random.int(0, longest - 1))
        const days = Array.from({ length: dayjs.utc(end).diff(dayjs.utc(start), 'day') + 1 }, (_, i) => addDays(start, i))
        if (days.some((day) => p.leave.has(`${counsellor}@${day}`))) continue
        for (const day of days) p.leave.add(`${counsellor}@${day}`)
        const note = p.random.pick(kind === 'leave' ? LEAVE_NOTES : TRAINING_NOTES)
        p.events.push({ type: 'exception', at: p.deskTime(addDays(start, -p.random.int(7, 30))), counsellor, from: start, to: end, kind, note })
        count++
      }
    }
  })
  return count
}

/** The students left on the waitlist at the end: never booked, so that they wait for a first appointment. */
function pickWaiting(p: Planner, students: number): number[] {
  const n = Math.min(WAITING, Math.floor(students / 10))
  const chosen = new Set<number>()
  while (chosen.size < n) chosen.add(p.random.int(0, students - 1))
  return [...chosen]
}
