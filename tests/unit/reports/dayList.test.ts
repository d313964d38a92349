import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChannelInput } from '@shared/contract'
import type { AppointmentDto } from '@shared/contract/appointments'
import { bundledFontsDir } from '../../../src/main/core/reports/assets'
import { ChromiumPdfEngine } from '../../../src/main/core/reports/chromiumPdf'
import { dayListHtml, type DayList } from '../../../src/main/core/reports/dayList'
import { ADMIN, CENTRE, createUser, err, ok, setUpCore, type TestCore, type TestUser } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek } from '../helpers/db'
import { addStudent } from '../watch/helpers'
import { embeddedNotoFonts, inspectPdf, LETTERHEAD } from './pdfText'

const META = { printedAt: '2026-11-05T01:30:00.000Z', printedBy: '王主任' }
const DATE = '2026-11-05'

const appointment = (over: Partial<AppointmentDto>): AppointmentDto => ({
  id: '00000000-0000-4000-8000-000000000101',
  kind: 'counselling',
  status: 'booked',
  start: '2026-11-05T01:00:00.000Z',
  end: '2026-11-05T01:50:00.000Z',
  counsellorId: '00000000-0000-4000-8000-000000000201',
  counsellorName: '李老师',
  roomId: '00000000-0000-4000-8000-000000000301',
  roomName: '咨询室 1',
  studentId: '00000000-0000-4000-8000-000000000401',
  studentName: '王堃',
  studentNo: '2026000002',
  seriesId: null,
  seriesIndex: null,
  seriesCount: null,
  capacity: null,
  participantCount: 0,
  cancelReason: null,
  cancelNote: '',
  outsideAvailabilityReason: null,
  visibility: 'full',
  ...over
})

/** A hand-made day: out of order on purpose, a series, a group, a phone call, a cancellation and a hostile name. */
const DAY: DayList = {
  date: DATE,
  counsellorName: '李老师',
  appointments: [
    appointment({ id: 'a3', kind: 'group', start: '2026-11-05T06:00:00.000Z', end: '2026-11-05T07:30:00.000Z', studentId: null, studentName: null, studentNo: null, roomName: '团体辅导室', capacity: 12, participantCount: 7 }),
    appointment({ id: 'a1', seriesId: 's1', seriesIndex: 2, seriesCount: 6 }),
    appointment({ id: 'a2', kind: 'intake', start: '2026-11-05T02:00:00.000Z', end: '2026-11-05T02:50:00.000Z', studentName: '<script>alert(1)</script>赵六', studentNo: '2026000003' }),
    appointment({ id: 'a4', kind: 'remote', start: '2026-11-05T08:00:00.000Z', end: '2026-11-05T08:30:00.000Z', roomId: null, roomName: null, status: 'cancelled', cancelReason: 'no_show' }),
    appointment({ id: 'a5', kind: 'open_day', start: '2026-11-05T09:00:00.000Z', end: '2026-11-05T10:00:00.000Z', studentId: null, studentName: null, studentNo: null, roomName: '体验室', capacity: null, participantCount: 15 })
  ]
}

describe('day list template', () => {
  const html = dayListHtml(DAY, 'zh-CN', LETTERHEAD, META)

  it('escapes every piece of text a person typed', () => {
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;赵六')
  })

  it('lists the day by time on the centre clock, with the weekday, kinds, rooms, seats and statuses', () => {
    expect(html).toContain('当日预约表')
    expect(html).toContain('2026-11-05（星期四）')
    const times = [...html.matchAll(/<td class="time">([^<]+)<\/td>/g)].map((m) => m[1])
    expect(times).toEqual(['09:00–09:50', '10:00–10:50', '14:00–15:30', '16:00–16:30', '17:00–18:00'])
    for (const expected of ['个体咨询', '第 2/6 次', '初访', '团体（7/12）', '开放日（15）', '电话/线上', '已取消', '未到', '共 5 个预约，其中已取消 1 个。']) {
      expect(html).toContain(expected)
    }
    // The notice speaks of the day's work, not of the review meeting.
    expect(html).toContain('仅供当日接待与咨询使用')
    expect(html).not.toContain('研判会议')
    expect(html.match(/<td class="notes"><\/td>/g)).toHaveLength(5)
  })

  it('shows a booking seen only as busy without a student', () => {
    const busy = dayListHtml({ ...DAY, appointments: [appointment({ visibility: 'busy', studentId: null, studentName: null, studentNo: null })] }, 'en', LETTERHEAD, META)
    expect(busy).toContain('(occupied)')
    expect(busy).not.toContain('2026000002')
  })

  it('says so when the day is empty, in English too', () => {
    const empty = dayListHtml({ ...DAY, appointments: [] }, 'en', LETTERHEAD, META)
    expect(empty).toContain('No appointments on this day.')
    expect(empty).toContain('2026-11-05 (Thursday)')
    expect(empty).not.toContain('<table>')
  })
})

