import { beforeAll, describe, expect, it } from 'vitest'
import type { ChannelInput } from '@shared/contract'
import type Database from 'better-sqlite3'
import { ADMIN, createUser, err, loginAdmin, ok, setUpCore, type TestCore, type TestUser } from '../helpers/core'
import { auditRows, openDb, unwrapDek } from '../helpers/db'
import { loginAs } from '../students/fixtures'

/** The test clock's day is 2026-11-02 (centre time). */
const EVENT: ChannelInput<'activities.create'> = {
  kind: 'event',
  title: '5·25 心理健康日游园会',
  date: '2026-05-25',
  participants: 320,
  channel: null,
  theme: 'day525',
  notes: '与学生会合办'
}
const TRAINING: ChannelInput<'activities.create'> = { kind: 'training', title: '朋辈心理辅导员培训', date: '2026-10-12', participants: 40, channel: null, theme: null, notes: '' }
const POST: ChannelInput<'activities.create'> = { kind: 'publicity', title: '秋季睡眠卫生推送', date: '2026-10-20', participants: null, channel: 'wechat', theme: null, notes: '' }

describe('activities: the centre’s own work', () => {
  let core: TestCore
  let station: TestUser
  let counsellor: TestUser
  let desk: TestUser
  let db: Database.Database

  beforeAll(async () => {
    core = await setUpCore()
    await loginAdmin(core)
    station = await createUser(core, { username: 'lilaoshi', displayName: '李老师', role: 'part_time' })
    counsellor = await createUser(core, { username: 'zhang', displayName: '张老师', role: 'counsellor' })
    desk = await createUser(core, { username: 'desk', displayName: '前台小王', role: 'assistant' })
    db = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
  })

  it('logs, lists by range newest first, updates and takes out with a reason, keeping the row', async () => {
    await loginAs(core, counsellor)
    const event = await ok(core, 'activities.create', EVENT)
    const training = await ok(core, 'activities.create', TRAINING)
    const post = await ok(core, 'activities.create', POST)
    expect(event).toMatchObject({ ...EVENT, createdBy: counsellor.id, createdByName: '张老师' })

    const october = await ok(core, 'activities.list', { from: '2026-10-01', to: '2026-10-31' })
    expect(october.map((a) => a.id)).toEqual([post.id, training.id])

    const moved = await ok(core, 'activities.update', { id: training.id, form: { ...TRAINING, participants: 42, date: '2026-10-13' } })
    expect(moved).toMatchObject({ participants: 42, date: '2026-10-13', createdByName: '张老师' })

    await ok(core, 'activities.remove', { id: post.id, reason: '与另一条重复' })
    expect((await ok(core, 'activities.list', { from: '2026-10-01', to: '2026-10-31' })).map((a) => a.id)).toEqual([training.id])
    // Taken out, not deleted: the row stays with who, when and why; it cannot be changed again.
    expect(db.prepare('SELECT removed_reason, removed_by FROM centre_activities WHERE id = ?').get(post.id)).toEqual({ removed_reason: '与另一条重复', removed_by: counsellor.id })
    expect((await err(core, 'activities.update', { id: post.id, form: POST })).code).toBe('NOT_FOUND')
    const audit = auditRows(db).filter((r) => r.action.startsWith('activities.'))
    expect(audit.map((r) => r.action)).toEqual(['activities.create', 'activities.create', 'activities.create', 'activities.update', 'activities.remove'])
    // Kinds and counts only: no title in the log.
    expect(JSON.stringify(audit)).not.toContain('游园会')
  })

  it('refuses bad forms at their fields, writing nothing', async () => {
    await loginAs(core, counsellor)
    const before = await ok(core, 'activities.list', { from: '2022-01-01', to: '2026-11-02' })
    const cases: [unknown, string, string][] = [
      [{ ...POST, channel: null }, 'channel', 'validation.required'],
      [{ ...TRAINING, channel: 'wechat' }, 'channel', 'validation.channelOnlyForPublicity'],
      [{ ...EVENT, theme: null }, 'theme', 'validation.required'],
      [{ ...TRAINING, theme: 'day525' }, 'theme', 'validation.themeOnlyForEvents'],
      [{ ...TRAINING, participants: null }, 'participants', 'validation.required'],
      [{ ...TRAINING, participants: 2.5 }, 'participants', 'validation.wholeNumber'],
      [{ ...TRAINING, title: '  ' }, 'title', 'validation.required'],
      [{ ...TRAINING, date: '2026-11-03' }, 'date', 'validation.notInFuture']
    ]
    for (const [input, path, messageKey] of cases) {
      const error = await err(core, 'activities.create', input)
      expect(error.code, path).toBe('VALIDATION')
      expect(error.issues, path).toContainEqual(expect.objectContaining({ path, messageKey }))
    }
    expect(await ok(core, 'activities.list', { from: '2022-01-01', to: '2026-11-02' })).toEqual(before)
    const range = await err(core, 'activities.list', { from: '2026-10-31', to: '2026-10-01' })
    expect(range.issues).toContainEqual(expect.objectContaining({ path: 'to', messageKey: 'validation.rangeOrder' }))
  })

  it('a part-time counsellor changes only what they logged; the front desk has no log', async () => {
    await loginAs(core, counsellor)
    const theirs = await ok(core, 'activities.create', { ...TRAINING, title: '辅导员心理危机识别培训' })
    await loginAs(core, station)
    const own = await ok(core, 'activities.create', { ...EVENT, title: '学院 10·10 主题班会', theme: 'day1010', date: '2026-10-10' })
    await ok(core, 'activities.update', { id: own.id, form: { ...EVENT, title: '学院 10·10 主题班会', theme: 'day1010', date: '2026-10-10', participants: 60 } })
    const refused = await err(core, 'activities.update', { id: theirs.id, form: TRAINING })
    expect(refused).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.activities.notYours' })
    expect((await err(core, 'activities.remove', { id: theirs.id, reason: '不对' })).code).toBe('FORBIDDEN')
    await loginAs(core, desk)
    expect((await err(core, 'activities.list', { from: '2026-10-01', to: '2026-10-31' })).code).toBe('FORBIDDEN')
  })
})
