import { readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { vaultPath } from '../../../src/main/core/vault/file'
import { ADMIN, err, login, loginAdmin, ok, setUpCore, type TestCore } from '../helpers/core'
import { readVault } from '../helpers/files'

const slotOf = (core: TestCore, userId: string) => readVault(core.dataDir).body.slots.find((s) => s.userId === userId)
const vaultBytes = (core: TestCore): string => readFileSync(vaultPath(core.dataDir), 'hex')

/** One vault; the tests run in order and follow one account (wangxm) through its life. */
describe('user accounts', () => {
  let core: TestCore
  let adminId: string
  let userId: string
  let secondAdminId: string
  const FIRST = 'wangxm first pw'

  beforeAll(async () => {
    core = await setUpCore()
    adminId = (await ok(core, 'app.status', {})).session!.user.id
  })

  it('a new account has a slot and must change its password at first login', async () => {
    const user = await ok(core, 'users.create', { username: 'wangxm', displayName: '王小明', role: 'counsellor', firstPassword: FIRST })
    userId = user.id
    expect(user).toMatchObject({ username: 'wangxm', displayName: '王小明', role: 'counsellor', active: true, mustChangePassword: true, lastLoginAt: null })
    expect(slotOf(core, userId)).toMatchObject({ kind: 'user' })
    expect((await ok(core, 'users.list', {})).map((u) => u.username)).toEqual(['director', 'wangxm'])

    const session = await login(core, 'wangxm', FIRST)
    expect(session.mustChangePassword).toBe(true)
    expect(session.user.role).toBe('counsellor')
    expect(await err(core, 'settings.org.get', {})).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.auth.mustChangePassword' })
    await loginAdmin(core)
    expect((await ok(core, 'users.list', {})).find((u) => u.id === userId)?.lastLoginAt).toBe(core.clock.now().toISOString())
  })

  it('a username is taken whatever its case or spaces: CONFLICT on the username field, nothing written', async () => {
    const vault = vaultBytes(core)
    for (const username of ['WangXM', ' wangxm ', 'DIRECTOR']) {
      const error = await err(core, 'users.create', { username, displayName: '另一个', role: 'assistant', firstPassword: 'some long password' })
      expect(error).toEqual({
        code: 'CONFLICT',
        messageKey: 'errors.users.usernameTaken',
        issues: [{ path: 'username', messageKey: 'errors.users.usernameTaken' }]
      })
    }
    expect(vaultBytes(core)).toBe(vault)
    expect(await ok(core, 'users.list', {})).toHaveLength(2)
  })

  it('a password equal to the username is refused', async () => {
    expect(await err(core, 'users.create', { username: 'zhaoliu2026', displayName: '赵六', role: 'assistant', firstPassword: 'ZhaoLiu2026' })).toEqual({
      code: 'VALIDATION',
      messageKey: 'errors.validation',
      issues: [{ path: 'firstPassword', messageKey: 'errors.auth.passwordIsUsername' }]
    })
  })

  it('an unknown ID is NOT_FOUND', async () => {
    expect(await err(core, 'users.update', { id: randomUUID(), displayName: '无名', role: 'assistant' })).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.notFound' })
    expect((await err(core, 'users.deactivate', { id: randomUUID() })).code).toBe('NOT_FOUND')
  })

  it('an admin cannot deactivate themselves', async () => {
    const vault = vaultBytes(core)
    expect(await err(core, 'users.deactivate', { id: adminId })).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.users.cannotDeactivateSelf' })
    expect(vaultBytes(core)).toBe(vault)
    expect((await ok(core, 'users.list', {})).find((u) => u.id === adminId)?.active).toBe(true)
  })

  it('the last active admin cannot be demoted; another admin can, and can be deactivated', async () => {
    const demoteSelf = { id: adminId, displayName: ADMIN.displayName, role: 'counsellor' } as const
    expect(await err(core, 'users.update', demoteSelf)).toEqual({ code: 'CONFLICT', messageKey: 'errors.users.lastAdmin' })

    const second = await ok(core, 'users.create', { username: 'zhaoliu', displayName: '赵六', role: 'admin', firstPassword: 'zhaoliu first pw' })
    secondAdminId = second.id
    expect((await ok(core, 'users.update', { id: second.id, displayName: '赵六', role: 'assistant' })).role).toBe('assistant')
    expect((await ok(core, 'users.update', { id: second.id, displayName: '赵六', role: 'admin' })).role).toBe('admin')
    expect((await ok(core, 'users.deactivate', { id: second.id })).active).toBe(false)

    // An inactive admin does not count: this one is the last active admin again.
    expect(await err(core, 'users.update', demoteSelf)).toEqual({ code: 'CONFLICT', messageKey: 'errors.users.lastAdmin' })
    const me = (await ok(core, 'users.list', {})).find((u) => u.id === adminId)!
    expect(me.role).toBe('admin')
    expect((await ok(core, 'app.status', {})).session?.user.role).toBe('admin')
  })

  it('a role change is audited as users.role_changed with the previous role; a rename as users.update', async () => {
    await ok(core, 'users.update', { id: userId, displayName: '王小明', role: 'part_time' })
    await ok(core, 'users.update', { id: userId, displayName: '王晓明', role: 'part_time' })
    const rows = (await ok(core, 'audit.list', { pageSize: 2 })).rows
    expect(rows.map((r) => [r.action, r.entityId, r.summary])).toEqual([
      ['users.update', userId, null],
      ['users.role_changed', userId, '{"previousRole":"counsellor","role":"part_time"}']
    ])
  })

  it('a deactivated user loses their slot and cannot log in', async () => {
    const user = await ok(core, 'users.deactivate', { id: userId })
    expect(user.active).toBe(false)
    expect(slotOf(core, userId)).toBeUndefined()
    expect(await err(core, 'users.deactivate', { id: userId })).toEqual({ code: 'CONFLICT', messageKey: 'errors.users.inactive' })
    expect(await err(core, 'users.resetPassword', { id: userId, firstPassword: 'another long one' })).toEqual({ code: 'CONFLICT', messageKey: 'errors.users.inactive' })
    expect((await ok(core, 'users.list', { includeInactive: false })).map((u) => u.username)).toEqual(['director'])

    expect(await err(core, 'auth.login', { username: 'wangxm', password: FIRST })).toEqual({ code: 'UNAUTHENTICATED', messageKey: 'errors.auth.invalidCredentials' })
    await loginAdmin(core)
  })

  it('reactivation with a new temporary password works; a reset replaces it and the old one fails', async () => {
    expect(await err(core, 'users.reactivate', { id: adminId, firstPassword: 'another long one' })).toEqual({ code: 'CONFLICT', messageKey: 'errors.users.alreadyActive' })
    const reactivated = await ok(core, 'users.reactivate', { id: userId, firstPassword: 'wangxm second pw' })
    expect(reactivated).toMatchObject({ active: true, mustChangePassword: true, role: 'part_time' })
    const slot = slotOf(core, userId)
    expect(slot).toBeDefined()

    const reset = await ok(core, 'users.resetPassword', { id: userId, firstPassword: 'wangxm third pw' })
    expect(reset.mustChangePassword).toBe(true)
    expect(slotOf(core, userId)!.id).not.toBe(slot!.id)
    expect(readVault(core.dataDir).body.slots.filter((s) => s.userId === userId)).toHaveLength(1)
    const actions = (await ok(core, 'audit.list', { pageSize: 2 })).rows.map((r) => r.action)
    expect(actions).toEqual(['users.password_reset', 'users.reactivate'])

    expect((await err(core, 'auth.login', { username: 'wangxm', password: 'wangxm second pw' })).messageKey).toBe('errors.auth.invalidCredentials')
    const session = await login(core, 'wangxm', 'wangxm third pw')
    expect(session).toMatchObject({ mustChangePassword: true, user: { id: userId, active: true } })
    // The deactivated second admin's password opens nothing either.
    expect((await err(core, 'auth.login', { username: 'zhaoliu', password: 'zhaoliu first pw' })).messageKey).toBe('errors.auth.invalidCredentials')
    expect(slotOf(core, secondAdminId)).toBeUndefined()
  })
})
