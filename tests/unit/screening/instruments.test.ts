import type Database from 'better-sqlite3'
import type { InstrumentDefinition } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, createUser, err, loginAdmin, ok, setUpCore, type TestCore, type TestUser } from '../helpers/core'
import { auditRows, lastSeq, openDb, tableDigests, unwrapDek } from '../helpers/db'
import { loginAs } from '../students/fixtures'
import { addStudent } from '../watch/helpers'
import { SHIPPED_INSTRUMENTS } from '../../../src/main/core/screening/shipped'
import { PHQ9 } from '../../../src/main/core/screening/shipped/phq9'
import { LEVELS } from '../../../src/main/core/screening/shipped/scl90Upi'

/** PHQ-9 as a centre that flags only from 12 up (its "moderate" rule moved). */
const PHQ9_FROM_12: InstrumentDefinition = {
  ...PHQ9,
  flags: PHQ9.flags.map((rule) => (rule.key === 'moderate' ? { ...rule, all: [{ score: 'total', op: 'gte', value: 12 }] } : rule))
}
/** Total 10, item 9 = 0: moderate under the shipped rule, nothing from 12 up. */
const TOTAL_10 = [2, 2, 2, 2, 1, 1, 0, 0, 0]

/** A centre's own instrument. */
const SLEEP: InstrumentDefinition = {
  key: 'sleep_check',
  name: { 'zh-CN': '睡眠状况自评', en: 'Sleep self-check' },
  short: '睡眠',
  kind: 'items',
  administrable: false,
  itemCount: 3,
  answers: { min: 0, max: 3 },
  unscoredItems: [],
  factors: [],
  extras: [],
  bands: [],
  flags: [{ key: 'poor', label: { 'zh-CN': '睡眠较差', en: 'Poor sleep' }, severity: 1, all: [{ score: 'total', op: 'gte', value: 6 }], any: [] }],
  keyItems: [],
  levels: [],
  columnPrefixes: []
}

