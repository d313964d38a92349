import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, createUser, err, ok, setUpCore, type TestCore } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek } from '../helpers/db'
import { createOrg } from '../students/fixtures'
import { csvBase64, HEADERS as ROSTER_HEADERS } from '../students/roster'
import { loginAs } from '../appointments/helpers'
import { commitInput, gad, phq, row } from './roundWorld'
import type Database from 'better-sqlite3'

interface Pupil {
  no: string
  name: string
  college: string
  className: string
  status: '在读' | '休学'
}

/**
 * 应用心理1班: 8 enrolled and 1 on leave, 7 screened (the one on leave among them), 6 flagged.
 * 应用心理2班: 3 enrolled, all screened, 2 flagged (under k = 5). 英语2班: 6 enrolled, 4
 * screened, none flagged. One 心理学院 student without a class: screened and flagged.
 */
function pupils(): Pupil[] {
  const out: Pupil[] = []
  const add = (n: number, college: string, className: string, status: Pupil['status'] = '在读'): void => {
    for (let i = 0; i < n; i++) out.push({ no: `20251${String(out.length + 1).padStart(5, '0')}`, name: `测试${'甲乙丙丁戊己庚辛壬癸'[out.length % 10]}${out.length + 1}`, college, className, status })
  }
  add(8, '心理学院', '应用心理1班')
  add(1, '心理学院', '应用心理1班', '休学')
  add(3, '心理学院', '应用心理2班')
  add(6, '外国语学院', '英语2班')
  add(1, '心理学院', '')
  return out
}

