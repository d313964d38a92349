import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import type { AppointmentDto } from '@shared/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core'
import { callOrThrow } from '../../../src/main/tools/coreCall'
import { seedAppointmentPlan, seedCollege, type SeedSummary } from '../../../src/main/tools/seedCollege'
import { addDays, centreMs, mondayOf } from '../../../src/main/tools/synthetic/apptCalendar'
import type { AppointmentPlan } from '../../../src/main/tools/synthetic/apptPlan'
import { HistoryCalendar } from '../../../src/main/tools/synthetic/history'
import { planStaff } from '../../../src/main/tools/synthetic/org'
import { rosterRows } from '../../../src/main/tools/synthetic/roster'
import { syntheticStudents } from '../../../src/main/tools/synthetic/students'

dayjs.extend(utc)

const PASSWORD = 'demo-password-1'
const STUDENTS = 300
const SEED = 11
/** A fixed end of the history, so that the plan below is the one the seed replayed. */
const NOW = new Date('2026-10-15T04:00:00.000Z')
/** One year at a small centre's scale (the bench seeds 12,000 a year for five). */
const PER_YEAR = 400

function expectedPlan(seed = SEED): { plan: AppointmentPlan; studentNos: string[] } {
  const rows = rosterRows(syntheticStudents({ students: STUDENTS, seed }), seed)
  const { staff } = planStaff(seed)
  const notBeforeMs = new HistoryCalendar(NOW).at(0, 8 * 60)
  const plan = seedAppointmentPlan({ seed, now: NOW, appointmentYears: 1, appointmentsPerYear: PER_YEAR, rows, staff, notBeforeMs })
  return { plan, studentNos: rows.map((r) => r.student.studentNo) }
}

/** Every planned appointment as "kind start counsellor-index status", one per occurrence of a series. */
function plannedRows(plan: AppointmentPlan): string[] {
  const status = new Map<number, string>()
  for (const e of plan.events) {
    if (e.type === 'cancel') status.set(e.ref, 'cancelled')
    if (e.type === 'attend') status.set(e.ref, 'attended')
  }
  return plan.events.flatMap((e) =>
    e.type !== 'book'
      ? []
      : Array.from({ length: e.weeks }, (_, k) => {
          const start = dayjs.utc(e.start).add(7 * k, 'day').toISOString()
          return `${e.kind} ${start} ${e.counsellor} ${status.get(e.ref + k) ?? 'booked'}`
        })
  )
}

let root: string
let seeded: SeedSummary
let core: Core
let stored: AppointmentDto[]
let clinicalIds: string[]

// One seed for the file: 17 key derivations and a year of bookings through the core.
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'xinan-seed-appointments-'))
  const dataDir = join(root, 'data')
  seeded = await seedCollege({ dataDir, password: PASSWORD, students: STUDENTS, seed: SEED, now: NOW, appointmentYears: 1, appointmentsPerYear: PER_YEAR })
  core = createCore({ dataDir, idleCheckMs: 3_600_000 })
  await callOrThrow(core, 'auth.login', { username: 'admin', password: PASSWORD })
  const users = await callOrThrow(core, 'users.list', {})
  clinicalIds = [...users.filter((u) => u.role === 'counsellor'), ...users.filter((u) => u.role === 'part_time')]
    .sort((a, b) => a.username.localeCompare(b.username, 'en', { numeric: true }))
    .map((u) => u.id)
  const range = expectedPlan().plan.range
  stored = []
  for (let from = range?.from ?? ''; range && from <= range.to; from = addDays(from, 42)) {
    const to = addDays(from, 41)
    const view = await callOrThrow(core, 'appointments.calendar', { from, to, includeCancelled: true })
    // A window returns what overlaps it; keep each appointment in the window it starts in.
    stored.push(...view.appointments.filter((a) => a.start >= new Date(centreMs(from, 0)).toISOString() && a.start < new Date(centreMs(addDays(to, 1), 0)).toISOString()))
  }
}, 240_000)

afterAll(async () => {
  await core.close()
  rmSync(root, { recursive: true, force: true })
})

