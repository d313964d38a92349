import { addDays } from './apptCalendar'
import { Planner } from './apptPlanner'
import { GROUP_ROOM, OPEN_DAY_ROOM } from './colleges'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const GROUP_MINUTE = 14 * 60
const GROUP_WEEKS = 8
const GROUP_CAPACITY = 12
const OPEN_DAY_CAPACITY = 30
/** Tuesday and Thursday afternoons: two group programmes run side by side. */
const GROUP_WEEKDAYS = [2, 4] as const

/**
 * Group counselling (团体辅导: eight weekly sessions with the same members) and the monthly
 * open day (心理体验开放日: two sessions with roster students and anonymous visitors), run by
 * the full-time counsellors in turn.
 */
export class Sessions {
  programmes = 0
  openDays = 0

  constructor(
    private readonly p: Planner,
    private readonly fullTimers: number,
    private readonly students: readonly number[]
  ) {}

  /** Two programmes starting in the week of `monday`, booked a week ahead, members added at once. */
  groupProgrammes(monday: string, turn: number): void {
    for (const [i, weekday] of GROUP_WEEKDAYS.entries()) {
      const run = this.bestRun(monday, weekday, turn + i)
      if (!run) continue
      const { counsellor, dates } = run
      const members = this.freeMembers(dates, 'group', this.p.random.int(6, GROUP_CAPACITY - 1))
      const keys = Planner.keys(counsellor, GROUP_ROOM, members)
      const refs = dates.map((day) => this.p.place(keys, day, GROUP_MINUTE, 'group'))
      const firstStart = Planner.interval(dates[0] as string, GROUP_MINUTE, 'group').startMs
      const bookedAt = Math.min(this.p.deskTime(addDays(monday, -this.p.random.int(7, 10))), firstStart - 2 * HOUR)
      this.p.book({ at: bookedAt, ref: refs[0] as number, weeks: dates.length, kind: 'group', student: null, counsellor, room: GROUP_ROOM, start: new Date(firstStart).toISOString(), capacity: GROUP_CAPACITY, entry: null })
      let at = bookedAt
      refs.forEach((ref) => {
        for (const student of members) {
          at = this.p.clamp(at + MINUTE)
          this.p.events.push({ type: 'participant', at, ref, student, anonymous: 0 })
        }
      })
      refs.forEach((ref, k) => this.p.fate(ref, 'group', dates[k] as string, GROUP_MINUTE, at, 0.02))
      this.programmes++
    }
  }

  /** The open day on `friday`: 14:00 and 15:00 in the experience room, registrations over the weeks before. */
  openDay(friday: string, turn: number): void {
    const minutes = [14 * 60, 15 * 60]
    for (let k = 0; k < this.fullTimers; k++) {
      const counsellor = (turn + k) % this.fullTimers
      const keys = Planner.keys(counsellor, OPEN_DAY_ROOM, [])
      if (!this.p.works(counsellor, friday) || !minutes.every((m) => this.p.isFree(keys, friday, m, 'open_day'))) continue
      const bookedAt = this.p.deskTime(addDays(friday, -21))
      for (const minute of minutes) {
        const { startMs } = Planner.interval(friday, minute, 'open_day')
        const visitors = this.freeMembers([friday], 'open_day', this.p.random.int(2, 5), minute)
        const ref = this.p.place(Planner.keys(counsellor, OPEN_DAY_ROOM, visitors), friday, minute, 'open_day')
        this.p.book({ at: bookedAt, ref, weeks: 1, kind: 'open_day', student: null, counsellor, room: OPEN_DAY_ROOM, start: new Date(startMs).toISOString(), capacity: OPEN_DAY_CAPACITY, entry: null })
        // Registrations come in over the days before; anonymous visitors in small groups, only counted.
        const anonymous = Array.from({ length: this.p.random.int(1, 3) }, () => this.p.random.int(2, 8))
        const spread = Math.max(HOUR, startMs - 2 * HOUR - bookedAt)
        let last = bookedAt
        const registrations: { student: number | null; anonymous: number }[] = [
          ...visitors.map((student) => ({ student, anonymous: 0 })),
          ...anonymous.map((n) => ({ student: null, anonymous: n }))
        ]
        registrations.forEach((reg, i) => {
          last = this.p.clamp(Math.max(last + MINUTE, bookedAt + Math.floor((spread * (i + 1)) / (registrations.length + 1))))
          this.p.events.push({ type: 'participant', at: last, ref, ...reg })
        })
        this.p.fate(ref, 'open_day', friday, minute, last, 0)
      }
      this.openDays++
      return
    }
  }

  /** The full-timer (from `turn` on) free for the most of the eight weeks at the group hour; null if none for four. */
  private bestRun(monday: string, weekday: number, turn: number): { counsellor: number; dates: string[] } | null {
    let best: { counsellor: number; dates: string[] } | null = null
    for (let k = 0; k < this.fullTimers; k++) {
      const counsellor = (turn + k) % this.fullTimers
      const keys = Planner.keys(counsellor, GROUP_ROOM, [])
      const dates: string[] = []
      for (let w = 0; w < GROUP_WEEKS; w++) {
        const day = addDays(monday, 7 * w + weekday - 1)
        if (!this.p.works(counsellor, day) || !this.p.isFree(keys, day, GROUP_MINUTE, 'group')) break
        dates.push(day)
      }
      if (!best || dates.length > best.dates.length) best = { counsellor, dates }
    }
    return best && best.dates.length >= 4 ? best : null
  }

  /** Up to `n` distinct students free at every one of the sessions. */
  private freeMembers(dates: readonly string[], kind: 'group' | 'open_day', n: number, minute = GROUP_MINUTE): number[] {
    const chosen = new Set<number>()
    for (let tries = 0; tries < n * 4 && chosen.size < n && this.students.length > 0; tries++) {
      const student = this.p.random.pick(this.students)
      if (dates.every((day) => this.p.isFree([`s${student}`], day, minute, kind))) chosen.add(student)
    }
    return [...chosen]
  }
}