describe('screening instruments through the core', () => {
  let core: TestCore
  let raw: Database.Database
  let studentId: string
  let counsellor: TestUser
  let partTime: TestUser
  let assistant: TestUser
  let firstResultId: string
  const instrumentRows = (): unknown[] => raw.prepare('SELECT key, version, created_by FROM screening_instruments ORDER BY key, version').all()

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
    studentId = await addStudent(core, { name: '王小明' })
    counsellor = await createUser(core, { username: 'zhanglaoshi', displayName: '张老师', role: 'counsellor' })
    partTime = await createUser(core, { username: 'lilaoshi', displayName: '李老师', role: 'part_time' })
    assistant = await createUser(core, { username: 'qiantai', displayName: '前台小王', role: 'assistant' })
  })

  it('lists the five shipped instruments at version 1, as shipped, without writing an audit row', async () => {
    const seq = lastSeq(raw)
    const list = await ok(core, 'screening.instruments.list', {})
    expect(list.map((i) => [i.key, i.version, i.shipped, i.definition.short])).toEqual([
      ['phq9', 1, true, 'PHQ-9'],
      ['gad7', 1, true, 'GAD-7'],
      ['scl90', 1, true, 'SCL-90'],
      ['upi', 1, true, 'UPI'],
      ['levels', 1, true, '分级']
    ])
    expect(list.map((i) => i.definition)).toEqual([...SHIPPED_INSTRUMENTS])
    expect(instrumentRows()).toHaveLength(5)
    expect(auditRows(raw, seq)).toEqual([])
  })

  it('an admin’s edit is a new version; a result scored before keeps version 1 and its scores', async () => {
    firstResultId = (await ok(core, 'screening.administer', { studentId, instrumentKey: 'phq9', takenOn: '2026-11-01', answers: TOTAL_10 })).id
    const seq = lastSeq(raw)
    const saved = await ok(core, 'screening.instruments.save', { definition: PHQ9_FROM_12 })
    expect(saved).toMatchObject({ key: 'phq9', version: 2, shipped: true })
    expect(saved.definition.flags.find((f) => f.key === 'moderate')?.all).toEqual([{ score: 'total', op: 'gte', value: 12 }])
    expect(auditRows(raw, seq).map((r) => [r.action, r.entity, r.entity_id, JSON.parse(r.summary!)])).toEqual([
      ['screening.instruments.save', 'screening_instrument', 'phq9', { version: 2, items: 9, rules: 3 }]
    ])
    const list = await ok(core, 'screening.instruments.list', {})
    expect(list.map((i) => [i.key, i.version])).toEqual([
      ['phq9', 2],
      ['gad7', 1],
      ['scl90', 1],
      ['upi', 1],
      ['levels', 1]
    ])

    const before = await ok(core, 'screening.result.get', { id: firstResultId })
    expect(before.result).toMatchObject({ instrumentVersion: 1, score: { total: 10, level: 'moderate', severity: 2, flagged: true } })
    const after = await ok(core, 'screening.administer', { studentId, instrumentKey: 'phq9', takenOn: '2026-11-02', answers: TOTAL_10 })
    expect(after).toMatchObject({ instrumentVersion: 2, score: { total: 10, band: 'moderate', level: null, severity: 0, flagged: false } })
  })

  it('saving the current definition again makes no new version', async () => {
    const before = tableDigests(raw)
    expect(await ok(core, 'screening.instruments.save', { definition: PHQ9_FROM_12 })).toMatchObject({ key: 'phq9', version: 2 })
    expect(tableDigests(raw)).toEqual(before)
  })

  it('a centre’s own instrument starts at version 1 and is listed after the shipped ones', async () => {
    expect(await ok(core, 'screening.instruments.save', { definition: SLEEP })).toMatchObject({ key: 'sleep_check', version: 1, shipped: false })
    const list = await ok(core, 'screening.instruments.list', {})
    expect(list.map((i) => i.key)).toEqual(['phq9', 'gad7', 'scl90', 'upi', 'levels', 'sleep_check'])
    expect(instrumentRows()).toContainEqual({ key: 'sleep_check', version: 1, created_by: (await ok(core, 'app.status', {})).session!.user.id })
  })

  it.each<[string, InstrumentDefinition, { path: string; messageKey: string }[]]>([
    [
      'a rule on an unknown score',
      { ...PHQ9, flags: [{ ...PHQ9.flags[0]!, all: [{ score: 'totl', op: 'gte', value: 20 }] }] },
      [{ path: 'definition.flags.0.all.0.score', messageKey: 'validation.instrumentScore' }]
    ],
    [
      'a rule on an unknown extra answer',
      { ...SLEEP, flags: [{ ...SLEEP.flags[0]!, all: [], any: [{ extra: 'asks_help', op: 'eq', value: 1 }] }] },
      [{ path: 'definition.flags.0.any.0.extra', messageKey: 'validation.instrumentScore' }]
    ],
    [
      'a key item beyond the items',
      { ...PHQ9, keyItems: [{ ...PHQ9.keyItems[0]!, item: 10 }] },
      [{ path: 'definition.keyItems.0.item', messageKey: 'validation.instrumentItem' }]
    ],
    [
      'a rule on an item beyond the items',
      { ...SLEEP, flags: [{ ...SLEEP.flags[0]!, all: [{ items: [2, 4], op: 'eq', value: 3 }] }] },
      [{ path: 'definition.flags.0.all.0.items.1', messageKey: 'validation.instrumentItem' }]
    ],
    [
      'two bands with one key',
      { ...PHQ9, bands: [PHQ9.bands[0]!, { ...PHQ9.bands[1]!, key: 'minimal' }] },
      [{ path: 'definition.bands.1.key', messageKey: 'validation.duplicate' }]
    ],
    [
      'two rules with one key',
      { ...PHQ9, flags: [PHQ9.flags[0]!, { ...PHQ9.flags[1]!, key: 'severe' }] },
      [{ path: 'definition.flags.1.key', messageKey: 'validation.duplicate' }]
    ],
    ['bands out of order', { ...PHQ9, bands: [PHQ9.bands[1]!, PHQ9.bands[0]!] }, [{ path: 'definition.bands.1.min', messageKey: 'validation.instrumentBands' }]],
    ['a change of kind', { ...LEVELS, key: 'phq9', short: 'PHQ-9' }, [{ path: 'definition.kind', messageKey: 'errors.screening.kindChanged' }]],
    ['a copy that keeps the short name of the original', { ...PHQ9, key: 'phq9_copy' }, [{ path: 'definition.short', messageKey: 'validation.duplicate' }]]
  ])('refuses %s with the issue’s path, and writes nothing', async (_case, definition, issues) => {
    const before = tableDigests(raw)
    expect(await err(core, 'screening.instruments.save', { definition })).toEqual({ code: 'VALIDATION', messageKey: 'errors.validation', issues })
    expect(tableDigests(raw)).toEqual(before)
  })

  it('counsellors and part-time counsellors may list but not save; the front desk may not even list', async () => {
    for (const user of [counsellor, partTime]) {
      await loginAs(core, user)
      expect((await ok(core, 'screening.instruments.list', {})).map((i) => i.key)).toContain('sleep_check')
      const seq = lastSeq(raw)
      expect(await err(core, 'screening.instruments.save', { definition: { ...SLEEP, itemCount: 4 } })).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
      expect(auditRows(raw, seq).map((r) => [r.user_id, r.action, r.entity_id])).toEqual([[user.id, 'access.denied', 'screening.instruments.save']])
    }
    await loginAs(core, assistant)
    expect(await err(core, 'screening.instruments.list', {})).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
    await loginAdmin(core)
    expect(instrumentRows()).toHaveLength(7)
  })
})
