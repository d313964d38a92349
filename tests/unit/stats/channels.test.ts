import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, createUser, err, loginAdmin, ok, setUpCore, type TestCore, type TestUser } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek } from '../helpers/db'
import { loginAs } from '../students/fixtures'

const OCTOBER = { from: '2026-10-01', to: '2026-10-31' }

describe('stats channels: threshold, report, exports, access', () => {
  let core: TestCore
  let db: Database.Database
  let station: TestUser
  let counsellor: TestUser

  beforeAll(async () => {
    core = await setUpCore()
    await loginAdmin(core)
    station = await createUser(core, { username: 'lilaoshi', displayName: '李老师', role: 'part_time' })
    counsellor = await createUser(core, { username: 'zhang', displayName: '张老师', role: 'counsellor' })
    await ok(core, 'settings.college.create', { name: '心理学院' })
    db = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
  })

  it('the threshold k is 5 until the director sets it, 3 to 11; the report uses it', async () => {
    await loginAdmin(core)
    expect(await ok(core, 'stats.settings.get', {})).toEqual({ threshold: 5 })
    for (const [threshold, messageKey] of [[2, 'validation.min'], [12, 'validation.max'], [4.5, 'validation.wholeNumber']] as const) {
      const refused = await err(core, 'stats.settings.update', { threshold })
      expect(refused.code).toBe('VALIDATION')
      expect(refused.issues?.[0]).toMatchObject({ path: 'threshold', messageKey })
    }
    const seq = lastSeq(db)
    expect(await ok(core, 'stats.settings.update', { threshold: 7 })).toEqual({ threshold: 7 })
    expect(auditRows(db, seq).map((r) => [r.action, r.summary])).toEqual([['stats.settings.update', JSON.stringify({ from: 5, to: 7 })]])
    expect((await ok(core, 'stats.report', { range: OCTOBER, locale: 'zh-CN' })).threshold).toBe(7)
    await ok(core, 'stats.settings.update', { threshold: 5 })
  })

  it('an empty month reports zeros in every section and audits the range', async () => {
    await loginAs(core, counsellor)
    const seq = lastSeq(db)
    const report = await ok(core, 'stats.report', { range: OCTOBER, locale: 'zh-CN' })
    expect(report.sections.map((s) => s.key)).toEqual(['counselling', 'watch', 'crisis', 'followUps', 'screening', 'openDay', 'activities'])
    expect(report.sections[0]?.figures.map((f) => f.value)).toEqual([0, 0, 0, 0])
    const sessions = report.sections[0]?.tables[0]
    expect(sessions).toMatchObject({ key: 'sessionsByCollegeKind', rows: ['心理学院'], total: 0, hidden: [] })
    const [row] = auditRows(db, seq)
    expect(row?.action).toBe('stats.report')
    expect(JSON.parse(row?.summary ?? '{}')).toMatchObject({ ...OCTOBER, threshold: 5, hidden: 0 })
  })

  it('refuses a range the wrong way round or longer than five years, at the field', async () => {
    await loginAs(core, counsellor)
    const backwards = await err(core, 'stats.report', { range: { from: '2026-10-31', to: '2026-10-01' }, locale: 'zh-CN' })
    expect(backwards.issues).toContainEqual(expect.objectContaining({ path: 'range.to', messageKey: 'validation.rangeOrder' }))
    const long = await err(core, 'stats.export', { range: { from: '2020-01-01', to: '2026-01-01' }, locale: 'zh-CN', format: 'csv' })
    expect(long.issues).toContainEqual(expect.objectContaining({ path: 'range.to', messageKey: 'validation.rangeTooLong' }))
    expect(await ok(core, 'stats.report', { range: { from: '2021-11-01', to: '2026-10-31' }, locale: 'en' })).toMatchObject({ locale: 'en' })
  })

  it('exports CSV (UTF-8 with BOM), XLSX and PDF, each audited with its format', async () => {
    await loginAs(core, counsellor)
    const seq = lastSeq(db)
    const csv = await ok(core, 'stats.export', { range: OCTOBER, locale: 'zh-CN', format: 'csv' })
    expect(csv.fileName).toBe('statistics-2026-10-01-2026-10-31.csv')
    const csvBytes = Buffer.from(csv.contentBase64, 'base64')
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csvBytes.toString('utf8')).toContain('咨询人次')

    const xlsx = await ok(core, 'stats.export', { range: OCTOBER, locale: 'zh-CN', format: 'xlsx' })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer)
    expect(book.worksheets.length).toBeGreaterThan(4)

    const pdf = await ok(core, 'stats.export', { range: OCTOBER, locale: 'zh-CN', format: 'pdf' })
    const file = join(mkdtempSync(join(tmpdir(), 'xinan-stats-')), pdf.fileName)
    writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'))
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    expect(text).toContain('咨询工作')
    expect(text).toContain('2026-10-01')

    const rows = auditRows(db, seq)
    expect(rows.map((r) => r.action)).toEqual(['stats.export', 'stats.export', 'stats.export'])
    expect(rows.map((r) => JSON.parse(r.summary ?? '{}').format)).toEqual(['csv', 'xlsx', 'pdf'])
  }, 60_000)

  it('a part-time counsellor logs activities but sees no statistics', async () => {
    await loginAs(core, station)
    expect((await err(core, 'stats.report', { range: OCTOBER, locale: 'zh-CN' })).code).toBe('FORBIDDEN')
    expect((await err(core, 'stats.export', { range: OCTOBER, locale: 'zh-CN', format: 'csv' })).code).toBe('FORBIDDEN')
    expect(await ok(core, 'activities.list', OCTOBER)).toEqual([])
  })
})
