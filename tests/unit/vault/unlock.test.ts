import { beforeAll, describe, expect, it } from 'vitest'
import { usernameLookup } from '../../../src/main/core/vault/crypto'
import { ADMIN, err, loginAdmin, ok, setUpCore, type TestCore } from '../helpers/core'
import { readVault, snapshotSigned } from '../helpers/files'

const WRONG = 'not the password'

/**
 * One vault, locked between tests; the tests run in order and build on each other's failed
 * attempts (the throttle counts per account), so they share the core on purpose.
 */
describe('unlocking the vault with a password', () => {
  let core: TestCore
  let adminId: string
  let adminKey: string
  const failureTimes: string[] = []

  beforeAll(async () => {
    core = await setUpCore()
    adminId = (await ok(core, 'app.status', {})).session!.user.id
    adminKey = usernameLookup(Buffer.from(readVault(core.dataDir).body.lookupSalt, 'base64'), ADMIN.username)
    await ok(core, 'auth.lock', {})
  })

  it('opens with the right password', async () => {
    const session = await loginAdmin(core)
    expect(session.user.username).toBe(ADMIN.username)
    expect(session.user.role).toBe('admin')
    expect((await ok(core, 'app.status', {})).state).toBe('unlocked')
    await ok(core, 'auth.lock', {})
    expect((await ok(core, 'app.status', {})).state).toBe('locked')
  })

  it('refuses a wrong password and changes only the unsigned throttle fields', async () => {
    const before = snapshotSigned(core.dataDir)
    failureTimes.push(core.clock.now().toISOString())
    const error = await err(core, 'auth.login', { username: ADMIN.username, password: WRONG })
    expect(error).toEqual({ code: 'UNAUTHENTICATED', messageKey: 'errors.auth.invalidCredentials' })
    // xinan.db and the signed part of vault.json are byte-identical; throttle/pendingAudit are not signed.
    expect(snapshotSigned(core.dataDir)).toEqual(before)
    const file = readVault(core.dataDir)
    expect(file.throttle[adminKey]?.failures).toBe(1)
    expect(file.pendingAudit).toEqual([{ at: failureTimes[0], action: 'auth.login_failed', userId: adminId }])
    expect((await ok(core, 'app.status', {})).state).toBe('locked')
  })

  it('answers an unknown username exactly like a wrong password', async () => {
    const before = snapshotSigned(core.dataDir)
    const error = await err(core, 'auth.login', { username: 'nobody', password: ADMIN.password })
    expect(error).toEqual({ code: 'UNAUTHENTICATED', messageKey: 'errors.auth.invalidCredentials' })
    expect(snapshotSigned(core.dataDir)).toEqual(before)
    const file = readVault(core.dataDir)
    expect(file.pendingAudit.at(-1)).toMatchObject({ action: 'auth.login_failed', userId: null })
    // The unknown name is throttled under its own key, which is an HMAC, not the name.
    const unknownKey = usernameLookup(Buffer.from(file.body.lookupSalt, 'base64'), 'nobody')
    expect(file.throttle[unknownKey]?.failures).toBe(1)
    expect(JSON.stringify(file)).not.toContain('nobody')
  })

  it('throttles after three failures, even the right password, until the wait is over', async () => {
    for (let i = 0; i < 2; i++) {
      core.clock.advance(1_000)
      failureTimes.push(core.clock.now().toISOString())
      expect((await err(core, 'auth.login', { username: ADMIN.username, password: WRONG })).messageKey).toBe('errors.auth.invalidCredentials')
    }
    expect(readVault(core.dataDir).throttle[adminKey]?.failures).toBe(3)

    const before = snapshotSigned(core.dataDir)
    const throttled = await err(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password })
    expect(throttled).toEqual({ code: 'UNAUTHENTICATED', messageKey: 'errors.auth.throttled', params: { seconds: 5 } })
    expect(snapshotSigned(core.dataDir)).toEqual(before)
    // A throttled attempt is recorded but does not count as a failure.
    expect(readVault(core.dataDir).throttle[adminKey]?.failures).toBe(3)
    expect(readVault(core.dataDir).pendingAudit.at(-1)).toMatchObject({ action: 'auth.login_throttled', userId: adminId })

    core.clock.advance(4_000)
    const still = await err(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password })
    expect(still.messageKey).toBe('errors.auth.throttled')
    expect(still.params?.seconds).toBe(1)

    // Past the wait an attempt is allowed again; another failure doubles the wait.
    core.clock.advance(2_000)
    failureTimes.push(core.clock.now().toISOString())
    expect((await err(core, 'auth.login', { username: ADMIN.username, password: WRONG })).messageKey).toBe('errors.auth.invalidCredentials')
    const doubled = await err(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password })
    expect(doubled.params?.seconds).toBe(10)
    // Other accounts are not held up by this one's failures.
    expect((await err(core, 'auth.login', { username: 'someone', password: WRONG })).messageKey).toBe('errors.auth.invalidCredentials')
  })

  it('after the wait the right password opens; the failures are audited and the throttle reset', async () => {
    core.clock.advance(10_001)
    const session = await loginAdmin(core)
    expect(session.user.id).toBe(adminId)

    const file = readVault(core.dataDir)
    expect(file.pendingAudit).toEqual([])
    expect(file.throttle[adminKey]).toBeUndefined()
    // The unknown names' failures stay counted: only the account that opened is forgiven.
    expect(Object.keys(file.throttle)).toHaveLength(2)

    const log = await ok(core, 'audit.list', { pageSize: 500 })
    const rows = [...log.rows].reverse()
    const failed = rows.filter((r) => r.action === 'auth.login_failed')
    expect(failed.filter((r) => r.userId === adminId).map((r) => r.at)).toEqual(failureTimes)
    expect(failed.filter((r) => r.userId === null)).toHaveLength(2)
    const throttled = rows.filter((r) => r.action === 'auth.login_throttled')
    expect(throttled).toHaveLength(3)
    expect(throttled.every((r) => r.userId === adminId)).toBe(true)
    // The flushed events come before the login that flushed them.
    const loginSeq = rows.filter((r) => r.action === 'auth.login').at(-1)!.seq
    expect(Math.max(...failed.map((r) => r.seq), ...throttled.map((r) => r.seq))).toBeLessThan(loginSeq)
    expect((await ok(core, 'audit.verify', {})).ok).toBe(true)

    // A fresh failure after the reset is the first again: no wait.
    await ok(core, 'auth.lock', {})
    expect((await err(core, 'auth.login', { username: ADMIN.username, password: WRONG })).messageKey).toBe('errors.auth.invalidCredentials')
    expect(readVault(core.dataDir).throttle[adminKey]?.failures).toBe(1)
  })
})
