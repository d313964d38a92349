import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, CENTRE, err, login, loginAdmin, newCore, ok, setUpCore, tempDir, TestClock, type TestCore } from '../helpers/core'
import { auditRows, openDb, unwrapDek } from '../helpers/db'
import { snapshotDir } from '../helpers/files'
import { studentInput } from '../students/fixtures'
import { flipByte } from './world'

const NEW_PASSWORD = 'the director changed it'
const MINUTE = 60_000

async function auditActions(core: TestCore, password = ADMIN.password): Promise<{ action: string; user_id: string | null; summary: string | null }[]> {
  // Closed again at once: a second connection left open would keep a WAL beside the file a restore moves.
  const db = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, password))
  try {
    return auditRows(db)
  } finally {
    db.close()
  }
}

describe('backups through the channels', () => {
  let core: TestCore
  let folder: string
  let recoveryCode: string

  beforeAll(async () => {
    core = await setUpCore()
    recoveryCode = (await ok(core, 'auth.recoveryCode.get', {})).code
    folder = tempDir()
  })

  it('a folder that cannot hold backups is refused on its field, and nothing is saved', async () => {
    const before = await ok(core, 'backup.settings.get', {})
    expect(before).toEqual({ folder: null, dailyAt: '17:30', keep: 14 })
    const file = join(tempDir(), 'a-file')
    writeFileSync(file, 'not a folder')
    const cases: [string, string][] = [
      ['backups', 'errors.backup.folderNotAbsolute'],
      [join(folder, 'not-there'), 'errors.backup.folderMissing'],
      [file, 'errors.backup.folderMissing'],
      [core.dataDir, 'errors.backup.folderInDataDir'],
      [join(core.dataDir, '.'), 'errors.backup.folderInDataDir']
    ]
    mkdirSync(join(core.dataDir, 'inside'))
    cases.push([join(core.dataDir, 'inside'), 'errors.backup.folderInDataDir'])
    for (const [path, messageKey] of cases) {
      expect(await err(core, 'backup.settings.update', { folder: path, dailyAt: '17:30', keep: 14 }), path).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'folder', messageKey }]
      })
    }
    expect(await err(core, 'backup.settings.update', { folder, dailyAt: '25:00', keep: 14 })).toMatchObject({ issues: [{ path: 'dailyAt' }] })
    expect(await err(core, 'backup.settings.update', { folder, dailyAt: '17:30', keep: 0 })).toMatchObject({ issues: [{ path: 'keep' }] })
    expect(await ok(core, 'backup.settings.get', {})).toEqual(before)
  })

  it('without a folder: no backup, a clear refusal, and the status says it is not set up', async () => {
    expect(await err(core, 'backup.create', {})).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.backup.noFolder' })
    expect(await ok(core, 'backup.status', {})).toEqual({
      configured: false,
      lastSuccessAt: null,
      lastSuccessName: null,
      lastFailure: null,
      overdue: false,
      nextAt: null
    })
  })

  it('makes a backup, lists it, verifies it, keeps the newest `keep` and says what it removed', async () => {
    await ok(core, 'backup.settings.update', { folder, dailyAt: '17:30', keep: 2 })
    expect((await ok(core, 'backup.status', {})).overdue).toBe(true)
    await ok(core, 'students.create', studentInput({ studentNo: '2025010101', name: '张三' }))
    const names: string[] = []
    for (let i = 0; i < 3; i++) {
      const made = await ok(core, 'backup.create', {})
      names.push(made.backup.name)
      expect(made.backup).toMatchObject({ ours: true, label: CENTRE, problem: null })
      expect(made.backup.counts['students']).toBe(1)
      expect(made.removed).toEqual(i < 2 ? [] : [names[0]])
      core.clock.advance(MINUTE)
    }
    const listed = await ok(core, 'backup.list', {})
    expect(listed.map((b) => b.name)).toEqual([names[2], names[1]])
    expect(await ok(core, 'backup.verify', { path: listed[0]!.path })).toEqual({ ok: true, problems: [] })
    const status = await ok(core, 'backup.status', {})
    expect(status).toMatchObject({ configured: true, lastSuccessName: names[2], lastFailure: null, overdue: false })
    // 09:03 centre time: the next one is today at 17:30.
    expect(status.nextAt).toBe('2026-11-02T09:30:00.000Z')
  })

  it('a damaged backup fails verification with what is wrong; an unreadable folder is listed with why', async () => {
    const [newest] = await ok(core, 'backup.list', {})
    flipByte(join(newest!.path, 'xinan.db'), 5000)
    const verified = await ok(core, 'backup.verify', { path: newest!.path })
    expect(verified.ok).toBe(false)
    expect(verified.problems[0]).toMatchObject({ messageKey: 'errors.backup.tampered', params: { file: 'xinan.db' } })
    mkdirSync(join(folder, 'xinan-backup-20260101-000000'))
    const listed = await ok(core, 'backup.list', {})
    expect(listed.find((b) => b.name === 'xinan-backup-20260101-000000')?.problem?.messageKey).toBe('errors.backup.notABackup')
    expect(await err(core, 'backup.list', { folder: join(folder, 'gone') })).toMatchObject({ messageKey: 'errors.backup.targetUnavailable' })
  })

  it('a failed backup (the drive pulled out) is recorded for the dashboard and audited; the next success clears it', async () => {
    const drive = tempDir()
    await ok(core, 'backup.settings.update', { folder: drive, dailyAt: '17:30', keep: 2 })
    rmSync(drive, { recursive: true })
    expect(await err(core, 'backup.create', {})).toMatchObject({ messageKey: 'errors.backup.targetUnavailable' })
    const status = await ok(core, 'backup.status', {})
    expect(status.lastFailure).toEqual({ at: core.clock.now().toISOString(), problem: { messageKey: 'errors.backup.targetUnavailable', params: {} } })
    mkdirSync(drive)
    await ok(core, 'backup.create', {})
    expect((await ok(core, 'backup.status', {})).lastFailure).toBeNull()
    await ok(core, 'backup.settings.update', { folder, dailyAt: '17:30', keep: 2 })
    const actions = (await auditActions(core)).map((r) => r.action)
    expect(actions.filter((a) => a === 'backup.failed')).toHaveLength(1)
    expect(actions.filter((a) => a === 'backup.create')).toHaveLength(4)
  })

  it('restore: a backup changed since it was shown, or damaged, is refused while everyone stays signed in', async () => {
    const [newest, older] = (await ok(core, 'backup.list', {})).filter((b) => b.problem === null)
    expect(await err(core, 'backup.restore', { path: older!.path, confirmCreatedAt: newest!.createdAt })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.backup.changedSinceShown'
    })
    const damaged = (await ok(core, 'backup.list', {})).find((b) => b.name === newest!.name)
    const before = snapshotDir(core.dataDir)
    // The newest of `folder` was damaged above only if it is still the same; make sure one is.
    flipByte(join(damaged!.path, 'xinan.db'), 6000)
    expect(await err(core, 'backup.restore', { path: damaged!.path, confirmCreatedAt: damaged!.createdAt })).toMatchObject({ code: 'VALIDATION' })
    expect((await ok(core, 'app.status', {})).state).toBe('unlocked')
    expect(snapshotDir(core.dataDir)).toEqual(before)
  })

  it('restore: the vault as it was, today’s password still opens it, the act audited at the next unlock', async () => {
    const good = await ok(core, 'backup.create', {})
    await ok(core, 'students.create', studentInput({ studentNo: '2025010102', name: '李四' }))
    await ok(core, 'auth.changePassword', { currentPassword: ADMIN.password, newPassword: NEW_PASSWORD })
    const restored = await ok(core, 'backup.restore', { path: good.backup.path, confirmCreatedAt: good.backup.createdAt })
    expect(restored.restoredFrom.name).toBe(good.backup.name)
    expect(restored.asideFolder).toMatch(/^before-restore-\d{8}-\d{6}$/)
    expect(readdirSync(join(core.dataDir, restored.asideFolder!)).sort()).toEqual(['vault.json', 'xinan.db'])
    expect((await ok(core, 'app.status', {})).state).toBe('locked')
    expect(await err(core, 'users.list', {})).toMatchObject({ code: 'LOCKED' })

    // This PC's key slots stayed: the password changed after the backup opens the restored vault.
    await login(core, ADMIN.username, NEW_PASSWORD)
    const names = (await ok(core, 'students.search', { q: '2025', limit: 20 })).map((s) => s.name).sort()
    expect(names).toEqual(['张三'])
    const rows = await auditActions(core, NEW_PASSWORD)
    const restoredRow = rows.find((r) => r.action === 'backup.restored')
    expect(restoredRow?.user_id).not.toBeNull()
    expect(JSON.parse(restoredRow!.summary!)).toEqual({ backup: good.backup.name, createdAt: good.backup.createdAt })
    expect(rows.at(-1)!.action).toBe('auth.login')
    expect(await ok(core, 'audit.verify', {})).toMatchObject({ ok: true })
  })

  it('the first-screen channels are refused where a vault opens', async () => {
    const [backup] = await ok(core, 'backup.list', {})
    expect(await err(core, 'backup.inspect', { path: backup!.path })).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.backup.onlyFirstScreen' })
    await ok(core, 'auth.lock', { reason: 'button' })
    const refused = await err(core, 'backup.restoreFresh', {
      path: backup!.path,
      confirmCreatedAt: backup!.createdAt,
      secret: { kind: 'recoveryCode', recoveryCode },
      replaceUnreadable: true
    })
    expect(refused).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.backup.onlyFirstScreen' })
    await login(core, ADMIN.username, NEW_PASSWORD)
  })

  it('a fresh install: inspect shows the backup, a wrong code writes nothing, the right one restores it', async () => {
    const [backup] = (await ok(core, 'backup.list', {})).filter((b) => b.problem === null)
    const fresh = newCore()
    const info = await ok(fresh, 'backup.inspect', { path: backup!.path })
    expect(info).toMatchObject({ name: backup!.name, label: CENTRE, createdAt: backup!.createdAt, problem: null })
    expect(info.counts['students']).toBe(1)
    const input = { path: backup!.path, confirmCreatedAt: backup!.createdAt, replaceUnreadable: false }
    const wrong = await err(fresh, 'backup.restoreFresh', { ...input, secret: { kind: 'recoveryCode', recoveryCode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' } })
    expect(wrong).toMatchObject({ messageKey: 'errors.backup.wrongSecret' })
    expect(readdirSync(fresh.dataDir)).toEqual([])
    expect(await err(fresh, 'backup.restoreFresh', { ...input, secret: { kind: 'recoveryCode', recoveryCode }, confirmCreatedAt: 'x' })).toMatchObject({
      messageKey: 'errors.backup.changedSinceShown'
    })

    const done = await ok(fresh, 'backup.restoreFresh', { ...input, secret: { kind: 'recoveryCode', recoveryCode } })
    expect(done.asideFolder).toBeNull()
    expect(await ok(fresh, 'app.status', {})).toMatchObject({ state: 'locked', centreName: CENTRE })
    // The backup's key slots: the password of that time opens it, the one changed after it does not.
    expect(await err(fresh, 'auth.login', { username: ADMIN.username, password: NEW_PASSWORD })).toMatchObject({ code: 'UNAUTHENTICATED' })
    await login(fresh, ADMIN.username, ADMIN.password)
    expect((await ok(fresh, 'students.search', { q: '张三', limit: 20 })).map((s) => s.name)).toEqual(['张三'])
    const row = (await auditActions(fresh)).find((r) => r.action === 'backup.restored')
    expect(row?.user_id).toBeNull()
    expect(JSON.parse(row!.summary!)).toMatchObject({ backup: backup!.name, from: 'setup' })
  })

  it('a vault that cannot be opened is replaced only when the admin confirms it, its files kept aside', async () => {
    const [backup] = (await ok(core, 'backup.list', {})).filter((b) => b.problem === null)
    const broken = tempDir()
    writeFileSync(join(broken, 'vault.json'), '{ damaged')
    writeFileSync(join(broken, 'xinan.db'), 'whatever was here')
    const later = newCore(broken)
    expect((await ok(later, 'app.status', {})).state).toBe('broken')
    const input = { path: backup!.path, confirmCreatedAt: backup!.createdAt, secret: { kind: 'recoveryCode' as const, recoveryCode } }
    expect(await err(later, 'backup.restoreFresh', { ...input, replaceUnreadable: false })).toMatchObject({ messageKey: 'errors.backup.currentUnreadable' })
    const done = await ok(later, 'backup.restoreFresh', { ...input, replaceUnreadable: true })
    expect(readdirSync(join(broken, done.asideFolder!)).sort()).toEqual(['vault.json', 'xinan.db'])
    expect((await ok(later, 'app.status', {})).state).toBe('locked')
  })
})

describe('scheduled backups', () => {
  it('the daily time makes a backup while unlocked; quitting makes one when the last is over a day old', async () => {
    const clock = new TestClock(Date.parse('2026-11-02T09:29:00.000Z'))
    const dataDir = tempDir()
    const core = newCore(dataDir, clock, { backupCheckMs: 20 })
    await ok(core, 'auth.setup', { centreName: CENTRE, admin: ADMIN })
    const folder = tempDir()
    await ok(core, 'backup.settings.update', { folder, dailyAt: '17:30', keep: 14 })
    // Set at 17:29 with no backup yet: the first check makes one.
    await waitFor(async () => (await ok(core, 'backup.status', {})).lastSuccessAt !== null)
    expect(readdirSync(folder)).toHaveLength(1)
    clock.advance(2 * MINUTE)
    await waitFor(async () => readdirSync(folder).length === 2)
    const status = await ok(core, 'backup.status', {})
    expect(status.lastSuccessAt).toBe('2026-11-02T09:31:00.000Z')
    await sleep(100)
    expect(readdirSync(folder)).toHaveLength(2)

    // Locked at the next day's time: nothing, until someone signs in again.
    await ok(core, 'auth.lock', { reason: 'button' })
    clock.advance(24 * 60 * MINUTE)
    await sleep(100)
    expect(readdirSync(folder)).toHaveLength(2)
    await loginAdmin(core)
    await waitFor(async () => readdirSync(folder).length === 3)

    // Quit more than a day later (with the daily time off): one more backup before the vault locks.
    await ok(core, 'backup.settings.update', { folder, dailyAt: null, keep: 14 })
    clock.advance(25 * 60 * MINUTE)
    await core.close()
    expect(readdirSync(folder)).toHaveLength(4)
    const rows = auditRows(openDb(dataDir, await unwrapDek(dataDir, ADMIN.username, ADMIN.password)))
    const triggers = rows.filter((r) => r.action === 'backup.create').map((r) => JSON.parse(r.summary!).trigger)
    expect(triggers).toEqual(['daily', 'daily', 'daily', 'quit'])
    expect(rows.at(-1)!.action).toBe('auth.lock')
    expect(existsSync(join(dataDir, 'xinan.db'))).toBe(true)
  })
})

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting for the scheduled backup')
    await sleep(25)
  }
}
