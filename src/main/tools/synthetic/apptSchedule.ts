import { COUNSELLING_ROOMS } from './colleges'

/**
 * The centre's week: who sits in which room when. Four full-time counsellors hold rooms 1–4 on
 * weekdays (Wednesday afternoon is the weekly review meeting); the nine part-time counsellors
 * take the other rooms by day, rooms 1–4 in the evenings, and a Saturday-morning phone/online
 * duty at their college stations. Every booking the seed makes fits one of these cells, so the
 * core's availability check passes without an override.
 */
export interface SlotPlan {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number
  start: string
  end: string
  /** A room name from ROOMS; null for phone/online hours. */
  room: string | null
  site: string
}

/** One bookable place in a counsellor's week: a 60-minute in-person cell or a 30-minute phone/online one. */
export interface Cell {
  weekday: number
  /** Minutes past midnight, centre time. */
  startMinute: number
  minutes: 30 | 60
  room: string | null
}

export interface CounsellorSchedule {
  partTime: boolean
  slots: SlotPlan[]
  cells: Cell[]
}

const MORNING = { start: 8 * 60 + 30, end: 12 * 60 }
const AFTERNOON = { start: 14 * 60, end: 17 * 60 + 30 }
const EVENING = { start: 18 * 60 + 30, end: 21 * 60 }
const SATURDAY = { start: 9 * 60, end: 12 * 60 }
const REVIEW_MEETING_WEEKDAY = 3

export const clockOf = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`

/** A half-day in a room: 50-minute sessions on the hour, and a 30-minute phone/online call to close it. */
function roomCells(weekday: number, span: { start: number; end: number }, room: string): Cell[] {
  const cells: Cell[] = []
  let at = span.start
  for (; at + 60 <= span.end - 30; at += 60) cells.push({ weekday, startMinute: at, minutes: 60, room })
  cells.push({ weekday, startMinute: at, minutes: 30, room: null })
  return cells
}

/** Phone/online hours: back-to-back 30-minute calls. */
function remoteCells(weekday: number, span: { start: number; end: number }): Cell[] {
  const cells: Cell[] = []
  for (let at = span.start; at + 30 <= span.end; at += 30) cells.push({ weekday, startMinute: at, minutes: 30, room: null })
  return cells
}

function slot(weekday: number, span: { start: number; end: number }, room: string | null, site = ''): SlotPlan {
  return { weekday, start: clockOf(span.start), end: clockOf(span.end), room, site }
}

function fullTimer(room: string): CounsellorSchedule {
  const slots: SlotPlan[] = []
  const cells: Cell[] = []
  for (let weekday = 1; weekday <= 5; weekday++) {
    const spans = weekday === REVIEW_MEETING_WEEKDAY ? [MORNING] : [MORNING, AFTERNOON]
    for (const span of spans) {
      slots.push(slot(weekday, span, room))
      cells.push(...roomCells(weekday, span, room))
    }
  }
  return { partTime: false, slots, cells }
}

/**
 * Part-timer j: three daytime half-days in the rooms the full-timers do not use (half-days j,
 * j+9, j+18 of the 30 room half-days, all at different times), two evenings in rooms 1–4, and
 * Saturday morning by phone from the station.
 */
function partTimer(j: number, station: string): CounsellorSchedule {
  const dayRooms = COUNSELLING_ROOMS.slice(4)
  const eveningRooms = COUNSELLING_ROOMS.slice(0, 4)
  const slots: SlotPlan[] = []
  const cells: Cell[] = []
  for (const k of [j, j + 9, j + 18]) {
    const room = dayRooms[Math.floor(k / 10) % dayRooms.length] as string
    const halfDay = k % 10
    const weekday = Math.floor(halfDay / 2) + 1
    const span = halfDay % 2 === 0 ? MORNING : AFTERNOON
    slots.push(slot(weekday, span, room))
    cells.push(...roomCells(weekday, span, room))
  }
  for (const k of [2 * j, 2 * j + 1]) {
    const weekday = (k % 5) + 1
    const room = eveningRooms[Math.floor(k / 5) % eveningRooms.length] as string
    slots.push(slot(weekday, EVENING, room))
    cells.push(...roomCells(weekday, EVENING, room))
  }
  slots.push(slot(6, SATURDAY, null, station))
  cells.push(...remoteCells(6, SATURDAY))
  return { partTime: true, slots, cells }
}

/**
 * The weekly schedules of `full` full-time and `partTime` part-time counsellors, in that order.
 * The room layout admits at most four full-timers and nine part-timers without two of them
 * sharing a room at the same time.
 */
export function planSchedules(full: number, partTime: number, stationOf: (j: number) => string): CounsellorSchedule[] {
  if (full > 4 || partTime > 9) throw new Error('the synthetic centre has rooms for 4 full-time and 9 part-time counsellors')
  return [
    ...Array.from({ length: full }, (_, i) => fullTimer(COUNSELLING_ROOMS[i] as string)),
    ...Array.from({ length: partTime }, (_, j) => partTimer(j, stationOf(j)))
  ]
}
