import { translate } from '@shared/i18n'
import { beforeAll, describe, expect, it } from 'vitest'
import { err, ok } from '../helpers/core'
import { appointmentTables, at, book, bookInput, bookOne, setUpWorld, type World } from './helpers'

/** Every kind of clash is refused with its own message naming the other booking; nothing is written. */
describe('booking conflicts', () => {
  let w: World

  beforeAll(async () => {
    w = await setUpWorld()
  })

  async function refused(overrides: Parameters<typeof bookInput>[1], messageKey: string, params: Record<string, string>) {
    const before = appointmentTables(w.raw)
    const error = await err(w.core, 'appointments.book', bookInput(w, overrides))
    expect(error).toMatchObject({ code: 'CONFLICT', messageKey: `errors.appointments.${messageKey}`, params })
    expect(appointmentTables(w.raw)).toEqual(before)
    return error
  }

  it('the same counsellor: refused, naming the other booking’s date and time; back-to-back is fine', async () => {
    const first = await bookOne(w, { start: at('2026-11-03', '10:00') })
    expect([first.start, first.end]).toEqual([at('2026-11-03', '10:00'), at('2026-11-03', '10:50')])
    const error = await refused({ studentId: w.students.li, roomId: w.rooms.two, start: at('2026-11-03', '10:30') }, 'clashCounsellor', {
      counsellor: '张老师',
      date: '2026-11-03',
      time: '10:00–10:50'
    })
    expect(translate('zh-CN', error.messageKey, error.params)).toBe('张老师 在 2026-11-03 10:00–10:50 已有预约，时间冲突。')
    expect(translate('en', error.messageKey, error.params)).toBe('张老师 already has an appointment on 2026-11-03 at 10:00–10:50.')
    expect(error.issues).toEqual([{ path: 'counsellorId', messageKey: 'errors.appointments.clashCounsellor', params: error.params }])
    // Ending as the other starts, or starting as it ends: half-open intervals do not overlap.
    await book(w, { studentId: w.students.li, roomId: w.rooms.two, start: at('2026-11-03', '09:10') })
    await book(w, { studentId: w.students.wang, roomId: w.rooms.two, start: at('2026-11-03', '10:50') })
  })

  it('the same room: refused; a phone/online appointment (no room) never clashes on rooms', async () => {
    await bookOne(w, { start: at('2026-11-04', '14:00'), durationMinutes: 60 })
    await refused({ counsellorId: w.partTime.id, studentId: w.students.li, start: at('2026-11-04', '14:59') }, 'clashRoom', {
      room: '咨询室一',
      date: '2026-11-04',
      time: '14:00–15:00'
    })
    const phone = await bookOne(w, { kind: 'remote', counsellorId: w.partTime.id, studentId: w.students.li, roomId: null, start: at('2026-11-04', '14:30') })
    expect([phone.roomId, phone.end]).toEqual([null, at('2026-11-04', '15:00')])
  })

  it('the same student: refused, whether the other booking is individual or a group they take part in', async () => {
    await bookOne(w, { start: at('2026-11-05', '09:00') })
    await refused({ counsellorId: w.partTime.id, roomId: w.rooms.two, start: at('2026-11-05', '09:30') }, 'clashStudent', {
      student: '张三',
      date: '2026-11-05',
      time: '09:00–09:50'
    })
    const group = await bookOne(w, { kind: 'group', studentId: null, roomId: w.rooms.group, capacity: 8, start: at('2026-11-05', '14:00') })
    await ok(w.core, 'appointments.participant.add', { appointmentId: group.id, studentId: w.students.li, anonymousCount: 0 })
    await refused({ counsellorId: w.partTime.id, studentId: w.students.li, roomId: w.rooms.two, start: at('2026-11-05', '15:00') }, 'clashStudent', {
      student: '李四',
      date: '2026-11-05',
      time: '14:00–15:30'
    })
    // 王小明 is not in the group: free at that time with another counsellor.
    await book(w, { counsellorId: w.partTime.id, studentId: w.students.wang, roomId: w.rooms.two, start: at('2026-11-05', '15:00') })
  })

  it('cancelled appointments hold nothing: their counsellor, room and student are free again', async () => {
    const first = await bookOne(w, { start: at('2026-11-06', '10:00') })
    await ok(w.core, 'appointments.cancel', { id: first.id, reason: 'student', note: '', scope: 'one' })
    const again = await bookOne(w, { start: at('2026-11-06', '10:00') })
    expect(again.status).toBe('booked')
  })

  it('outside availability: refused without a reason; with one, booked and the reason kept', async () => {
    // Monday 16:30 + 50 minutes runs past 17:00; Saturday has no hours at all.
    await refused({ start: at('2026-11-09', '16:30') }, 'outsideAvailability', { counsellor: '张老师', date: '2026-11-09', time: '16:30–17:20' })
    await refused({ start: at('2026-11-07', '10:00') }, 'outsideAvailability', { counsellor: '张老师', date: '2026-11-07', time: '10:00–10:50' })
    const error = await err(w.core, 'appointments.book', bookInput(w, { start: at('2026-11-09', '16:30'), overrideReason: '   ' }))
    expect(error.messageKey).toBe('errors.appointments.outsideAvailability')
    expect(error.issues?.[0]?.path).toBe('overrideReason')

    const booked = await bookOne(w, { start: at('2026-11-09', '16:30'), overrideReason: '学生只有下课后有空' })
    expect(booked.outsideAvailabilityReason).toBe('学生只有下课后有空')
    // Inside the hours, a reason given anyway is not kept: there was nothing to override.
    const inside = await bookOne(w, { start: at('2026-11-09', '15:00'), overrideReason: '学生只有下课后有空' })
    expect(inside.outsideAvailabilityReason).toBeNull()
    const row = w.raw.prepare('SELECT outside_availability_reason AS reason FROM appointments WHERE id = ?').get(booked.id)
    expect(row).toEqual({ reason: '学生只有下课后有空' })
  })

  it('a day of leave: refused as on leave (even inside the weekly hours); a reason books it anyway', async () => {
    await ok(w.core, 'appointments.exception.add', { userId: w.counsellor.id, from: '2026-11-10', to: '2026-11-11', kind: 'leave', note: '年假' })
    await refused({ start: at('2026-11-11', '10:00') }, 'onLeave', { counsellor: '张老师', date: '2026-11-11' })
    const booked = await bookOne(w, { kind: 'crisis', start: at('2026-11-11', '10:00'), overrideReason: '危机个案，张老师返校处理' })
    expect(booked.outsideAvailabilityReason).toBe('危机个案，张老师返校处理')
    expect(booked.end).toBe(at('2026-11-11', '11:00'))
  })

  it('the audit row of a booking holds IDs, the kind and the count, never a name or the reason', async () => {
    const booked = await bookOne(w, { start: at('2026-11-12', '10:00') })
    const row = w.raw.prepare("SELECT * FROM audit_log WHERE action = 'appointments.book' ORDER BY seq DESC LIMIT 1").get() as {
      entity_id: string
      summary: string
    }
    expect(row.entity_id).toBe(booked.id)
    expect(JSON.parse(row.summary)).toMatchObject({ kind: 'intake', count: 1, studentId: w.students.zhang })
    const everything = JSON.stringify(w.raw.prepare('SELECT * FROM audit_log').all())
    for (const word of ['张三', '李四', '张老师', '咨询室一', '学生只有下课后有空', '危机个案']) expect(everything).not.toContain(word)
  })
})
