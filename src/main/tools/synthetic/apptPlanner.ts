import { DEFAULT_KIND_MINUTES, type AppointmentKind, type CANCEL_REASONS, type WAITLIST_URGENCIES } from '@shared/contract/appointmentEnums'
import { addDays, centreMs, dayKind, mondayOf, Occupancy, weekdayOf } from './apptCalendar'
import { CANCEL_NOTES } from './apptPhrases'
import type { Cell, CounsellorSchedule } from './apptSchedule'
import type { Random } from './random'

export type CancelReason = (typeof CANCEL_REASONS)[number]
export type Urgency = (typeof WAITLIST_URGENCIES)[number]

/** One act of the synthetic appointment history, as the seed replays it through the core. */
export type ApptEvent =
  | { type: 'exception'; at: number; counsellor: number; from: string; to: string; kind: 'leave' | 'training'; note: string }
  | { type: 'waitlist'; at: number; entry: number; student: number; urgency: Urgency; note: string }
  | {
      type: 'book'
      at: number
      /** The first appointment's reference; a series of `weeks` takes ref … ref + weeks − 1. */
      ref: number
      weeks: number
      kind: AppointmentKind
      student: number | null
      counsellor: number
      room: string | null
      start: string
      capacity: number | null
      /** Booked from this waitlist entry (which the booking closes). */
      entry: number | null
    }
  | { type: 'participant'; at: number; ref: number; student: number | null; anonymous: number }
  | { type: 'cancel'; at: number; ref: number; reason: CancelReason; note: string }
  | { type: 'attend'; at: number; ref: number }

export type Fate = 'attended' | 'cancelled' | 'booked'

const MINUTE = 60_000
const DESK_OPEN = 8 * 60
const DESK_CLOSE = 17 * 60 + 30

/**
 * The bookkeeping of a plan: what is taken, what each week holds, and the acts so far. Every
 * act lands at or before `lastActMs` (the seed never acts in the future) and at or after
 * `notBeforeMs` (when its clock starts).
 */
export class Planner {
  readonly occupancy = new Occupancy()
  readonly events: ApptEvent[] = []
  readonly leave = new Set<string>()
  readonly perWeek = new Map<string, number>()
  readonly fates: Record<Fate, number> = { attended: 0, cancelled: 0, booked: 0 }
  readonly byKind: Record<AppointmentKind, number> = { intake: 0, counselling: 0, follow_up: 0, crisis: 0, group: 0, open_day: 0, remote: 0 }
  private nextRef = 0

  constructor(
    readonly schedules: readonly CounsellorSchedule[],
    readonly random: Random,
    readonly notBeforeMs: number,
    readonly lastActMs: number
  ) {}

  /** A time the front desk works on `date` (08:00–17:30), kept inside the seed's window. */
  deskTime(date: string): number {
    return this.clamp(centreMs(date, this.random.int(DESK_OPEN, DESK_CLOSE)))
  }

  clamp(ms: number): number {
    return Math.max(this.notBeforeMs, Math.min(this.lastActMs, ms))
  }

  /** When an appointment starting at `startMs` is booked: a desk time some days before, never later than shortly before it. */
  bookedBefore(date: string, startMs: number, minDays: number, maxDays: number): number {
    const at = this.deskTime(addDays(date, -this.random.int(minDays, maxDays)))
    return Math.min(at, startMs - 30 * MINUTE)
  }

  /** The counsellor works that day: open, not on leave, and (in a vacation) full-time. */
  works(counsellor: number, date: string): boolean {
    const kind = dayKind(date)
    if (kind === 'closed' || this.leave.has(`${counsellor}@${date}`)) return false
    return kind === 'term' || !this.schedules[counsellor]?.partTime
  }

  cellsOn(counsellor: number, date: string, mode: 'room' | 'remote'): Cell[] {
    if (!this.works(counsellor, date)) return []
    const weekday = weekdayOf(date)
    return (this.schedules[counsellor]?.cells ?? []).filter((c) => c.weekday === weekday && (mode === 'room') === (c.room !== null))
  }

  static keys(counsellor: number, room: string | null, students: readonly number[]): string[] {
    return [`c${counsellor}`, ...(room ? [`r${room}`] : []), ...students.map((s) => `s${s}`)]
  }

  /** Start and end (ms) of a `kind` appointment at `minute` on `date`. */
  static interval(date: string, minute: number, kind: AppointmentKind): { startMs: number; endMs: number } {
    const startMs = centreMs(date, minute)
    return { startMs, endMs: startMs + DEFAULT_KIND_MINUTES[kind] * MINUTE }
  }

  isFree(keys: readonly string[], date: string, minute: number, kind: AppointmentKind): boolean {
    const { startMs, endMs } = Planner.interval(date, minute, kind)
    return this.occupancy.free(keys, startMs, endMs)
  }

  /** Takes the time and counts the appointment; returns its reference. */
  place(keys: readonly string[], date: string, minute: number, kind: AppointmentKind): number {
    const { startMs, endMs } = Planner.interval(date, minute, kind)
    this.occupancy.take(keys, startMs, endMs)
    const week = mondayOf(date)
    this.perWeek.set(week, (this.perWeek.get(week) ?? 0) + 1)
    this.byKind[kind]++
    return this.nextRef++
  }

  /**
   * What becomes of a booked appointment: about one in ten cancelled (by the student, the
   * centre, or a no-show), the rest marked attended after they end; nothing that would happen
   * after the seed's "now".
   */
  fate(ref: number, kind: AppointmentKind, date: string, minute: number, bookedAt: number, cancelRate: number): Fate {
    const { startMs, endMs } = Planner.interval(date, minute, kind)
    const r = this.random
    let fate: Fate = 'booked'
    if (r.chance(cancelRate)) {
      const group = kind === 'group' || kind === 'open_day'
      const roll = r.next()
      const reason: CancelReason = group ? 'centre' : roll < 0.45 ? 'student' : roll < 0.6 ? 'centre' : 'no_show'
      const at =
        reason === 'no_show'
          ? endMs + r.int(5, 30) * MINUTE
          : Math.max(bookedAt + MINUTE, bookedAt + Math.floor(r.next() * Math.max(0, startMs - 15 * MINUTE - bookedAt)))
      if (at <= this.lastActMs) {
        this.events.push({ type: 'cancel', at, ref, reason, note: r.pick(CANCEL_NOTES[reason]) })
        fate = 'cancelled'
      }
    } else if (endMs + 5 * MINUTE <= this.lastActMs) {
      this.events.push({ type: 'attend', at: Math.min(this.lastActMs, endMs + r.int(5, 90) * MINUTE), ref })
      fate = 'attended'
    }
    this.fates[fate]++
    return fate
  }

  book(event: Omit<Extract<ApptEvent, { type: 'book' }>, 'type'>): void {
    this.events.push({ type: 'book', ...event })
  }
}
