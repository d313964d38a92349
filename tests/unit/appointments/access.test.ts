import type { AppointmentDto } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { err, ok } from '../helpers/core'
import { appointmentTables, at, bookInput, bookOne, loginAdmin, loginAs, setUpWorld, type World } from './helpers'

/**
 * Roles: the front desk books for everyone but sees no notes; a part-time counsellor works on
 * their own calendar and sees other bookings only as busy time; hours are one's own to keep.
 */
describe('who may see and change appointments', () => {
  let w: World
  let mine: AppointmentDto
  let theirs: AppointmentDto
  let theirGroup: AppointmentDto

  beforeAll(async () => {
    w = await setUpWorld()
    mine = await bookOne(w, { counsellorId: w.partTime.id, roomId: w.rooms.two, start: at('2026-11-02', '10:00') })
    theirs = await bookOne(w, { studentId: w.students.li, start: at('2026-11-02', '10:00') })
    await ok(w.core, 'appointments.cancel', { id: (await bookOne(w, { studentId: w.students.wang, start: at('2026-11-02', '14:00') })).id, reason: 'student', note: '学生发烧请假', scope: 'one' })
    theirGroup = await bookOne(w, { kind: 'group', studentId: null, roomId: w.rooms.group, capacity: 6, start: at('2026-11-04', '14:00') })
    await ok(w.core, 'appointments.participant.add', { appointmentId: theirGroup.id, studentId: w.students.wang, anonymousCount: 0 })
  })

  it('part_time: their own appointments in full, everyone else’s as busy time without the student', async () => {
    await loginAs(w.core, w.partTime)
    const week = await ok(w.core, 'appointments.calendar', { from: '2026-11-02', to: '2026-11-08', includeCancelled: true })
    const byId = new Map(week.appointments.map((a) => [a.id, a]))
    expect(byId.get(mine.id)).toMatchObject({ visibility: 'full', studentName: '张三', counsellorName: '李老师' })
    expect(byId.get(theirs.id)).toMatchObject({ visibility: 'busy', studentId: null, studentName: null, studentNo: null, counsellorName: '张老师', roomName: '咨询室一' })
    const cancelled = week.appointments.find((a) => a.status === 'cancelled')!
    expect([cancelled.visibility, cancelled.cancelNote, cancelled.studentName]).toEqual(['busy', '', null])

    const opened = await ok(w.core, 'appointments.get', { id: theirGroup.id })
    expect([opened.appointment.visibility, opened.participants]).toEqual(['busy', []])
    // Today's list on the home page is their own.
    expect((await ok(w.core, 'appointments.dashboard', {})).today.map((a) => a.id)).toEqual([mine.id])
  })

  it('part_time: books, moves, cancels and attends on their own calendar only, for the students of their stations', async () => {
    await loginAs(w.core, w.partTime)
    const before = appointmentTables(w.raw)
    const notYours = { code: 'FORBIDDEN', messageKey: 'errors.appointments.notYourCalendar' }
    expect(await err(w.core, 'appointments.book', bookInput(w, { studentId: w.students.wang, start: at('2026-11-05', '10:00') }))).toMatchObject(notYours)
    expect(await err(w.core, 'appointments.move', { id: theirs.id, start: at('2026-11-02', '11:00'), scope: 'one' })).toMatchObject(notYours)
    expect(await err(w.core, 'appointments.move', { id: mine.id, start: at('2026-11-02', '11:00'), counsellorId: w.counsellor.id, scope: 'one' })).toMatchObject(notYours)
    expect(await err(w.core, 'appointments.cancel', { id: theirs.id, reason: 'centre', note: '', scope: 'one' })).toMatchObject(notYours)
    expect(await err(w.core, 'appointments.attend', { id: theirs.id })).toMatchObject(notYours)
    expect(await err(w.core, 'appointments.participant.add', { appointmentId: theirGroup.id, studentId: w.students.li, anonymousCount: 0 })).toMatchObject(notYours)
    // 赵六 studies in a college that is not their station.
    expect(
      await err(w.core, 'appointments.book', bookInput(w, { counsellorId: w.partTime.id, studentId: w.students.zhao, roomId: w.rooms.two, start: at('2026-11-05', '10:00') }))
    ).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
    expect(appointmentTables(w.raw)).toEqual(before)

    const own = await bookOne(w, { counsellorId: w.partTime.id, studentId: w.students.wang, roomId: w.rooms.two, start: at('2026-11-05', '10:00') })
    await ok(w.core, 'appointments.move', { id: own.id, start: at('2026-11-05', '11:00'), scope: 'one' })
    await ok(w.core, 'appointments.attend', { id: mine.id })
    await ok(w.core, 'appointments.cancel', { id: own.id, reason: 'student', note: '', scope: 'one' })
  })

  it('weekly hours and leave: one’s own, or anyone’s for the admin', async () => {
    const slots = [{ weekday: 6, start: '09:00', end: '12:00', roomId: null, site: '' }]
    await loginAs(w.core, w.partTime)
    const forbidden = { code: 'FORBIDDEN', messageKey: 'errors.appointments.notYourCalendar' }
    expect(await err(w.core, 'appointments.availability.set', { userId: w.counsellor.id, slots })).toMatchObject(forbidden)
    expect(await err(w.core, 'appointments.exception.add', { userId: w.counsellor.id, from: '2026-12-01', to: '2026-12-01', kind: 'leave', note: '' })).toMatchObject(forbidden)
    expect((await ok(w.core, 'appointments.availability.set', { userId: w.partTime.id, slots })).slots).toHaveLength(1)
    await ok(w.core, 'appointments.exception.add', { userId: w.partTime.id, from: '2026-12-01', to: '2026-12-01', kind: 'training', note: '' })

    await loginAs(w.core, w.counsellor)
    expect(await err(w.core, 'appointments.availability.set', { userId: w.partTime.id, slots })).toMatchObject(forbidden)
    const leave = await ok(w.core, 'appointments.exception.add', { userId: w.counsellor.id, from: '2026-12-02', to: '2026-12-03', kind: 'leave', note: '' })

    await loginAs(w.core, w.partTime)
    expect(await err(w.core, 'appointments.exception.delete', { id: leave.id })).toMatchObject(forbidden)
    // Everyone may look at anyone's hours: bookings are planned around them.
    expect((await ok(w.core, 'appointments.availability.get', { userId: w.counsellor.id })).exceptions.map((e) => e.id)).toEqual([leave.id])

    await loginAdmin(w.core)
    await ok(w.core, 'appointments.availability.set', { userId: w.partTime.id, slots: [] })
    await ok(w.core, 'appointments.exception.delete', { id: leave.id })
  })

  it('assistant: books, moves, cancels and marks attended for any counsellor; the timeline shows the bookings, not the notes', async () => {
    await loginAs(w.core, w.assistant)
    const booked = await bookOne(w, { studentId: w.students.wang, start: at('2026-11-06', '09:00') })
    await ok(w.core, 'appointments.move', { id: booked.id, start: at('2026-11-06', '09:30'), scope: 'one' })
    await ok(w.core, 'appointments.cancel', { id: booked.id, reason: 'student', note: '学生考试，下周再约', scope: 'one' })
    await ok(w.core, 'appointments.attend', { id: theirs.id })

    const timeline = (await ok(w.core, 'students.timeline', { id: w.students.wang })).filter((e) => e.kind === 'appointment')
    expect(timeline.map((e) => [e.titleKey, e.params.appointmentKind, e.params.counsellor, e.detail])).toEqual([
      ['timeline.appointments.cancelled', 'intake', '张老师', null],
      ['timeline.appointments.cancelled', 'intake', '李老师', null],
      ['timeline.appointments.booked', 'group', '张老师', null],
      ['timeline.appointments.cancelled', 'intake', '张老师', null]
    ])

    await loginAs(w.core, w.counsellor)
    const clinical = (await ok(w.core, 'students.timeline', { id: w.students.wang })).filter((e) => e.kind === 'appointment')
    expect(clinical.map((e) => e.detail)).toEqual(['学生考试，下周再约', null, null, '学生发烧请假'])
    expect(clinical[0]!.at).toBe(at('2026-11-06', '09:30'))
  })
})
