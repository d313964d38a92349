import type { AppointmentKind } from '@shared/contract/appointmentEnums'
import { addDays, centreMs, mondayOf, weekdayOf } from './apptCalendar'
import { type Urgency, Planner } from './apptPlanner'
import { WAITLIST_NOTES } from './apptPhrases'
import type { Cell } from './apptSchedule'
import { weightedTable } from './random'

const MINUTE = 60_000
const INDIVIDUAL_CANCEL_RATE = 0.1
const CRISIS_CANCEL_RATE = 0.02
const URGENCIES = weightedTable<Urgency>([
  ['routine', 6],
  ['soon', 3],
  ['urgent', 1]
])

/** Where the episodes draw students from: everyone, or a part-timer's station (学院辅导站). */
export interface StudentPools {
  all: readonly number[]
  byStation: readonly (readonly number[])[]
  /** The student's next episode may start on or after this date. */
  busyUntil: Map<number, string>
  /**
   * When the student's latest episode was first booked. That booking closes the episode's
   * waitlist entry, and a student holds one open entry at a time: a later entry opens after it.
   */
  lastBookedAt: Map<number, number>
}

interface Placed {
  counsellor: number
  cell: Cell
  date: string
  student: number
}

/**
 * One student's course at the centre, planned forward from its first appointment: an intake
 * (初访, sometimes from the waitlist), a crisis session or a phone/online consultation; then,
 * often, a weekly counselling series booked with repeatWeeks at the end of that first
 * session; then perhaps a follow-up a few weeks after the series.
 */
export class Episodes {
  private nextEntry = 0
  series = 0
  waitlistBooked = 0

  constructor(
    private readonly p: Planner,
    private readonly pools: StudentPools,
    private readonly partTimeFrom: number
  ) {}

  get entries(): number {
    return this.nextEntry
  }

  newEntry(): number {
    return this.nextEntry++
  }

  /** Tries once to start an episode on `date`; false when no counsellor, time or student was free. */
  tryStart(date: string): boolean {
    const r = this.p.random
    const saturday = weekdayOf(date) === 6
    const roll = r.next()
    // A crisis is booked the same day, so none is planned for a day the seed's "now" has not reached.
    const crisis = roll >= 0.1 && roll < 0.14 && centreMs(date, 0) < this.p.lastActMs
    const kind: AppointmentKind = saturday || roll < 0.1 ? 'remote' : crisis ? 'crisis' : 'intake'
    const placed = this.findPlace(date, kind)
    if (!placed) return false
    const { counsellor, cell, student } = placed
    const { startMs, endMs } = Planner.interval(date, cell.startMinute, kind)
    let bookedAt = kind === 'crisis' ? this.p.clamp(startMs - r.int(30, 150) * MINUTE) : this.p.bookedBefore(date, startMs, 1, kind === 'remote' ? 4 : 10)
    if (bookedAt >= startMs) return false
    let entry: number | null = null
    if (kind === 'intake' && r.chance(0.2)) {
      const waitedFrom = this.p.deskTime(addDays(date, -r.int(4, 14)))
      if (waitedFrom < bookedAt - 60 * MINUTE && waitedFrom > (this.pools.lastBookedAt.get(student) ?? 0)) {
        entry = this.newEntry()
        this.p.events.push({ type: 'waitlist', at: waitedFrom, entry, student, urgency: r.weighted(URGENCIES), note: r.pick(WAITLIST_NOTES) })
        bookedAt = Math.min(this.p.clamp(Math.max(bookedAt, waitedFrom + r.int(60, 3 * 24 * 60) * MINUTE)), startMs - 30 * MINUTE)
        this.waitlistBooked++
      }
    }
    const ref = this.p.place(Planner.keys(counsellor, cell.room, [student]), date, cell.startMinute, kind)
    this.p.book({ at: bookedAt, ref, weeks: 1, kind, student, counsellor, room: cell.room, start: new Date(startMs).toISOString(), capacity: null, entry })
    const fate = this.p.fate(ref, kind, date, cell.startMinute, bookedAt, kind === 'crisis' ? CRISIS_CANCEL_RATE : INDIVIDUAL_CANCEL_RATE)
    let lastDate = date
    const after = endMs + r.int(2, 15) * MINUTE
    if (fate !== 'cancelled' && kind !== 'remote' && r.chance(kind === 'crisis' ? 0.7 : 0.65)) {
      const last = this.weeklySeries(counsellor, cell, date, student, after)
      if (last) {
        lastDate = last.date
        if (r.chance(0.45)) lastDate = this.followUp(counsellor, last.date, student, last.endMs + r.int(2, 15) * MINUTE) ?? lastDate
      }
    } else if (fate !== 'cancelled' && kind === 'remote' && r.chance(0.3)) {
      lastDate = this.followUp(counsellor, date, student, after) ?? lastDate
    }
    this.pools.busyUntil.set(student, addDays(lastDate, 7))
    this.pools.lastBookedAt.set(student, bookedAt)
    return true
  }

