import { readFileSync } from 'node:fs'
import type Database from 'better-sqlite3'
import { CHANNELS, type Channel } from '@shared/contract'
import { ACCESS } from '@shared/permissions'
import { ROLES, type Role } from '@shared/roles'
import { beforeAll, describe, expect, it } from 'vitest'
import { vaultPath } from '../../../src/main/core/vault/file'
import { ADMIN, createUser, err, login, loginAdmin, newCore, ok, setUpCore, type TestCore, type TestUser } from '../helpers/core'
import { auditRows, lastSeq, openDb, tableDigests, unwrapDek } from '../helpers/db'
import { randomFixtures, validInput, type Fixtures } from '../helpers/inputs'

const roleChannels = CHANNELS.filter((c) => Array.isArray(ACCESS[c]))
const allowed = (channel: Channel): readonly Role[] => ACCESS[channel] as readonly Role[]
const nonPublic = CHANNELS.filter((c) => ACCESS[c] !== 'public')

describe('who may call what', () => {
  let core: TestCore
  let raw: Database.Database
  let fixtures: Fixtures
  const users = {} as Record<Exclude<Role, 'admin'>, TestUser>
  let newAdmin: TestUser

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
    const college = await ok(core, 'settings.college.create', { name: '心理学院' })
    const klass = await ok(core, 'settings.class.create', { collegeId: college.id, name: '1班', grade: '', advisorName: '', advisorPhone: '' })
    const room = await ok(core, 'settings.room.create', { name: '咨询室一', kind: 'counselling', location: '', capacity: 1, active: true })
    users.counsellor = await createUser(core, { username: 'zhangsan', displayName: '张三', role: 'counsellor' })
    users.part_time = await createUser(core, { username: 'lisi', displayName: '李四', role: 'part_time' })
    users.assistant = await createUser(core, { username: 'wangwu', displayName: '王五', role: 'assistant' })
    newAdmin = await createUser(core, { username: 'zhaoliu', displayName: '赵六', role: 'admin' })
    // A student of the part-time counsellor's station, so every role's per-record checks pass.
    await ok(core, 'users.setStations', { id: users.part_time.id, collegeIds: [college.id] })
    const base = { collegeId: college.id, classId: klass.id, roomId: room.id, userId: users.counsellor.id, studentId: '' }
    const student = await ok(core, 'students.create', { ...validInput('students.create', base), studentNo: '2025990001' })
    fixtures = { ...base, studentId: student.id }
  })

  const snapshot = (): { tables: ReturnType<typeof tableDigests>; vault: string } => ({
    tables: tableDigests(raw),
    vault: readFileSync(vaultPath(core.dataDir), 'hex')
  })

  it('every channel has an access rule, and role lists name real roles', () => {
    expect(Object.keys(ACCESS).sort()).toEqual([...CHANNELS].sort())
    for (const channel of roleChannels) {
      expect(allowed(channel).length).toBeGreaterThan(0)
      for (const role of allowed(channel)) expect(ROLES).toContain(role)
    }
    expect(roleChannels.length).toBeGreaterThan(20)
  })

  for (const role of ['counsellor', 'part_time', 'assistant'] as const) {
    it(`${role}: FORBIDDEN on every channel not open to the role, with one access.denied row and nothing else`, async () => {
      const user = users[role]
      const first = user.password
      await login(core, user.username, first)
      user.password = `own ${user.username} secret`
      await ok(core, 'auth.changePassword', { currentPassword: first, newPassword: user.password })

      const refused = roleChannels.filter((c) => !allowed(c).includes(role))
      expect(refused.length).toBeGreaterThan(0)
      for (const channel of refused) {
        const before = snapshot()
        const seq = lastSeq(raw)
        expect(await err(core, channel, validInput(channel, fixtures)), channel).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
        const after = snapshot()
        expect(after.vault, channel).toBe(before.vault)
        expect({ ...after.tables, audit_log: null }, channel).toEqual({ ...before.tables, audit_log: null })
        const rows = auditRows(raw, seq)
        expect(rows.map((r) => [r.user_id, r.action, r.entity, r.entity_id, r.summary]), channel).toEqual([
          [user.id, 'access.denied', 'channel', channel, `{"role":"${role}"}`]
        ])
      }

      // The channels open to the role let it through: a write may still be refused on its merits
      // (no such checklist item, the same tier twice), never for the role. A part-time counsellor
      // works on their own calendar, so their inputs name themselves as the counsellor.
      const own = role === 'part_time' ? { ...fixtures, userId: user.id } : fixtures
      for (const channel of roleChannels.filter((c) => allowed(c).includes(role))) {
        const result = await core.call(channel, validInput(channel, own))
        if (!result.ok) expect(result.error.code, `${channel}: ${result.error.messageKey}`).not.toMatch(/FORBIDDEN|INTERNAL|VALIDATION/)
      }
    })
  }

  it('a user who must change the first password is held at that, even an admin', async () => {
    const session = await login(core, newAdmin.username, newAdmin.password)
    expect(session.mustChangePassword).toBe(true)
    for (const channel of roleChannels) {
      const before = snapshot()
      expect(await err(core, channel, validInput(channel, fixtures)), channel).toEqual({
        code: 'FORBIDDEN',
        messageKey: 'errors.auth.mustChangePassword'
      })
      expect(snapshot(), channel).toEqual(before)
    }
    // Session channels stay open: the app can show who is logged in and keep them from idling out.
    await ok(core, 'auth.activity', {})
    expect((await ok(core, 'app.status', {})).session?.mustChangePassword).toBe(true)

    const changed = await ok(core, 'auth.changePassword', { currentPassword: newAdmin.password, newPassword: 'zhaoliu own password' })
    expect(changed.mustChangePassword).toBe(false)
    expect((await ok(core, 'users.list', {})).length).toBe(5)
  })

  it('without a session: UNAUTHENTICATED on a fresh core, LOCKED after lock and after logout', async () => {
    const fresh = newCore()
    for (const channel of nonPublic) {
      expect(await err(fresh, channel, validInput(channel, randomFixtures())), channel).toEqual({
        code: 'UNAUTHENTICATED',
        messageKey: 'errors.unauthenticated'
      })
    }
    expect((await ok(fresh, 'app.status', {})).state).toBe('setup')

    await loginAdmin(core)
    await ok(core, 'auth.lock', {})
    const before = snapshot()
    for (const channel of nonPublic) {
      expect(await err(core, channel, validInput(channel, fixtures)), channel).toEqual({ code: 'LOCKED', messageKey: 'errors.locked' })
    }
    expect(snapshot()).toEqual(before)

    await loginAdmin(core)
    await ok(core, 'auth.logout', {})
    expect(await err(core, 'users.list', {})).toEqual({ code: 'LOCKED', messageKey: 'errors.locked' })
    expect(await err(core, 'auth.activity', {})).toEqual({ code: 'LOCKED', messageKey: 'errors.locked' })
  })
})
