import type { ChannelOutput } from '@shared/contract'
import type { Core } from '../src/main/core/core'
import { callOrThrow } from '../src/main/tools/coreCall'
import { addDays, mondayOf } from '../src/main/tools/synthetic/apptCalendar'
import { createRandom, type Random } from '../src/main/tools/synthetic/random'
import { distribution, type Distribution } from './stats'

/** Calls per round; the rounds multiply them. */
export const APPOINTMENT_PER_ROUND = { weekViews: 20, bookings: 20, dayViews: 10, remindLists: 5 } as const
export const APPOINTMENT_TARGETS = { weekViewP95: 15, bookP95: 10 } as const

type Verdict = 'PASS' | 'OVER'
const verdict = (value: number, target: number): Verdict => (value <= target ? 'PASS' : 'OVER')

export interface AppointmentLatencies {
  weekView: { weeks: number; meanAppointments: number; latency: Distribution; target: number; verdict: Verdict }
  book: { latency: Distribution; refused: number; target: number; verdict: Verdict }
  cancel: { latency: Distribution }
  dayViewByRoom: { rooms: number; meanAppointments: number; latency: Distribution }
  remindList: { meanEntries: number; latency: Distribution }
}

type Calendar = ChannelOutput<'appointments.calendar'>

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await work()
  return { ms: performance.now() - start, value }
}

const mean = (values: readonly number[]): number => (values.length === 0 ? 0 : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10)

/** The Mondays of the last year that hold appointments (term weeks), oldest first. */
function busyMondays(today: string): string[] {
  const mondays: string[] = []
  for (let monday = addDays(mondayOf(today), -52 * 7); monday <= mondayOf(today); monday = addDays(monday, 7)) mondays.push(monday)
  return mondays
}

/**
 * A free 50-minute start in a week's calendar: inside a counsellor's weekly hours, with
 * neither the counsellor nor the room taken. Random, so the bookings spread over the week.
 */
function freeSlot(cal: Calendar, random: Random): { counsellorId: string; roomId: string | null; start: string } | null {
  const overlaps = (a: { start: string; end: string }, start: number, end: number): boolean => Date.parse(a.start) < end && Date.parse(a.end) > start
  for (let tries = 0; tries < 50 && cal.available.length > 0; tries++) {
    const slot = random.pick(cal.available)
    const hours = Math.floor((Date.parse(slot.end) - Date.parse(slot.start)) / 3_600_000)
    if (hours < 1) continue
    const start = Date.parse(slot.start) + random.int(0, hours - 1) * 3_600_000
    const end = start + 50 * 60_000
    const taken = cal.appointments.some(
      (a) => (a.counsellorId === slot.userId || (slot.roomId !== null && a.roomId === slot.roomId)) && overlaps(a, start, end)
    )
    if (!taken) return { counsellorId: slot.userId, roomId: slot.roomId, start: new Date(start).toISOString() }
  }
  return null
}

/**
 * The calendar a front desk lives in, on the seeded years of appointments: the week view of
 * every counsellor, booking a free slot (conflict check included; each booking is cancelled
 * again so the vault stays as seeded), a room's day, and tomorrow's reminder calls.
 */
export async function measureAppointments(core: Core, today: string, rounds: number, log: (line: string) => void): Promise<AppointmentLatencies> {
  const mondays = busyMondays(today)
  const rooms = (await callOrThrow(core, 'settings.rooms.list', {})).filter((r) => r.kind === 'counselling').map((r) => r.id)
  const students = (await callOrThrow(core, 'students.list', {})).rows.map((r) => r.id)
  // One call before timing: the first prepare of a statement is not what a user waits for twice.
  await callOrThrow(core, 'appointments.calendar', { from: mondayOf(today), to: addDays(mondayOf(today), 6) })

  log(`  week view (all counsellors): ${rounds} × ${APPOINTMENT_PER_ROUND.weekViews} weeks of the last year …`)
  const week: number[] = []
  const weekSizes: number[] = []
  for (let r = 0; r < rounds; r++) {
    const random = createRandom(r + 1, 'bench:week')
    for (let i = 0; i < APPOINTMENT_PER_ROUND.weekViews; i++) {
      const from = random.pick(mondays)
      const { ms, value } = await timed(() => callOrThrow(core, 'appointments.calendar', { from, to: addDays(from, 6) }))
      week.push(ms)
      weekSizes.push(value.appointments.length)
    }
  }

  log(`  booking a free slot (then cancelling it): ${rounds} × ${APPOINTMENT_PER_ROUND.bookings} …`)
  const book: number[] = []
  const cancel: number[] = []
  let refused = 0
  for (let r = 0; r < rounds; r++) {
    const random = createRandom(r + 1, 'bench:book')
    // Three to six weeks ahead: only the seeded series reach that far, so free time is plenty.
    const from = addDays(mondayOf(today), 7 * random.int(3, 6))
    const cal = await callOrThrow(core, 'appointments.calendar', { from, to: addDays(from, 6) })
    for (let i = 0; i < APPOINTMENT_PER_ROUND.bookings; i++) {
      const slot = freeSlot(cal, random)
      if (!slot) break
      const kind = slot.roomId === null ? 'remote' : 'counselling'
      const input = { kind, studentId: random.pick(students), ...slot, repeatWeeks: 1 } as const
      const start = performance.now()
      const result = await core.call('appointments.book', input)
      const ms = performance.now() - start
      if (!result.ok) {
        refused++
        continue
      }
      book.push(ms)
      const id = result.value[0]?.id ?? ''
      cancel.push((await timed(() => callOrThrow(core, 'appointments.cancel', { id, reason: 'centre', note: '', scope: 'one' }))).ms)
    }
  }

  log(`  a room's day and the reminder list …`)
  const day: number[] = []
  const daySizes: number[] = []
  const remind: number[] = []
  const remindSizes: number[] = []
  for (let r = 0; r < rounds; r++) {
    const random = createRandom(r + 1, 'bench:day')
    for (let i = 0; i < APPOINTMENT_PER_ROUND.dayViews; i++) {
      const date = addDays(random.pick(mondays), random.int(0, 4))
      const { ms, value } = await timed(() => callOrThrow(core, 'appointments.calendar', { from: date, to: date, roomIds: rooms }))
      day.push(ms)
      daySizes.push(value.appointments.length)
    }
    for (let i = 0; i < APPOINTMENT_PER_ROUND.remindLists; i++) {
      const { ms, value } = await timed(() => callOrThrow(core, 'appointments.remindList', { date: addDays(today, random.int(1, 7)) }))
      remind.push(ms)
      remindSizes.push(value.length)
    }
  }

  const weekStats = distribution(week)
  const bookStats = distribution(book)
  return {
    weekView: { weeks: mondays.length, meanAppointments: mean(weekSizes), latency: weekStats, target: APPOINTMENT_TARGETS.weekViewP95, verdict: verdict(weekStats.p95, APPOINTMENT_TARGETS.weekViewP95) },
    book: { latency: bookStats, refused, target: APPOINTMENT_TARGETS.bookP95, verdict: verdict(bookStats.p95, APPOINTMENT_TARGETS.bookP95) },
    cancel: { latency: distribution(cancel) },
    dayViewByRoom: { rooms: rooms.length, meanAppointments: mean(daySizes), latency: distribution(day) },
    remindList: { meanEntries: mean(remindSizes), latency: distribution(remind) }
  }
}
