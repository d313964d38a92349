// `expect` from Playwright itself: fixtures.ts imports this file to set centres up.
import { expect, type APIRequestContext } from '@playwright/test'
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import { centreDate, centreDayStartUtc } from '../../src/shared/centreTime'

dayjs.extend(utc)

/** A call to the core over browser mode's /rpc, as the page makes it; fails the test if refused. */
export type Rpc = <T = unknown>(channel: string, input: Record<string, unknown>) => Promise<T>
export type Answer = { ok: boolean; value?: unknown; error?: { code: string; messageKey?: string } }

/** Sends one call and returns the core's answer as it is (for tests of refusals). */
export function sender(request: APIRequestContext, serverUrl: string): (channel: string, input: Record<string, unknown>) => Promise<Answer> {
  const url = new URL(serverUrl)
  const token = url.searchParams.get('token') ?? ''
  // A fresh connection per call: a POST on a reused socket the server is closing is not retried.
  return async (channel, input) => {
    const response = await request.post(`${url.origin}/rpc/${channel}`, { data: { input }, headers: { 'X-XinAn-Token': token, Connection: 'close' } })
    return (await response.json()) as Answer
  }
}

export function rpcFor(request: APIRequestContext, serverUrl: string): Rpc {
  const send = sender(request, serverUrl)
  return async <T,>(channel: string, input: Record<string, unknown>) => {
    const body = await send(channel, input)
    expect(body.ok, `${channel} → ${JSON.stringify(body)}`).toBe(true)
    return body.value as T
  }
}

/**
 * The same calls over Node's own fetch, throwing a plain error when refused: for setting up a
 * server ahead of the test that will use it (fixtures.ts), outside any test's steps and trace.
 */
export function strictRpc(serverUrl: string): Rpc {
  const url = new URL(serverUrl)
  const token = url.searchParams.get('token') ?? ''
  return async <T,>(channel: string, input: Record<string, unknown>) => {
    const response = await fetch(`${url.origin}/rpc/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-XinAn-Token': token },
      body: JSON.stringify({ input })
    })
    const body = (await response.json()) as Answer
    if (!body.ok) throw new Error(`${channel} → ${JSON.stringify(body)}`)
    return body.value as T
  }
}

/** What a centre is set up with: its name and its first admin (a type, so it passes as an rpc input). */
export type CentreSetup = {
  centreName: string
  admin: { username: string; displayName: string; password: string }
}

/**
 * Sets the centre up through the core's HTTP API (the setup screens have their own tests) and
 * confirms the recovery code, so loading the page shows the unlocked shell. The core's session is
 * the process's, so the returned `rpc` acts as the same user as the page.
 */
export async function setUpCentre(request: APIRequestContext, serverUrl: string, centre: CentreSetup): Promise<Rpc> {
  return setUpCentreOver(rpcFor(request, serverUrl), centre)
}

/** setUpCentre through a given `rpc`: the setup call, then the recovery code read and confirmed. */
export async function setUpCentreOver(rpc: Rpc, centre: CentreSetup): Promise<Rpc> {
  await rpc('auth.setup', centre)
  const { code, confirmGroups } = await rpc<{ code: string; confirmGroups: number[] }>('auth.recoveryCode.get', {})
  const groups = code.split('-')
  await rpc('auth.recoveryCode.confirm', { groups: confirmGroups.map((n) => groups[n - 1]) })
  return rpc
}

/** A centre with an intake booked this morning: what the note and alert journeys start from. */
export interface IntakeCentre {
  rpc: Rpc
  studentId: string
  appointmentId: string
}

/**
 * The centre, a room, counsellor 陈老师 (`chen`, open every day 08:00–20:00) and, if asked, a
 * second counsellor 林老师 (`lin`), both with `tempPassword`; and 张三 booked for an intake with
 * 陈老师 at 08:00 today (centre time), marked attended if asked.
 */
export async function setUpIntake(
  request: APIRequestContext,
  serverUrl: string,
  options: { centre: CentreSetup; tempPassword: string; colleague: boolean; attended: boolean }
): Promise<IntakeCentre> {
  const rpc = await setUpCentre(request, serverUrl, options.centre)
  return { rpc, ...(await seedIntake(rpc, options)) }
}

/** setUpIntake's people and booking, in a centre already set up (the `centre` fixture's). */
export async function seedIntake(
  rpc: Rpc,
  options: { tempPassword: string; colleague: boolean; attended: boolean }
): Promise<{ studentId: string; appointmentId: string }> {
  const room = await rpc<{ id: string }>('settings.room.create', { name: '咨询室一', kind: 'counselling', location: '东楼 201', capacity: 2, active: true })
  const chen = await rpc<{ id: string }>('users.create', { username: 'chen', displayName: '陈老师', role: 'counsellor', firstPassword: options.tempPassword })
  if (options.colleague) await rpc('users.create', { username: 'lin', displayName: '林老师', role: 'counsellor', firstPassword: options.tempPassword })
  const slots = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00', roomId: room.id, site: '本部' }))
  await rpc('appointments.availability.set', { userId: chen.id, slots })
  const student = await rpc<{ id: string }>('students.create', {
    studentNo: '2023010001',
    name: '张三',
    gender: 'unknown',
    birthDate: null,
    collegeId: null,
    classId: null,
    grade: '2023',
    major: '',
    dorm: '',
    phone: '13800000001',
    guardianName: '',
    guardianRelation: '',
    guardianPhone: '',
    status: 'enrolled',
    contactNotes: ''
  })
  const start = dayjs.utc(centreDayStartUtc(centreDate())).add(8, 'hour').toISOString()
  const [booked] = await rpc<{ id: string }[]>('appointments.book', { kind: 'intake', studentId: student.id, counsellorId: chen.id, roomId: room.id, start })
  if (options.attended) await rpc('appointments.attend', { id: booked!.id })
  return { studentId: student.id, appointmentId: booked!.id }
}
