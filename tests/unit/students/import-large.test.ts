import type Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { namePinyin } from '../../../src/main/core/students/pinyin'
import { ADMIN, ok, setUpCore, type TestCore } from '../helpers/core'
import { openDb, unwrapDek } from '../helpers/db'
import { bigRoster, counts, csvBase64 } from './roster'

const N = 16_000

/** The benchmark measures speed (npm run bench); here the size must simply work. Times are printed. */
describe('students: a 16,000-row roster', () => {
  let core: TestCore
  let raw: Database.Database
  const content = csvBase64(bigRoster(N))

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
  })

  it('imports in one transaction and re-imports without changes', { timeout: 120_000 }, async () => {
    let started = performance.now()
    const check = await ok(core, 'students.import.check', { fileName: 'roster.csv', contentBase64: content })
    const checkMs = performance.now() - started
    expect(check).toMatchObject({ rowCount: N, creates: N, issues: [] })

    started = performance.now()
    const result = await ok(core, 'students.import.commit', { fileName: 'roster.csv', contentBase64: content, mapping: check.mapping, createMissing: true })
    const commitMs = performance.now() - started
    expect(result.created).toBe(N)
    expect(counts(raw).students).toBe(N)

    started = performance.now()
    const again = await ok(core, 'students.import.commit', { fileName: 'roster.csv', contentBase64: content, mapping: check.mapping, createMissing: false })
    const reimportMs = performance.now() - started
    expect(again).toEqual({ created: 0, updated: 0, collegesCreated: 0, classesCreated: 0 })

    console.log(`[import] ${N} rows: check ${checkMs.toFixed(0)} ms, commit ${commitMs.toFixed(0)} ms, unchanged re-import ${reimportMs.toFixed(0)} ms`)
  })

  it('search and list stay quick on 16,000 students', async () => {
    const timings: Record<string, number> = {}
    const someone = bigRoster(40)[37]![1]!
    const { full, initials } = namePinyin(someone)
    for (const q of [initials, full, full.slice(0, 5), someone, someone.slice(0, 1), '2022001', '2023级5班', '12号楼-1', '堃']) {
      const started = performance.now()
      for (let i = 0; i < 20; i++) await ok(core, 'students.search', { q, limit: 20 })
      timings[q] = (performance.now() - started) / 20
      expect((await ok(core, 'students.search', { q, limit: 20 })).length, q).toBeGreaterThan(0)
    }
    let started = performance.now()
    const list = await ok(core, 'students.list', {})
    const listMs = performance.now() - started
    expect(list.total).toBe(N)
    started = performance.now()
    await ok(core, 'students.list', { q: 'wang' })
    const filteredMs = performance.now() - started
    console.log(
      `[search] mean ms per call: ${Object.entries(timings)
        .map(([q, ms]) => `${q}=${ms.toFixed(1)}`)
        .join(' ')}; list all ${listMs.toFixed(0)} ms, list q=wang ${filteredMs.toFixed(0)} ms`
    )
  })
})