describe('day list PDF', () => {
  const engine = new ChromiumPdfEngine({ fontsDir: bundledFontsDir() })
  afterAll(() => engine.close())

  it('prints extractable text in the bundled font', async () => {
    const pdf = await engine.render(dayListHtml(DAY, 'zh-CN', LETTERHEAD, META))
    const { text, fonts } = inspectPdf(pdf)
    for (const expected of ['当日预约表', '李老师', '王堃', '09:00', '个体咨询', '团体辅导室', '<script>alert(1)', LETTERHEAD.name]) {
      expect(text).toContain(expected)
    }
    expect(embeddedNotoFonts(fonts).length).toBeGreaterThan(0)
  }, 60_000)
})

/** appointments.dayList.pdf end to end: bookings through the core → the core's default engine → a real PDF. */
describe('printing a counsellor\'s day list', () => {
  const DAY_DATE = '2026-11-03'
  let core: TestCore
  let raw: Database.Database
  let counsellor: TestUser

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
    await ok(core, 'settings.centre.update', { name: CENTRE, address: LETTERHEAD.address, phone: LETTERHEAD.phone, logo: null })
    counsellor = await createUser(core, { username: 'chen', displayName: '陈咨询师', role: 'counsellor' })
    const room = await ok(core, 'settings.room.create', { name: '个体咨询室1', kind: 'counselling', location: '三楼', capacity: 3, active: true })
    const groupRoom = await ok(core, 'settings.room.create', { name: '团体辅导室', kind: 'group', location: '三楼', capacity: 16, active: true })
    await ok(core, 'appointments.availability.set', {
      userId: counsellor.id,
      slots: [{ weekday: 2, start: '08:00', end: '18:00', roomId: room.id, site: '' }]
    })
    const kun = await addStudent(core, { name: '王堃' })
    const hostile = await addStudent(core, { name: '<script>x</script>赵六' })
    const book = (over: Partial<ChannelInput<'appointments.book'>>) =>
      ok(core, 'appointments.book', { kind: 'counselling', studentId: kun, counsellorId: counsellor.id, roomId: room.id, start: '2026-11-03T01:00:00.000Z', repeatWeeks: 1, ...over })
    // 01:00Z is 09:00 at the centre.
    await book({})
    await book({ kind: 'intake', studentId: hostile, start: '2026-11-03T02:00:00.000Z' })
    await book({ kind: 'group', studentId: null, roomId: groupRoom.id, start: '2026-11-03T06:00:00.000Z', capacity: 10 })
    const [cancelled] = await book({ kind: 'follow_up', start: '2026-11-03T08:00:00.000Z' })
    await ok(core, 'appointments.cancel', { id: cancelled!.id, reason: 'student', note: '', scope: 'one' })
  }, 60_000)

  it('prints the day on the centre clock with the counsellor, the students and the kinds, and audits the print', async () => {
    const before = lastSeq(raw)
    const result = await ok(core, 'appointments.dayList.pdf', { date: DAY_DATE, counsellorId: counsellor.id, locale: 'zh-CN' })
    expect(result.fileName).toBe(`day-list-${DAY_DATE}.pdf`)
    const pdf = Buffer.from(result.pdfBase64, 'base64')
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const { text } = inspectPdf(pdf)
    for (const expected of ['当日预约表', '陈咨询师', '2026-11-03（星期二）', '王堃', '09:00–09:50', '10:00–10:50', '个体咨询', '初访', '团体（0/10）', '<script>x', '个体咨询室1', ADMIN.displayName]) {
      expect(text).toContain(expected)
    }
    // The cancelled follow-up is not on the day's list.
    expect(text).not.toContain('16:00')

    const rows = auditRows(raw, before)
    expect(rows.map((r) => r.action)).toEqual(['appointments.dayList.print'])
    expect(rows[0]!.entity_id).toBe(counsellor.id)
    expect(JSON.parse(rows[0]!.summary!)).toEqual({ date: DAY_DATE, count: 3 })
  }, 60_000)

  it('prints in English', async () => {
    const result = await ok(core, 'appointments.dayList.pdf', { date: DAY_DATE, counsellorId: counsellor.id, locale: 'en' })
    const { text } = inspectPdf(Buffer.from(result.pdfBase64, 'base64'))
    for (const expected of ['Day list', '2026-11-03 (Tuesday)', 'Counselling', 'Intake', 'Group (0/10)', '王堃']) expect(text).toContain(expected)
  }, 60_000)

  it('refuses an unknown counsellor and prints nothing', async () => {
    const before = lastSeq(raw)
    const error = await err(core, 'appointments.dayList.pdf', { date: DAY_DATE, counsellorId: '00000000-0000-4000-8000-000000000999', locale: 'zh-CN' })
    expect(error.code).toBe('NOT_FOUND')
    expect(auditRows(raw, before)).toEqual([])
  })
})