describe('the appointment plan', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(expectedPlan().plan.events).toEqual(expectedPlan().plan.events)
    expect(plannedRows(expectedPlan(SEED + 1).plan)).not.toEqual(plannedRows(expectedPlan().plan))
  })

  it('holds about the asked number of appointments, of every kind, mostly attended and about one in ten cancelled', () => {
    const { counts } = expectedPlan().plan
    expect(counts.appointments).toBeGreaterThan(PER_YEAR * 0.9)
    expect(counts.appointments).toBeLessThan(PER_YEAR * 1.3)
    for (const kind of ['intake', 'counselling', 'follow_up', 'group', 'open_day', 'remote'] as const) expect(counts.byKind[kind]).toBeGreaterThan(0)
    expect(counts.series).toBeGreaterThan(10)
    expect(counts.fates.cancelled / counts.appointments).toBeGreaterThan(0.05)
    expect(counts.fates.cancelled / counts.appointments).toBeLessThan(0.15)
    expect(counts.fates.attended).toBeGreaterThan(counts.appointments * 0.75)
  })
})

describe('a seed with a year of appointments', () => {
  it('stores exactly the planned appointments, through the core, with their planned statuses', () => {
    const { plan } = expectedPlan()
    const index = new Map(clinicalIds.map((id, i) => [id, i]))
    const actual = stored.map((a) => `${a.kind} ${a.start} ${index.get(a.counsellorId)} ${a.status}`)
    expect(actual.sort()).toEqual(plannedRows(plan).sort())
    expect(seeded.appointments.appointments).toBe(plan.counts.appointments)
    // Series were booked in one call each: their occurrences share a series id.
    expect(new Set(stored.filter((a) => a.seriesId !== null).map((a) => a.seriesId)).size).toBe(plan.counts.series + plan.counts.groupProgrammes)
  })

  it('books nothing on anyone\'s leave, and never two at once for a counsellor, a room or a student', () => {
    const live = stored.filter((a) => a.status !== 'cancelled')
    for (const key of ['counsellorId', 'roomId', 'studentId'] as const) {
      const byOwner = new Map<string, AppointmentDto[]>()
      for (const a of live) if (a[key]) byOwner.set(a[key], [...(byOwner.get(a[key]) ?? []), a])
      for (const list of byOwner.values()) {
        list.sort((x, y) => x.start.localeCompare(y.start))
        list.forEach((a, i) => i > 0 && expect(a.start >= (list[i - 1] as AppointmentDto).end).toBe(true))
      }
    }
    expect(stored.every((a) => a.outsideAvailabilityReason === null)).toBe(true)
  })

  it('shows a busy week in the calendar of all counsellors', async () => {
    const weeks = new Map<string, number>()
    for (const a of stored.filter((x) => x.status !== 'cancelled')) {
      const monday = mondayOf(dayjs.utc(a.start).add(8, 'hour').format('YYYY-MM-DD'))
      weeks.set(monday, (weeks.get(monday) ?? 0) + 1)
    }
    const [monday, count] = [...weeks].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
    const view = await callOrThrow(core, 'appointments.calendar', { from: monday, to: addDays(monday, 6) })
    expect(count).toBeGreaterThan(5)
    expect(view.appointments).toHaveLength(count)
    expect(view.available.length).toBeGreaterThan(20)
  })

  it('sets everyone\'s weekly hours and leave, fills groups and open days, and leaves a waitlist', async () => {
    const { plan } = expectedPlan()
    let slots = 0
    let exceptions = 0
    for (const userId of clinicalIds) {
      const availability = await callOrThrow(core, 'appointments.availability.get', { userId })
      expect(availability.slots.length).toBeGreaterThan(0)
      slots += availability.slots.length
      exceptions += availability.exceptions.length
    }
    expect(slots).toBe(seeded.appointments.slots)
    expect(exceptions).toBe(plan.counts.exceptions)
    const group = stored.find((a) => a.kind === 'group' && a.status !== 'cancelled')
    const openDay = stored.find((a) => a.kind === 'open_day')
    expect(group?.participantCount).toBeGreaterThanOrEqual(6)
    expect(openDay?.participantCount).toBeGreaterThan(2)
    const waiting = await callOrThrow(core, 'appointments.waitlist.list', {})
    expect(waiting).toHaveLength(20)
    expect(plan.counts.waitlistBooked).toBeGreaterThan(0)
    expect((await callOrThrow(core, 'audit.verify', {})).ok).toBe(true)
  })
})
