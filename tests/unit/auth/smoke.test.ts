import { describe, expect, it } from 'vitest'
import { ADMIN, err, ok, setUpCore } from '../helpers/core'

describe('setup and login', () => {
  it('sets up, locks and logs in again', async () => {
    const core = await setUpCore()
    const status = await ok(core, 'app.status', {})
    expect(status.state).toBe('unlocked')
    expect(status.session?.recoveryPending).toBe(true)
    await ok(core, 'auth.lock', {})
    expect((await ok(core, 'app.status', {})).state).toBe('locked')
    expect((await err(core, 'users.list', {})).code).toBe('LOCKED')
    const session = await ok(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password })
    expect(session.user.role).toBe('admin')
    const list = await ok(core, 'users.list', {})
    expect(list).toHaveLength(1)
  })
})
