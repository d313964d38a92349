import { beforeAll, describe, expect, it } from 'vitest'
import { err, ok } from '../helpers/core'
import { advance, DAY } from '../watch/helpers'
import { appointmentTables, at, bookInput, bookOne, setUpWorld, type World } from './helpers'

/** Group sessions and open days (capacity, participants), and the waitlist. */
describe('groups, open days and the waitlist', () => {
  let w: World

  beforeAll(async () => {
    w = await setUpWorld()
  })

  const openDay = (capacity: number, date = '2026-11-06') =>
    bookOne(w, { kind: 'open_day', studentId: null, roomId: w.rooms.group, capacity, start: at(date, '14:00') })
  const addStudent = (appointmentId: string, studentId: string) => ok(w.core, 'appointments.participant.add', { appointmentId, studentId, anonymousCount: 0 })

  it('the shape of a booking: individual kinds need a student; group kinds take none, and an open day a capacity', async () => {
    const before = appointmentTables(w.raw)
    const cases = [
      [{ studentId: null }, 'studentId', 'validation.required'],
      [{ capacity: 5 }, 'capacity', 'errors.appointments.capacityGroupOnly'],
      [{ kind: 'group' as const }, 'studentId', 'errors.appointments.groupHasNoStudent'],
      [{ kind: 'open_day' as const, studentId: null }, 'capacity', 'validation.required']
    ] as const
    for (const [overrides, path, messageKey] of cases) {
      const error = await err(w.core, 'appointments.book', bookInput(w, { ...overrides, start: at('2026-11-04', '10:00') }))
      expect(error, messageKey).toMatchObject({ code: 'VALIDATION', issues: [{ path, messageKey }] })
    }
    expect(appointmentTables(w.raw)).toEqual(before)
  })

  it('an open day counts roster students and anonymous visitors up to its capacity; a full one takes no more', async () => {
    const day = await openDay(5)
    expect([day.kind, day.capacity, day.participantCount, day.studentId]).toEqual(['open_day', 5, 0, null])
    await ok(w.core, 'appointments.participant.add', { appointmentId: day.id, studentId: null, anonymousCount: 3 })
    await addStudent(day.id, w.students.zhang)
    const result = await addStudent(day.id, w.students.li)
    expect(result.appointment.participantCount).toBe(5)
    expect(result.participants.map((p) => [p.studentName, p.anonymousCount])).toEqual([
      [null, 3],
      ['张三', 0],
      ['李四', 0]
    ])
    const before = appointmentTables(w.raw)
    expect(await err(w.core, 'appointments.participant.add', { appointmentId: day.id, studentId: w.students.wang, anonymousCount: 0 })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.appointments.full',
      params: { capacity: 5 }
    })
    expect(await err(w.core, 'appointments.participant.add', { appointmentId: day.id, studentId: null, anonymousCount: 1 })).toMatchObject({
      messageKey: 'errors.appointments.full'
    })
    expect(appointmentTables(w.raw)).toEqual(before)

    // Taking someone off frees their seat.
    const zhang = result.participants.find((p) => p.studentName === '张三')!
    const after = await ok(w.core, 'appointments.participant.remove', { participantId: zhang.id })
    expect(after.appointment.participantCount).toBe(4)
    expect((await addStudent(day.id, w.students.wang)).appointment.participantCount).toBe(5)
  })

  it('a student joins a session once, not while booked elsewhere; individual appointments take no participants', async () => {
    const group = await bookOne(w, { kind: 'group', studentId: null, roomId: w.rooms.group, capacity: 10, start: at('2026-11-05', '14:00') })
    expect(group.end).toBe(at('2026-11-05', '15:30'))
    await addStudent(group.id, w.students.zhang)
    expect(await err(w.core, 'appointments.participant.add', { appointmentId: group.id, studentId: w.students.zhang, anonymousCount: 0 })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.appointments.alreadyParticipant'
    })
    await bookOne(w, { counsellorId: w.partTime.id, studentId: w.students.li, roomId: w.rooms.two, start: at('2026-11-05', '15:00') })
    expect(await err(w.core, 'appointments.participant.add', { appointmentId: group.id, studentId: w.students.li, anonymousCount: 0 })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.appointments.clashStudent',
      params: { student: '李四', date: '2026-11-05', time: '15:00–15:50' }
    })
    const single = await bookOne(w, { studentId: w.students.wang, start: at('2026-11-05', '10:00') })
    expect(await err(w.core, 'appointments.participant.add', { appointmentId: single.id, studentId: w.students.li, anonymousCount: 0 })).toMatchObject({
      messageKey: 'errors.appointments.notGroup'
    })
    // Either a student or a number of visitors.
    expect(await err(w.core, 'appointments.participant.add', { appointmentId: group.id, studentId: w.students.wang, anonymousCount: 2 })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'anonymousCount', messageKey: 'errors.appointments.studentOrAnonymous' }]
    })
    expect(await err(w.core, 'appointments.participant.add', { appointmentId: group.id, studentId: null, anonymousCount: 0 })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'anonymousCount', messageKey: 'validation.min' }]
    })
  })

  it('the waitlist: urgent first, then the longest waiting; a student is on it once', async () => {
    await ok(w.core, 'appointments.waitlist.add', { studentId: w.students.zhang, urgency: 'routine', note: '' })
    await advance(w.core, 30 * 60_000)
    await ok(w.core, 'appointments.waitlist.add', { studentId: w.students.li, urgency: 'urgent', note: '辅导员转介' })
    await ok(w.core, 'appointments.waitlist.add', { studentId: w.students.wang, urgency: 'routine', note: '' })
    const list = await ok(w.core, 'appointments.waitlist.list', {})
    expect(list.map((e) => [e.studentName, e.urgency, e.phone])).toEqual([
      ['李四', 'urgent', '138 0000 0002'],
      ['张三', 'routine', '138 0000 0001'],
      ['王小明', 'routine', '138 0000 0003']
    ])
    expect(await err(w.core, 'appointments.waitlist.add', { studentId: w.students.zhang, urgency: 'soon', note: '' })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.appointments.alreadyWaiting'
    })
  })

  it('booking from the waitlist closes the entry in the same transaction; a refused booking leaves it open', async () => {
    const [li] = (await ok(w.core, 'appointments.waitlist.list', {})).filter((e) => e.studentName === '李四')
    // 张老师 runs the group session then.
    const before = appointmentTables(w.raw)
    const clash = await err(w.core, 'appointments.book', bookInput(w, { studentId: w.students.li, roomId: w.rooms.group, start: at('2026-11-05', '14:30'), waitlistId: li!.id }))
    expect(clash.code).toBe('CONFLICT')
    expect(appointmentTables(w.raw)).toEqual(before)
    // Another student's entry cannot be used.
    expect(await err(w.core, 'appointments.book', bookInput(w, { studentId: w.students.zhang, start: at('2026-11-09', '10:00'), waitlistId: li!.id }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.appointments.waitlistOtherStudent'
    })
    expect(appointmentTables(w.raw)).toEqual(before)

    const booked = await bookOne(w, { studentId: w.students.li, start: at('2026-11-09', '10:00'), waitlistId: li!.id })
    expect((await ok(w.core, 'appointments.waitlist.list', {})).map((e) => e.studentName)).toEqual(['张三', '王小明'])
    expect(w.raw.prepare('SELECT closed_reason AS reason, appointment_id AS appointmentId, closed_at AS closedAt FROM waitlist WHERE id = ?').get(li!.id)).toEqual({
      reason: 'booked',
      appointmentId: booked.id,
      closedAt: w.core.clock.now().toISOString()
    })
    expect(await err(w.core, 'appointments.book', bookInput(w, { studentId: w.students.li, start: at('2026-11-10', '10:00'), waitlistId: li!.id }))).toMatchObject({
      messageKey: 'errors.appointments.waitlistClosed'
    })
  })

  it('taking a student off the list keeps the entry, closed; the dashboard shows length and oldest wait in centre days', async () => {
    const [wang] = (await ok(w.core, 'appointments.waitlist.list', {})).filter((e) => e.studentName === '王小明')
    await ok(w.core, 'appointments.waitlist.remove', { id: wang!.id, reason: 'booked_elsewhere' })
    expect(w.raw.prepare('SELECT closed_reason AS reason FROM waitlist WHERE id = ?').get(wang!.id)).toEqual({ reason: 'booked_elsewhere' })
    expect(await err(w.core, 'appointments.waitlist.remove', { id: wang!.id, reason: 'withdrawn' })).toMatchObject({ messageKey: 'errors.appointments.waitlistClosed' })

    expect(await ok(w.core, 'appointments.dashboard', {})).toMatchObject({ waitlistLength: 1, oldestWaitDays: 0 })
    // 张三 was added on Monday 09:00; on Wednesday evening they have waited two centre days.
    await advance(w.core, 2 * DAY + 10 * 3600_000)
    expect(await ok(w.core, 'appointments.dashboard', {})).toMatchObject({ waitlistLength: 1, oldestWaitDays: 2 })
  })
})
