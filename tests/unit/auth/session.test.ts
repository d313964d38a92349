import { readdirSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, CENTRE, err, loginAdmin, newCore, ok, type TestCore } from '../helpers/core'
import { snapshotDir } from '../helpers/files'

describe('setup, lock, login and the first screens', () => {
  let core: TestCore

  beforeAll(() => {
    core = newCore()
  })

  it('a fresh data dir asks for setup; a password equal to the username is refused before anything is written', async () => {
    expect(await ok(core, 'app.status', {})).toMatchObject({ state: 'setup', centreName: null, session: null, problem: null })
    const error = await err(core, 'auth.setup', { centreName: CENTRE, admin: { ...ADMIN, username: 'director12', password: ' DIRECTOR12 ' } })
    expect(error).toEqual({ code: 'VALIDATION', messageKey: 'errors.validation', issues: [{ path: 'admin.password', messageKey: 'errors.auth.passwordIsUsername' }] })
    expect(readdirSync(core.dataDir)).toEqual([])
  })

  it('setup creates the vault, logs the admin in and asks for the recovery code to be confirmed', async () => {
    const session = await ok(core, 'auth.setup', { centreName: CENTRE, admin: ADMIN })
    expect(session).toMatchObject({
      user: { username: ADMIN.username, displayName: ADMIN.displayName, role: 'admin', active: true, mustChangePassword: false },
      mustChangePassword: false,
      recoveryPending: true,
      idleTimeoutMinutes: 10
    })
    expect(readdirSync(core.dataDir).sort()).toEqual(['vault.json', 'xinan.db', 'xinan.db-shm', 'xinan.db-wal'])
    expect(await ok(core, 'app.status', {})).toMatchObject({ state: 'unlocked', centreName: CENTRE, session: { recoveryPending: true } })
  })

  it('a second setup is refused and changes no file', async () => {
    await ok(core, 'auth.lock', {})
    const before = snapshotDir(core.dataDir)
    expect(await err(core, 'auth.setup', { centreName: '别的中心', admin: { ...ADMIN, username: 'other' } })).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.vault.alreadySetUp'
    })
    expect(snapshotDir(core.dataDir)).toEqual(before)
  })

  it('lock and login; a login while a session is open ends it first', async () => {
    expect((await ok(core, 'app.status', {})).state).toBe('locked')
    expect(await err(core, 'users.list', {})).toEqual({ code: 'LOCKED', messageKey: 'errors.locked' })
    const session = await loginAdmin(core)
    expect(session.user.role).toBe('admin')
    expect(await ok(core, 'users.list', {})).toHaveLength(1)
    const actions = (await ok(core, 'audit.list', { pageSize: 10 })).rows.map((r) => [r.action, r.summary])
    expect(actions).toEqual([
      ['auth.login', null],
      ['auth.lock', '{"reason":"button"}'],
      ['auth.login', null],
      ['users.create', '{"role":"admin"}'],
      ['vault.setup', null]
    ])

    await loginAdmin(core)
    const latest = (await ok(core, 'audit.list', { pageSize: 2 })).rows.map((r) => r.action)
    expect(latest).toEqual(['auth.login', 'auth.logout'])
  })

  it('the recovery code is confirmed by typing back the asked groups, then never shown again', async () => {
    const { code, confirmGroups } = await ok(core, 'auth.recoveryCode.get', {})
    expect(confirmGroups).toHaveLength(2)
    const groups = code.split('-')
    const wrong = confirmGroups.map((g) => groups[g % 5]!)
    expect(await err(core, 'auth.recoveryCode.confirm', { groups: wrong })).toEqual({
      code: 'VALIDATION',
      messageKey: 'errors.validation',
      issues: [{ path: 'groups', messageKey: 'errors.auth.recoveryGroupsMismatch' }]
    })
    const session = await ok(core, 'auth.recoveryCode.confirm', { groups: confirmGroups.map((g) => groups[g - 1]!.toLowerCase()) })
    expect(session.recoveryPending).toBe(false)
    expect(await err(core, 'auth.recoveryCode.get', {})).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.auth.noPendingRecoveryCode' })
  })

  it('change password: the current one must be right, the new one different and not the username', async () => {
    const wrongCurrent = await err(core, 'auth.changePassword', { currentPassword: 'not my password', newPassword: 'a brand new password' })
    expect(wrongCurrent).toEqual({ code: 'VALIDATION', messageKey: 'errors.validation', issues: [{ path: 'currentPassword', messageKey: 'errors.auth.wrongCurrentPassword' }] })
    const reused = await err(core, 'auth.changePassword', { currentPassword: ADMIN.password, newPassword: ADMIN.password })
    expect(reused.issues).toEqual([{ path: 'newPassword', messageKey: 'errors.auth.passwordReused' }])
    const isName = await err(core, 'auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'DIRECTOR  ' })
    expect(isName.issues).toEqual([{ path: 'newPassword', messageKey: 'errors.auth.passwordIsUsername' }])
    // A refused change leaves the session as it was.
    expect((await ok(core, 'app.status', {})).state).toBe('unlocked')

    await ok(core, 'auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'a brand new password' })
    await ok(core, 'auth.logout', {})
    expect(await err(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password })).toEqual({
      code: 'UNAUTHENTICATED',
      messageKey: 'errors.auth.invalidCredentials'
    })
    // Full-width characters typed through an IME unlock the same (NFKC).
    const session = await ok(core, 'auth.login', { username: 'DIRECTOR', password: 'a brand new password'.replace('a', 'ａ') })
    expect(session.user.username).toBe(ADMIN.username)
  })
})
