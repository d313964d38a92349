import { readFileSync } from 'node:fs'
import type Database from 'better-sqlite3'
import { CHANNELS, type Channel } from '@shared/contract'
import { translate } from '@shared/i18n'
import { beforeAll, describe, expect, it } from 'vitest'
import { vaultPath } from '../../../src/main/core/vault/file'
import { ADMIN, ok, setUpCore, type TestCore } from '../helpers/core'
import { openDb, tableDigests, unwrapDek } from '../helpers/db'
import { randomFixtures, validInput, wrongTyped, type Fixtures } from '../helpers/inputs'

/** Bad input is answered with field issues and changes nothing: no row, no audit row, no vault.json byte. */
describe('every channel refuses input that breaks its schema, and an unknown channel', () => {
  let core: TestCore
  let raw: Database.Database
  let fixtures: Fixtures

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
    // Real records, so a refused call could have changed something had it been let through.
    const college = await ok(core, 'settings.college.create', { name: '心理学院' })
    const klass = await ok(core, 'settings.class.create', { collegeId: college.id, name: '1班', grade: '', advisorName: '', advisorPhone: '' })
    const room = await ok(core, 'settings.room.create', { name: '咨询室一', kind: 'counselling', location: '', capacity: 1, active: true })
    const session = (await ok(core, 'app.status', {})).session!
    fixtures = { ...randomFixtures(), collegeId: college.id, classId: klass.id, roomId: room.id, userId: session.user.id }
  })

  const snapshot = (): { tables: ReturnType<typeof tableDigests>; vault: string } => ({
    tables: tableDigests(raw),
    vault: readFileSync(vaultPath(core.dataDir), 'hex')
  })

  async function expectRefused(channel: Channel, input: unknown): Promise<{ path: string; messageKey: string; params?: Record<string, string | number> }[]> {
    const before = snapshot()
    const result = await core.callUntyped(channel, input)
    expect(result.ok).toBe(false)
    if (result.ok) throw new Error('accepted')
    expect(result.error.code).toBe('VALIDATION')
    expect(result.error.messageKey).toBe('errors.validation')
    expect(result.error.issues?.length).toBeGreaterThan(0)
    for (const issue of result.error.issues ?? []) {
      expect(translate('zh-CN', issue.messageKey), issue.messageKey).toBeDefined()
      expect(translate('en', issue.messageKey), issue.messageKey).toBeDefined()
    }
    expect(snapshot()).toEqual(before)
    return result.error.issues ?? []
  }

  for (const channel of CHANNELS) {
    it(`${channel}: an unknown field`, async () => {
      const issues = await expectRefused(channel, { ...validInput(channel, fixtures), __bogus: 1 })
      expect(issues).toEqual([{ path: '', messageKey: 'validation.unknownField', params: { keys: '__bogus' } }])
    })

    const fields = Object.keys(validInput(channel, randomFixtures()))
    if (fields.length > 0) {
      it.each(fields)(`${channel}: a wrong-typed %s`, async (field) => {
        const valid = validInput(channel, fixtures) as Record<string, unknown>
        const issues = await expectRefused(channel, { ...valid, [field]: wrongTyped(valid[field]) })
        expect([...new Set(issues.map((i) => i.path))]).toEqual([field])
        // The field is there, just of the wrong type: not "required".
        expect(issues[0]!.messageKey).not.toBe('validation.required')
      })
    } else {
      it(`${channel}: not an object`, async () => {
        const issues = await expectRefused(channel, ['a', 'list'])
        expect(issues).toHaveLength(1)
        expect(issues[0]).toMatchObject({ path: '', messageKey: 'validation.invalidType' })
      })
    }
  }

  it('a missing field is "required"; a wrong-typed one is not', async () => {
    const missing = await expectRefused('users.create', { displayName: '王小明', role: 'counsellor', firstPassword: 'long enough pw' })
    expect(missing).toEqual([{ path: 'username', messageKey: 'validation.required' }])
    const wrong = await expectRefused('users.create', { username: 42, displayName: '王小明', role: 'counsellor', firstPassword: 'long enough pw' })
    expect(wrong).toEqual([{ path: 'username', messageKey: 'validation.invalidType' }])
    const nested = await expectRefused('auth.setup', { centreName: '中心', admin: { username: 'abc', displayName: 7, password: 'long enough pw' } })
    expect(nested).toEqual([{ path: 'admin.displayName', messageKey: 'validation.invalidType' }])
  })

  it('the admin is still logged in and nothing was written by all of the above', async () => {
    expect((await ok(core, 'app.status', {})).state).toBe('unlocked')
    const actions = (await ok(core, 'audit.list', { pageSize: 500 })).rows.map((r) => r.action)
    expect(actions).not.toContain('auth.logout')
    expect(actions.filter((a) => a === 'auth.login')).toHaveLength(1)
  })

  it.each(['users.drop', 'APP.STATUS', 'app.status ', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'an unknown channel %j → VALIDATION errors.unknownChannel, nothing written',
    async (name) => {
      const before = snapshot()
      expect(await core.callUntyped(name, {})).toEqual({ ok: false, error: { code: 'VALIDATION', messageKey: 'errors.unknownChannel' } })
      expect(snapshot()).toEqual(before)
    }
  )
})
