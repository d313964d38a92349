import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, createUser, err, ok, setUpCore, type TestCore, type TestUser } from '../helpers/core'
import { readVault, snapshotSigned } from '../helpers/files'

const NEW_PASSWORD = 'recovered at last 2026'

/** The recovery code from setup opens the vault for an admin who forgot their password. */
describe('recovery code', () => {
  let core: TestCore
  let adminId: string
  let counsellor: TestUser
  let firstCode: string

  beforeAll(async () => {
    core = await setUpCore()
    adminId = (await ok(core, 'app.status', {})).session!.user.id
    counsellor = await createUser(core, { username: 'wangxm', displayName: '王小明', role: 'counsellor' })
    firstCode = (await ok(core, 'auth.recoveryCode.get', {})).code
    expect(firstCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/)
    await ok(core, 'auth.lock', {})
  })

  it('is refused for a non-admin username, even when the code is right; nothing changes', async () => {
    const before = snapshotSigned(core.dataDir)
    const error = await err(core, 'auth.recover', { username: counsellor.username, recoveryCode: firstCode, newPassword: NEW_PASSWORD })
    expect(error).toEqual({ code: 'UNAUTHENTICATED', messageKey: 'errors.auth.invalidRecoveryCode' })
    expect(snapshotSigned(core.dataDir)).toEqual(before)
    expect((await ok(core, 'app.status', {})).state).toBe('locked')
    // The counsellor's own password still works and was not replaced.
    await ok(core, 'auth.login', { username: counsellor.username, password: counsellor.password })
    await ok(core, 'auth.lock', {})
  })

  it('opens the vault and sets a new admin password; a new code replaces the used one', async () => {
    const slotsBefore = readVault(core.dataDir).body.slots
    // Typed by hand: lower case, spaces instead of dashes.
    const typed = firstCode.toLowerCase().replace(/-/g, ' ')
    const session = await ok(core, 'auth.recover', { username: ADMIN.username, recoveryCode: typed, newPassword: NEW_PASSWORD })
    expect(session.user.id).toBe(adminId)
    expect(session.mustChangePassword).toBe(false)
    expect(session.recoveryPending).toBe(true)

    const newCode = (await ok(core, 'auth.recoveryCode.get', {})).code
    expect(newCode).not.toBe(firstCode)
    const slotsAfter = readVault(core.dataDir).body.slots
    expect(slotsAfter).toHaveLength(slotsBefore.length)
    const recoveryBefore = slotsBefore.find((s) => s.kind === 'recovery')!
    const recoveryAfter = slotsAfter.find((s) => s.kind === 'recovery')!
    expect(recoveryAfter.id).not.toBe(recoveryBefore.id)
    expect(slotsAfter.find((s) => s.userId === adminId)!.id).not.toBe(slotsBefore.find((s) => s.userId === adminId)!.id)
    // The counsellor's slot is untouched.
    expect(slotsAfter.find((s) => s.userId === counsellor.id)).toEqual(slotsBefore.find((s) => s.userId === counsellor.id))

    const actions = (await ok(core, 'audit.list', { pageSize: 10 })).rows.map((r) => r.action)
    expect(actions.slice(0, 3)).toEqual(['auth.recovery_code_shown', 'auth.login', 'auth.recovered'])
    await ok(core, 'auth.lock', {})
  })

  it('the used code and the old password no longer open anything; the new password does', async () => {
    expect(await err(core, 'auth.recover', { username: ADMIN.username, recoveryCode: firstCode, newPassword: 'yet another password' })).toEqual({
      code: 'UNAUTHENTICATED',
      messageKey: 'errors.auth.invalidRecoveryCode'
    })
    expect(await err(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password })).toEqual({
      code: 'UNAUTHENTICATED',
      messageKey: 'errors.auth.invalidCredentials'
    })
    await ok(core, 'auth.login', { username: ADMIN.username, password: NEW_PASSWORD })
    const rows = (await ok(core, 'audit.list', { pageSize: 10 })).rows
    expect(rows.slice(1, 3).map((r) => r.action)).toEqual(['auth.login_failed', 'auth.recover_failed'])
    expect(readVault(core.dataDir).pendingAudit).toEqual([])
  })
})
