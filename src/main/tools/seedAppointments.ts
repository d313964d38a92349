import type { MeteredCaller } from './meter'
import type { SeedAct } from './seedTimeline'
import type { AppointmentPlan } from './synthetic/apptPlan'
import type { ApptEvent } from './synthetic/apptPlanner'

export interface AppointmentSeedInput {
  caller: MeteredCaller
  plan: AppointmentPlan
  /** User id by schedule index: the full-time counsellors, then the part-time ones. */
  counsellorIds: readonly string[]
  /** Student id by roster row index. */
  studentIds: readonly string[]
  /** Room id by room name. */
  roomIds: ReadonlyMap<string, string>
}

const lookup = (list: readonly (string | undefined)[], index: number, what: string): string => {
  const found = list[index]
  if (found === undefined) throw new Error(`no stored ${what} for plan index ${index}`)
  return found
}

function roomId(roomIds: ReadonlyMap<string, string>, name: string | null): string | null {
  if (name === null) return null
  const id = roomIds.get(name)
  if (id === undefined) throw new Error(`no stored room ${name}`)
  return id
}

/** Each counsellor's weekly hours, as the admin sets them in the availability editor. Returns the slots stored. */
export async function seedAvailability(input: Omit<AppointmentSeedInput, 'studentIds'>): Promise<number> {
  let stored = 0
  for (const [i, schedule] of input.plan.schedules.entries()) {
    const result = await input.caller.call('appointments.availability.set', {
      userId: lookup(input.counsellorIds, i, 'counsellor'),
      slots: schedule.slots.map((s) => ({
        weekday: s.weekday,
        start: s.start,
        end: s.end,
        roomId: roomId(input.roomIds, s.room),
        site: s.site
      }))
    })
    stored += result.slots.length
  }
  return stored
}

/**
 * The planned appointment history as acts through the core as the admin (the front desk's
 * and the counsellors' work alike): leave, waitlist entries, bookings (a series in one call),
 * participants, cancellations and attendance, each at its planned time.
 */
export function appointmentActs(input: AppointmentSeedInput): SeedAct[] {
  const { caller } = input
  const appointmentIds: string[] = []
  const waitlistIds: string[] = []
  const counsellor = (i: number): string => lookup(input.counsellorIds, i, 'counsellor')
  const student = (i: number | null): string | null => (i === null ? null : lookup(input.studentIds, i, 'student'))
  const appointment = (ref: number): string => lookup(appointmentIds, ref, 'appointment')

  async function act(event: ApptEvent): Promise<void> {
    switch (event.type) {
      case 'exception':
        await caller.call('appointments.exception.add', { userId: counsellor(event.counsellor), from: event.from, to: event.to, kind: event.kind, note: event.note })
        return
      case 'waitlist': {
        const entry = await caller.call('appointments.waitlist.add', { studentId: lookup(input.studentIds, event.student, 'student'), urgency: event.urgency, note: event.note })
        waitlistIds[event.entry] = entry.id
        return
      }
      case 'book': {
        const booked = await caller.call('appointments.book', {
          kind: event.kind,
          studentId: student(event.student),
          counsellorId: counsellor(event.counsellor),
          roomId: roomId(input.roomIds, event.room),
          start: event.start,
          repeatWeeks: event.weeks,
          ...(event.capacity === null ? {} : { capacity: event.capacity }),
          ...(event.entry === null ? {} : { waitlistId: lookup(waitlistIds, event.entry, 'waitlist entry') })
        })
        if (booked.length !== event.weeks) throw new Error(`booked ${booked.length} of a series of ${event.weeks}`)
        booked.forEach((a, k) => (appointmentIds[event.ref + k] = a.id))
        return
      }
      case 'participant':
        await caller.call('appointments.participant.add', { appointmentId: appointment(event.ref), studentId: student(event.student), anonymousCount: event.anonymous })
        return
      case 'cancel':
        await caller.call('appointments.cancel', { id: appointment(event.ref), reason: event.reason, note: event.note, scope: 'one' })
        return
      case 'attend':
        await caller.call('appointments.attend', { id: appointment(event.ref) })
        return
    }
  }

  return input.plan.events.map((event) => ({ at: event.at, run: () => act(event) }))
}
