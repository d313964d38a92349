import type Database from 'better-sqlite3'
import type { AppointmentDto, ChannelInput } from '@shared/contract'
import { ADMIN, createUser, loginAdmin, ok, setUpCore, type TestCore, type TestUser } from '../helpers/core'
import { openDb, unwrapDek } from '../helpers/db'
import { createOrg, loginAs } from '../students/fixtures'
import { addStudent } from '../watch/helpers'

/**
 * A small centre on Monday 2026-11-02, 09:00 centre time (the test clock): two counsellors who
 * work Monday to Friday 08:00–17:00 — 张老师 (full-time) and 李老师 (part-time, station 心理学院) —
 * the front desk (前台小王), three rooms, and students in and outside the station's college.
 */
export interface World {
  core: TestCore
  raw: Database.Database
  adminId: string
  counsellor: TestUser
  partTime: TestUser
  assistant: TestUser
  rooms: { one: string; two: string; group: string }
  /** 张三, 李四 and 王小明 in 心理学院 (the part-time station); 赵六 in 外国语学院. */
  students: { zhang: string; li: string; wang: string; zhao: string }
}

/** The instant of a centre-local date and time (UTC+8 all year). */
export const at = (date: string, time: string): string => new Date(`${date}T${time}:00+08:00`).toISOString()

/** An instant as `YYYY-MM-DD HH:mm` on the centre's clock. */
export const local = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')

const WEEKDAYS = [1, 2, 3, 4, 5]

export async function setUpWorld(): Promise<World> {
  const core = await setUpCore()
  const raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
  const adminId = (await ok(core, 'app.status', {})).session!.user.id
  const org = await createOrg(core)
  const room = (name: string, kind: 'counselling' | 'group', capacity: number) =>
    ok(core, 'settings.room.create', { name, kind, location: '心理中心二楼', capacity, active: true }).then((r) => r.id)
  const rooms = { one: await room('咨询室一', 'counselling', 2), two: await room('咨询室二', 'counselling', 2), group: await room('团体活动室', 'group', 12) }
  const students = {
    zhang: await addStudent(core, { name: '张三', collegeId: org.collegeId, phone: '138 0000 0001' }),
    li: await addStudent(core, { name: '李四', collegeId: org.collegeId, phone: '138 0000 0002' }),
    wang: await addStudent(core, { name: '王小明', collegeId: org.collegeId, phone: '138 0000 0003' }),
    zhao: await addStudent(core, { name: '赵六', collegeId: org.otherCollegeId, phone: '138 0000 0004' })
  }
  const counsellor = await createUser(core, { username: 'zhanglaoshi', displayName: '张老师', role: 'counsellor' })
  const partTime = await createUser(core, { username: 'lilaoshi', displayName: '李老师', role: 'part_time' })
  const assistant = await createUser(core, { username: 'qiantai', displayName: '前台小王', role: 'assistant' })
  await ok(core, 'users.setStations', { id: partTime.id, collegeIds: [org.collegeId] })
  for (const [user, roomId] of [
    [counsellor, rooms.one],
    [partTime, rooms.two]
  ] as const) {
    await ok(core, 'appointments.availability.set', {
      userId: user.id,
      slots: WEEKDAYS.map((weekday) => ({ weekday, start: '08:00', end: '17:00', roomId, site: '主校区' }))
    })
  }
  return { core, raw, adminId, counsellor, partTime, assistant, rooms, students }
}

export type BookInput = ChannelInput<'appointments.book'>

/** An intake of 张三 with 张老师 in 咨询室一, unless overridden. */
export const bookInput = (w: World, overrides: Partial<BookInput> = {}): BookInput => ({
  kind: 'intake',
  studentId: w.students.zhang,
  counsellorId: w.counsellor.id,
  roomId: w.rooms.one,
  start: at('2026-11-03', '10:00'),
  ...overrides
})

export const book = (w: World, overrides: Partial<BookInput> = {}): Promise<AppointmentDto[]> => ok(w.core, 'appointments.book', bookInput(w, overrides))

export const bookOne = async (w: World, overrides: Partial<BookInput> = {}): Promise<AppointmentDto> => (await book(w, overrides))[0]!

/** Everything in the appointment tables: equal snapshots mean nothing was written. */
export function appointmentTables(raw: Database.Database): Record<string, unknown[]> {
  const tables = ['appointments', 'appointment_series', 'appointment_participants', 'waitlist', 'availability_slots', 'availability_exceptions', 'audit_log']
  return Object.fromEntries(tables.map((name) => [name, raw.prepare(`SELECT * FROM ${name} ORDER BY rowid`).all()]))
}

export { loginAdmin, loginAs }