describe('screening overview: heat map, coverage and export', () => {
  let core: TestCore
  let raw: Database.Database
  let roundId: string
  const all = pupils()

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
    const org = await createOrg(core)
    await ok(core, 'settings.class.create', { collegeId: org.collegeId, name: '应用心理2班', grade: '2025', advisorName: '', advisorPhone: '' })
    const roster = [ROSTER_HEADERS, ...all.map((p) => [p.no, p.name, '女', '2006-05-06', p.college, p.className, '', '', '', '', '', p.status, ''])]
    const file = { fileName: '名单.csv', contentBase64: csvBase64(roster) }
    const guessed = await ok(core, 'students.import.check', file)
    await ok(core, 'students.import.commit', { ...file, mapping: guessed.mapping, createMissing: false })
    roundId = (await ok(core, 'screening.rounds.create', { name: '2026年秋季新生心理普查', date: '2026-10-20' })).id

    const class1 = all.filter((p) => p.className === '应用心理1班')
    const class2 = all.filter((p) => p.className === '应用心理2班')
    const english = all.filter((p) => p.className === '英语2班')
    const unplaced = all.filter((p) => p.className === '')
    const flagged = (p: Pupil) => row(p.no, '2026-10-21', phq(15), gad(3))
    const well = (p: Pupil) => row(p.no, '2026-10-21', phq(2), gad(1))
    const rows = [
      ...class1.slice(0, 6).map(flagged),
      well(class1[8]!),
      ...class2.slice(0, 2).map(flagged),
      well(class2[2]!),
      ...english.slice(0, 4).map(well),
      ...unplaced.map(flagged)
    ]
    await ok(core, 'screening.import.commit', commitInput(roundId, rows))
  })

  it('counts enrolled, screened and flagged per class, without auditing the aggregate', async () => {
    const seq = lastSeq(raw)
    const view = await ok(core, 'screening.overview', { roundId })
    expect(view.threshold).toBe(5)
    expect(view.round).toMatchObject({ id: roundId, imports: 1, screened: 15, flagged: 9, awaitingOutcome: 9 })
    expect(view.cells.map((c) => [c.collegeName, c.className, c.enrolled, c.screened, c.flagged])).toEqual([
      ['外国语学院', '英语2班', 6, 4, 0],
      ['心理学院', '应用心理1班', 8, 7, 6],
      ['心理学院', '应用心理2班', 3, 3, 2],
      ['心理学院', null, 1, 1, 1]
    ])
    expect(lastSeq(raw)).toBe(seq)
  })

  it('lists rounds newest first with their counts', async () => {
    const later = await ok(core, 'screening.rounds.create', { name: '2027年春季复查', date: '2027-03-10' })
    const rounds = await ok(core, 'screening.rounds.list', {})
    expect(rounds.map((r) => [r.name, r.imports, r.screened, r.flagged, r.awaitingOutcome])).toEqual([
      ['2027年春季复查', 0, 0, 0, 0],
      ['2026年秋季新生心理普查', 1, 15, 9, 9]
    ])
    expect(later).toMatchObject({ name: '2027年春季复查', date: '2027-03-10', imports: 0 })
    expect((await err(core, 'screening.rounds.create', { name: '无效', date: '2027-02-30' })).issues).toEqual([{ path: 'date', messageKey: 'validation.date' }])
  })

  /** Every text of the sheet: no student's name or number may be among them. */
  const assertNoStudent = (texts: string[]): void => {
    const joined = texts.join('\n')
    for (const p of all) {
      expect(joined).not.toContain(p.name)
      expect(joined).not.toContain(p.no)
    }
  }

  it('exports XLSX with "<5" for a flagged count under the threshold, its rate withheld, and no student in it', async () => {
    const seq = lastSeq(raw)
    const file = await ok(core, 'screening.overview.export', { roundId, format: 'xlsx' })
    expect(file.fileName).toBe('screening-heatmap-2026-10-20.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    const rows: ExcelJS.CellValue[][] = []
    sheet.eachRow((r) => rows.push((r.values as ExcelJS.CellValue[]).slice(1)))
    const byClass = (college: string, className: string) => rows.find((r) => r[0] === college && r[1] === className)
    expect(rows[1]).toEqual(['学院', '班级', '在读人数', '已筛查人数', '筛查覆盖率', '预警人数', '预警率'])
    expect(byClass('心理学院', '应用心理1班')).toEqual(['心理学院', '应用心理1班', 8, 7, 7 / 8, 6, 6 / 7])
    expect(byClass('心理学院', '应用心理2班')).toEqual(['心理学院', '应用心理2班', 3, 3, 1, '<5', '—'])
    expect(byClass('心理学院', '（未分班）')).toEqual(['心理学院', '（未分班）', 1, 1, 1, '<5', '—'])
    expect(byClass('外国语学院', '英语2班')).toEqual(['外国语学院', '英语2班', 6, 4, 4 / 6, 0, 0])
    const rateCell = sheet.getRow(rows.indexOf(byClass('心理学院', '应用心理1班')!) + 1).getCell(7)
    expect(rateCell.numFmt).toBe('0.0%')
    const texts: string[] = []
    sheet.eachRow((r) => r.eachCell((c) => texts.push(String(c.text))))
    assertNoStudent(texts)
    expect(auditRows(raw, seq).map((r) => [r.action, r.entity_id, JSON.parse(r.summary!)])).toEqual([
      ['screening.overview.export', roundId, { format: 'xlsx', rows: 4, suppressed: 2 }]
    ])
  })

  it('exports CSV as UTF-8 with a byte-order mark, the same suppression, and no student in it', async () => {
    const file = await ok(core, 'screening.overview.export', { roundId, format: 'csv' })
    expect(file.fileName).toBe('screening-heatmap-2026-10-20.csv')
    const bytes = Buffer.from(file.contentBase64, 'base64')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').split('\r\n')
    expect(lines.slice(1, 6)).toEqual([
      '学院,班级,在读人数,已筛查人数,筛查覆盖率,预警人数,预警率',
      '外国语学院,英语2班,6,4,66.7%,0,0.0%',
      '心理学院,应用心理1班,8,7,87.5%,6,85.7%',
      '心理学院,应用心理2班,3,3,100.0%,<5,—',
      '心理学院,（未分班）,1,1,100.0%,<5,—'
    ])
    assertNoStudent(lines)
  })

  it('is for centre staff only: a part-time counsellor may not see or export the heat map', async () => {
    const partTime = await createUser(core, { username: 'lilaoshi', displayName: '李老师', role: 'part_time' })
    await ok(core, 'auth.lock', { reason: 'button' })
    await loginAs(core, partTime)
    expect((await err(core, 'screening.overview', { roundId })).code).toBe('FORBIDDEN')
    expect((await err(core, 'screening.overview.export', { roundId, format: 'csv' })).code).toBe('FORBIDDEN')
  })
})
