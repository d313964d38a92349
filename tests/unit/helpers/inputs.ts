import { randomUUID } from 'node:crypto'
import type { Channel, ChannelInput } from '@shared/contract'
import { ADMIN, CENTRE } from './core'

/** IDs of records a valid input may refer to. */
export interface Fixtures {
  userId: string
  collegeId: string
  classId: string
  roomId: string
}

/** Random IDs: enough for calls refused before the handler runs (validation, access). */
export const randomFixtures = (): Fixtures => ({
  userId: randomUUID(),
  collegeId: randomUUID(),
  classId: randomUUID(),
  roomId: randomUUID()
})

/**
 * A valid input for every channel of the contract. The mapped type makes a new channel a
 * compile error here until it has one, so the loops over CHANNELS never skip it.
 */
export const VALID_INPUT: { [C in Channel]: (f: Fixtures) => ChannelInput<C> } = {
  'app.status': () => ({}),
  'auth.setup': () => ({ centreName: CENTRE, admin: ADMIN }),
  'auth.login': () => ({ username: ADMIN.username, password: ADMIN.password }),
  'auth.logout': () => ({}),
  'auth.lock': () => ({ reason: 'button' }),
  'auth.activity': () => ({}),
  'auth.changePassword': () => ({ currentPassword: ADMIN.password, newPassword: 'a new long password' }),
  'auth.recover': () => ({ username: ADMIN.username, recoveryCode: '00000-00000-00000-00000-00000', newPassword: 'a new long password' }),
  'auth.recoveryCode.get': () => ({}),
  'auth.recoveryCode.confirm': () => ({ groups: ['00000', '11111'] }),
  'users.list': () => ({ includeInactive: true }),
  'users.create': () => ({ username: 'wangxm', displayName: '王小明', role: 'counsellor', firstPassword: 'temporary pass 1' }),
  'users.update': (f) => ({ id: f.userId, displayName: '王小明', role: 'assistant' }),
  'users.resetPassword': (f) => ({ id: f.userId, firstPassword: 'temporary pass 2' }),
  'users.deactivate': (f) => ({ id: f.userId }),
  'users.reactivate': (f) => ({ id: f.userId, firstPassword: 'temporary pass 3' }),
  'audit.list': () => ({ page: 1, pageSize: 20 }),
  'audit.actions': () => ({}),
  'audit.verify': () => ({}),
  'settings.centre.get': () => ({}),
  'settings.centre.update': () => ({ name: '示范学院心理中心', address: '图书馆三楼', phone: '010-1234 5678', logo: null }),
  'settings.security.get': () => ({}),
  'settings.security.update': () => ({ idleTimeoutMinutes: 15 }),
  'settings.org.get': () => ({}),
  'settings.college.create': () => ({ name: '心理学院' }),
  'settings.college.update': (f) => ({ id: f.collegeId, name: '心理与教育学院' }),
  'settings.college.delete': (f) => ({ id: f.collegeId }),
  'settings.class.create': (f) => ({ collegeId: f.collegeId, name: '应用心理1班', grade: '2025', advisorName: '李四', advisorPhone: '138 0000 0000' }),
  'settings.class.update': (f) => ({ id: f.classId, name: '应用心理2班', grade: '2025', advisorName: '李四', advisorPhone: '' }),
  'settings.class.delete': (f) => ({ id: f.classId }),
  'settings.rooms.list': () => ({}),
  'settings.room.create': () => ({ name: '咨询室一', kind: 'counselling', location: '二楼', capacity: 2, active: true }),
  'settings.room.update': (f) => ({ id: f.roomId, name: '咨询室一', kind: 'group', location: '二楼', capacity: 8, active: false }),
  'settings.room.delete': (f) => ({ id: f.roomId })
}

export const validInput = <C extends Channel>(channel: C, f: Fixtures): ChannelInput<C> => VALID_INPUT[channel](f)

/** A value of another type than `value` (the schema must refuse it). */
export function wrongTyped(value: unknown): unknown {
  if (typeof value === 'string') return 12345
  if (typeof value === 'number') return 'twelve'
  if (typeof value === 'boolean') return 'yes'
  if (Array.isArray(value)) return 'not a list'
  if (value === null) return 42
  return 'not an object'
}