  private findPlace(date: string, kind: AppointmentKind): Placed | null {
    const r = this.p.random
    const mode = kind === 'remote' ? 'remote' : 'room'
    const options = this.p.schedules.flatMap((_, c) => this.p.cellsOn(c, date, mode).map((cell) => ({ counsellor: c, cell })))
    for (let tries = 0; tries < 6 && options.length > 0; tries++) {
      const { counsellor, cell } = r.pick(options)
      if (!this.p.isFree(Planner.keys(counsellor, cell.room, []), date, cell.startMinute, kind)) continue
      const student = this.freeStudent(counsellor, date, cell.startMinute, kind)
      if (student !== null) return { counsellor, cell, date, student }
    }
    return null
  }

  private freeStudent(counsellor: number, date: string, minute: number, kind: AppointmentKind): number | null {
    const station = counsellor >= this.partTimeFrom ? this.pools.byStation[counsellor - this.partTimeFrom] : undefined
    const pool = station && station.length > 0 ? station : this.pools.all
    if (pool.length === 0) return null
    for (let tries = 0; tries < 6; tries++) {
      const student = this.p.random.pick(pool)
      if ((this.pools.busyUntil.get(student) ?? '') > date) continue
      if (this.p.isFree([`s${student}`], date, minute, kind)) return student
    }
    return null
  }

  /**
   * A weekly counselling series from the week after `date`: the same hour if it is free for
   * long enough, else the hour of that week with the longest free run. Booked in one call
   * (repeatWeeks) at `bookedAt`, the end of the first session.
   */
  private weeklySeries(counsellor: number, first: Cell, date: string, student: number, bookedAt: number): { date: string; endMs: number } | null {
    const r = this.p.random
    if (bookedAt > this.p.lastActMs) return null
    const wanted = r.int(4, 8)
    const nextMonday = addDays(mondayOf(date), 7)
    const candidates = [first, ...Array.from({ length: 3 }, () => r.pick(this.p.schedules[counsellor]?.cells ?? [first]))].filter((c) => c.room !== null)
    let best: { cell: Cell; dates: string[] } = { cell: first, dates: [] }
    for (const cell of candidates) {
      const dates: string[] = []
      for (let k = 0; k < wanted; k++) {
        const day = addDays(nextMonday, 7 * k + cell.weekday - 1)
        const keys = Planner.keys(counsellor, cell.room, [student])
        if (!this.p.works(counsellor, day) || !this.p.isFree(keys, day, cell.startMinute, 'counselling')) break
        dates.push(day)
      }
      if (dates.length > best.dates.length) best = { cell, dates }
    }
    const { cell, dates } = best
    if (dates.length === 0) return null
    const keys = Planner.keys(counsellor, cell.room, [student])
    const refs = dates.map((day) => this.p.place(keys, day, cell.startMinute, 'counselling'))
    const firstDate = dates[0] as string
    const start = Planner.interval(firstDate, cell.startMinute, 'counselling').startMs
    this.p.book({ at: bookedAt, ref: refs[0] as number, weeks: dates.length, kind: 'counselling', student, counsellor, room: cell.room, start: new Date(start).toISOString(), capacity: null, entry: null })
    refs.forEach((ref, k) => this.p.fate(ref, 'counselling', dates[k] as string, cell.startMinute, bookedAt, INDIVIDUAL_CANCEL_RATE))
    if (dates.length > 1) this.series++
    const lastDate = dates.at(-1) as string
    return { date: lastDate, endMs: Planner.interval(lastDate, cell.startMinute, 'counselling').endMs }
  }

  /** A follow-up two to four weeks after `date`: in person, or by phone/online. Returns its date. */
  private followUp(counsellor: number, date: string, student: number, bookedAt: number): string | null {
    const r = this.p.random
    if (bookedAt > this.p.lastActMs) return null
    const remote = r.chance(0.4)
    const kind: AppointmentKind = remote ? 'remote' : 'follow_up'
    const around = addDays(date, r.int(14, 28))
    for (let shift = 0; shift < 6; shift++) {
      const day = addDays(around, shift)
      const cells = this.p.cellsOn(counsellor, day, remote ? 'remote' : 'room')
      const cell = cells.length > 0 ? r.pick(cells) : null
      if (!cell) continue
      const keys = Planner.keys(counsellor, cell.room, [student])
      if (!this.p.isFree(keys, day, cell.startMinute, kind)) continue
      const ref = this.p.place(keys, day, cell.startMinute, kind)
      const start = Planner.interval(day, cell.startMinute, kind).startMs
      this.p.book({ at: bookedAt, ref, weeks: 1, kind, student, counsellor, room: cell.room, start: new Date(start).toISOString(), capacity: null, entry: null })
      this.p.fate(ref, kind, day, cell.startMinute, bookedAt, INDIVIDUAL_CANCEL_RATE)
      return day
    }
    return null
  }
}
