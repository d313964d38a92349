import type { AppointmentDto } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { err, ok } from '../helpers/core'
import { appointmentTables, at, book, bookInput, bookOne, local, setUpWorld, type World } from './helpers'

/** Weekly series (all or nothing), moves and cancellations of one or the following, attendance. */
describe('series, moves, cancellations and attendance', () => {
  let w: World

  beforeAll(async () => {
    w = await setUpWorld()
  })

  const get = async (id: string): Promise<AppointmentDto> => (await ok(w.core, 'appointments.get', { id })).appointment
  const localTimes = async (series: AppointmentDto[]): Promise<string[]> => Promise.all(series.map(async (a) => local((await get(a.id)).start)))

  it('a weekly series across month and year ends keeps its centre-local time, numbered in order', async () => {
    const series = await book(w, { start: at('2026-11-24', '14:00'), repeatWeeks: 7 })
    expect(series.map((a) => local(a.start))).toEqual([
      '2026-11-24 14:00',
      '2026-12-01 14:00',
      '2026-12-08 14:00',
      '2026-12-15 14:00',
      '2026-12-22 14:00',
      '2026-12-29 14:00',
      '2027-01-05 14:00'
    ])
    expect(series.map((a) => [a.seriesIndex, a.seriesCount])).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => [i, 7]))
    expect(new Set(series.map((a) => a.seriesId)).size).toBe(1)
    expect(series.every((a) => a.end === new Date(Date.parse(a.start) + 50 * 60_000).toISOString())).toBe(true)
  })

  it('any clash refuses the whole series, naming the clashing occurrence’s date; nothing is written', async () => {
    await bookOne(w, { studentId: w.students.li, roomId: w.rooms.two, start: at('2026-11-18', '10:30') })
    const before = appointmentTables(w.raw)
    const error = await err(w.core, 'appointments.book', bookInput(w, { start: at('2026-11-04', '10:00'), repeatWeeks: 4 }))
    expect(error).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.appointments.clashCounsellor', params: { date: '2026-11-18', time: '10:30–11:20' } })
    expect(appointmentTables(w.raw)).toEqual(before)
  })

  it('move "one": only this occurrence moves (another day, time and room); the rest keep their times', async () => {
    const series = await book(w, { start: at('2026-11-05', '09:00'), repeatWeeks: 4 })
    const moved = await ok(w.core, 'appointments.move', { id: series[1]!.id, start: at('2026-11-13', '11:00'), roomId: w.rooms.two, scope: 'one' })
    expect(moved.map((a) => [a.id, local(a.start), local(a.end), a.roomId])).toEqual([[series[1]!.id, '2026-11-13 11:00', '2026-11-13 11:50', w.rooms.two]])
    expect(await localTimes(series)).toEqual(['2026-11-05 09:00', '2026-11-13 11:00', '2026-11-19 09:00', '2026-11-26 09:00'])
  })

  it('move "following": this and later booked ones take the same shift, counsellor, room and length; earlier, cancelled and attended stay', async () => {
    // Mondays 08:00 from 2026-10-26 (a past week, attended) on.
    const series = await book(w, { studentId: w.students.wang, start: at('2026-10-26', '08:00'), repeatWeeks: 5 })
    await ok(w.core, 'appointments.attend', { id: series[0]!.id })
    await ok(w.core, 'appointments.cancel', { id: series[3]!.id, reason: 'centre', note: '中心活动', scope: 'one' })
    // From the third (2026-11-09) on: to Tuesdays 15:30, with 李老师 in room two, 60 minutes.
    const moved = await ok(w.core, 'appointments.move', {
      id: series[2]!.id,
      start: at('2026-11-10', '15:30'),
      counsellorId: w.partTime.id,
      roomId: w.rooms.two,
      durationMinutes: 60,
      scope: 'following'
    })
    expect(moved.map((a) => a.id)).toEqual([series[2]!.id, series[4]!.id])
    expect(moved.every((a) => a.counsellorId === w.partTime.id && a.roomId === w.rooms.two)).toBe(true)
    expect(await localTimes(series)).toEqual(['2026-10-26 08:00', '2026-11-02 08:00', '2026-11-10 15:30', '2026-11-16 08:00', '2026-11-24 15:30'])
    expect((await get(series[4]!.id)).end).toBe(at('2026-11-24', '16:30'))
    expect((await get(series[3]!.id)).counsellorId).toBe(w.counsellor.id)
  })

  it('a move may overlap the moved appointments’ own old times; a clash with anything else refuses it all', async () => {
    const series = await book(w, { studentId: w.students.li, start: at('2026-12-03', '13:00'), repeatWeeks: 3 })
    await ok(w.core, 'appointments.move', { id: series[0]!.id, start: at('2026-12-03', '13:20'), scope: 'following' })
    expect(await localTimes(series)).toEqual(['2026-12-03 13:20', '2026-12-10 13:20', '2026-12-17 13:20'])

    await bookOne(w, { counsellorId: w.partTime.id, studentId: w.students.wang, roomId: w.rooms.one, start: at('2026-12-17', '14:30') })
    const before = appointmentTables(w.raw)
    const error = await err(w.core, 'appointments.move', { id: series[0]!.id, start: at('2026-12-03', '14:00'), scope: 'following' })
    expect(error).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.appointments.clashRoom', params: { room: '咨询室一', date: '2026-12-17' } })
    expect(appointmentTables(w.raw)).toEqual(before)
  })

  it('a move outside the hours needs a reason, kept on the moved one; moving back inside clears it', async () => {
    const one = await bookOne(w, { studentId: w.students.li, start: at('2026-12-04', '10:00') })
    const error = await err(w.core, 'appointments.move', { id: one.id, start: at('2026-12-04', '18:00'), scope: 'one' })
    expect(error.messageKey).toBe('errors.appointments.outsideAvailability')
    const [late] = await ok(w.core, 'appointments.move', { id: one.id, start: at('2026-12-04', '18:00'), scope: 'one', overrideReason: '学生白天有实验' })
    expect(late!.outsideAvailabilityReason).toBe('学生白天有实验')
    const [back] = await ok(w.core, 'appointments.move', { id: one.id, start: at('2026-12-04', '11:00'), scope: 'one' })
    expect(back!.outsideAvailabilityReason).toBeNull()
  })

  it('cancel "one" and "following", with reason and note; cancelled and attended ones cannot be changed', async () => {
    const series = await book(w, { studentId: w.students.li, start: at('2026-11-02', '16:00'), repeatWeeks: 4 })
    const [first] = await ok(w.core, 'appointments.cancel', { id: series[0]!.id, reason: 'no_show', note: '电话未接通', scope: 'one' })
    expect(first).toMatchObject({ status: 'cancelled', cancelReason: 'no_show', cancelNote: '电话未接通' })
    const row = w.raw.prepare('SELECT cancelled_at AS at FROM appointments WHERE id = ?').get(first!.id) as { at: string }
    expect(row.at).toBe(w.core.clock.now().toISOString())

    const later = await ok(w.core, 'appointments.cancel', { id: series[1]!.id, reason: 'student', note: '学期结束', scope: 'following' })
    expect(later.map((a) => [a.id, a.status, a.cancelReason])).toEqual(series.slice(1).map((a) => [a.id, 'cancelled', 'student']))

    const id = series[2]!.id
    const notBooked = { code: 'CONFLICT', messageKey: 'errors.appointments.notBooked' }
    expect(await err(w.core, 'appointments.cancel', { id, reason: 'centre', note: '', scope: 'one' })).toMatchObject(notBooked)
    expect(await err(w.core, 'appointments.move', { id, start: at('2026-11-20', '10:00'), scope: 'one' })).toMatchObject(notBooked)
    expect(await err(w.core, 'appointments.attend', { id })).toMatchObject(notBooked)
  })

  it('attend: from the appointment’s centre date on (past days too), never a future day; only once', async () => {
    const laterToday = await bookOne(w, { studentId: w.students.wang, start: at('2026-11-02', '15:00') })
    const lastWeek = await bookOne(w, { studentId: w.students.wang, start: at('2026-10-28', '15:00') })
    const tomorrow = await bookOne(w, { studentId: w.students.wang, start: at('2026-11-03', '08:00') })
    expect((await ok(w.core, 'appointments.attend', { id: laterToday.id })).status).toBe('attended')
    expect((await ok(w.core, 'appointments.attend', { id: lastWeek.id })).status).toBe('attended')
    expect(await err(w.core, 'appointments.attend', { id: tomorrow.id })).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.appointments.attendFuture' })
    expect(await err(w.core, 'appointments.attend', { id: laterToday.id })).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.appointments.notBooked' })
    expect((await get(tomorrow.id)).status).toBe('booked')
  })
})
