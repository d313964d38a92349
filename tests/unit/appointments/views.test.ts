import { beforeAll, describe, expect, it } from 'vitest'
import { err, ok } from '../helpers/core'
import { auditRows, lastSeq } from '../helpers/db'
import { appointmentTables, at, bookOne, local, setUpWorld, type World } from './helpers'

/** The calendar, weekly hours, settings, reminder list, a student's appointments. */
describe('calendar and lists', () => {
  let w: World

  beforeAll(async () => {
    w = await setUpWorld()
  })

  it('settings: default lengths per kind (50-minute counselling) used by a booking without a length; admin may change them', async () => {
    const defaults = await ok(w.core, 'appointments.settings.get', {})
    expect(defaults).toMatchObject({ dayStart: '08:00', dayEnd: '21:00', minutes: { counselling: 50, crisis: 60, group: 90, remote: 30 } })
    await ok(w.core, 'appointments.settings.update', { ...defaults, minutes: { ...defaults.minutes, counselling: 45 } })
    const booked = await bookOne(w, { kind: 'counselling', start: at('2026-11-02', '13:00') })
    expect(local(booked.end)).toBe('2026-11-02 13:45')
    const longer = await bookOne(w, { kind: 'counselling', start: at('2026-11-02', '14:00'), durationMinutes: 90 })
    expect(local(longer.end)).toBe('2026-11-02 15:30')
    expect(await err(w.core, 'appointments.settings.update', { ...defaults, dayStart: '20:00', dayEnd: '08:00' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'dayEnd', messageKey: 'errors.appointments.endBeforeStart' }]
    })
  })

  it('weekly hours are replaced as a whole; a slot must end after it starts, not overlap another that day, and use a room in use', async () => {
    const closed = await ok(w.core, 'settings.room.create', { name: '旧咨询室', kind: 'counselling', location: '', capacity: 1, active: false })
    const before = appointmentTables(w.raw)
    const slot = (weekday: number, start: string, end: string, roomId: string | null = null) => ({ weekday, start, end, roomId, site: '' })
    const refused = async (slots: ReturnType<typeof slot>[], issue: object) => {
      expect(await err(w.core, 'appointments.availability.set', { userId: w.partTime.id, slots })).toMatchObject({ code: 'VALIDATION', issues: [issue] })
    }
    await refused([slot(1, '10:00', '10:00')], { path: 'slots.0.end', messageKey: 'errors.appointments.endBeforeStart' })
    await refused([slot(1, '08:00', '12:00'), slot(2, '08:00', '12:00'), slot(1, '11:00', '13:00')], {
      path: 'slots.2.start',
      messageKey: 'errors.appointments.slotOverlap',
      params: { other: 1 }
    })
    await refused([slot(3, '08:00', '12:00', closed.id)], { path: 'slots.0.roomId', messageKey: 'errors.appointments.roomNotInUse' })
    expect(appointmentTables(w.raw)).toEqual(before)

    // Touching slots are fine.
    const saved = await ok(w.core, 'appointments.availability.set', { userId: w.partTime.id, slots: [slot(3, '13:00', '17:00', w.rooms.two), slot(3, '08:00', '13:00')] })
    expect(saved.slots.map((s) => [s.weekday, s.start, s.end, s.roomId])).toEqual([
      [3, '08:00', '13:00', null],
      [3, '13:00', '17:00', w.rooms.two]
    ])
    expect(await err(w.core, 'appointments.exception.add', { userId: w.partTime.id, from: '2026-11-10', to: '2026-11-09', kind: 'leave', note: '' })).toMatchObject({
      issues: [{ path: 'to', messageKey: 'errors.appointments.toBeforeFrom' }]
    })
  })

  it('the calendar: appointments overlapping the days (centre time), each counsellor’s free hours less leave, filters', async () => {
    await ok(w.core, 'appointments.exception.add', { userId: w.counsellor.id, from: '2026-11-18', to: '2026-11-18', kind: 'training', note: '督导培训' })
    const late = await bookOne(w, { kind: 'crisis', studentId: w.students.li, roomId: null, start: at('2026-11-15', '22:00'), durationMinutes: 240, overrideReason: '夜间危机' })
    const monday = await bookOne(w, { studentId: w.students.wang, start: at('2026-11-16', '09:00') })
    const other = await bookOne(w, { counsellorId: w.partTime.id, studentId: w.students.zhang, roomId: w.rooms.two, start: at('2026-11-18', '09:00') })
    const cancelled = await bookOne(w, { studentId: w.students.zhang, start: at('2026-11-20', '09:00') })
    await ok(w.core, 'appointments.cancel', { id: cancelled.id, reason: 'centre', note: '', scope: 'one' })

    const before = lastSeq(w.raw)
    const week = await ok(w.core, 'appointments.calendar', { from: '2026-11-16', to: '2026-11-22', includeCancelled: false })
    // A calendar opens no student record: not audited.
    expect(auditRows(w.raw, before)).toEqual([])
    // Sunday night's crisis session runs into Monday, so Monday's view shows it.
    expect(week.appointments.map((a) => a.id)).toEqual([late.id, monday.id, other.id])
    expect((await ok(w.core, 'appointments.calendar', { from: '2026-11-16', to: '2026-11-22', includeCancelled: true })).appointments.map((a) => a.id)).toContain(cancelled.id)
    expect((await ok(w.core, 'appointments.calendar', { from: '2026-11-09', to: '2026-11-15', includeCancelled: false })).appointments.map((a) => a.id)).toEqual([late.id])

    // 张老师: Monday–Friday 08:00–17:00 except the training day; 李老师 only on Wednesday now.
    const free = week.available.filter((a) => a.userId === w.counsellor.id).map((a) => `${local(a.start)}–${local(a.end).slice(11)}`)
    expect(free).toEqual(['2026-11-16 08:00–17:00', '2026-11-17 08:00–17:00', '2026-11-19 08:00–17:00', '2026-11-20 08:00–17:00'])
    expect(week.available.filter((a) => a.userId === w.partTime.id).map((a) => local(a.start))).toEqual(['2026-11-18 08:00', '2026-11-18 13:00'])
    expect(week.exceptions.map((e) => [e.userId, e.from, e.kind])).toEqual([[w.counsellor.id, '2026-11-18', 'training']])

    const byCounsellor = await ok(w.core, 'appointments.calendar', { from: '2026-11-16', to: '2026-11-22', counsellorIds: [w.partTime.id], includeCancelled: false })
    expect(byCounsellor.appointments.map((a) => a.id)).toEqual([other.id])
    expect(new Set(byCounsellor.available.map((a) => a.userId))).toEqual(new Set([w.partTime.id]))
    const byRoom = await ok(w.core, 'appointments.calendar', { from: '2026-11-16', to: '2026-11-22', roomIds: [w.rooms.two], includeCancelled: false })
    expect(byRoom.appointments.map((a) => a.id)).toEqual([other.id])
    expect(byRoom.available.map((a) => [a.userId, a.roomId])).toEqual([[w.partTime.id, w.rooms.two]])
  })

  it('the calendar refuses a range that ends before it starts, an impossible date or more than six weeks', async () => {
    const refused = async (from: string, to: string, issue: object) =>
      expect(await err(w.core, 'appointments.calendar', { from, to, includeCancelled: false })).toMatchObject({ code: 'VALIDATION', issues: [issue] })
    await refused('2026-11-16', '2026-11-15', { path: 'to', messageKey: 'errors.appointments.toBeforeFrom' })
    await refused('2026-02-30', '2026-03-01', { path: 'from', messageKey: 'validation.date' })
    await refused('2026-11-01', '2026-12-13', { path: 'to', messageKey: 'errors.appointments.rangeTooLong' })
    await ok(w.core, 'appointments.calendar', { from: '2026-11-01', to: '2026-12-12', includeCancelled: false })
  })

  it('the reminder list: a day’s booked appointments with phone numbers, each roster participant of a group; audited', async () => {
    const single = await bookOne(w, { studentId: w.students.wang, start: at('2026-11-24', '09:00') })
    const group = await bookOne(w, { kind: 'group', studentId: null, roomId: w.rooms.group, capacity: 8, start: at('2026-11-24', '14:00') })
    await ok(w.core, 'appointments.participant.add', { appointmentId: group.id, studentId: w.students.li, anonymousCount: 0 })
    await ok(w.core, 'appointments.participant.add', { appointmentId: group.id, studentId: null, anonymousCount: 4 })
    await ok(w.core, 'appointments.participant.add', { appointmentId: group.id, studentId: w.students.zhang, anonymousCount: 0 })
    const gone = await bookOne(w, { studentId: w.students.zhao, start: at('2026-11-24', '11:00') })
    await ok(w.core, 'appointments.cancel', { id: gone.id, reason: 'student', note: '', scope: 'one' })

    const before = lastSeq(w.raw)
    const list = await ok(w.core, 'appointments.remindList', { date: '2026-11-24' })
    expect(list.map((r) => [r.appointment.id, r.appointment.studentName, r.phone])).toEqual([
      [single.id, '王小明', '138 0000 0003'],
      [group.id, '李四', '138 0000 0002'],
      [group.id, '张三', '138 0000 0001']
    ])
    expect(auditRows(w.raw, before).map((r) => [r.action, r.summary])).toEqual([['appointments.remindList', '{"date":"2026-11-24","entries":3}']])
  })

  it('a student’s appointments, newest first, alone or in a group; opening one is audited', async () => {
    const list = await ok(w.core, 'appointments.forStudent', { studentId: w.students.li })
    expect(list.map((a) => [local(a.start), a.kind])).toEqual([
      ['2026-11-24 14:00', 'group'],
      ['2026-11-15 22:00', 'crisis']
    ])
    const before = lastSeq(w.raw)
    const opened = await ok(w.core, 'appointments.get', { id: list[0]!.id })
    expect(opened.participants.map((p) => p.studentName)).toEqual(['李四', null, '张三'])
    expect(auditRows(w.raw, before).map((r) => [r.action, r.entity, r.entity_id])).toEqual([['appointments.view', 'appointment', list[0]!.id]])
  })
})
