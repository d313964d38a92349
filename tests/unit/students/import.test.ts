import type Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { guessMapping } from '../../../src/main/core/students/import/mapping'
import { parseDate } from '../../../src/main/core/students/import/validate'
import { ADMIN, err, ok, setUpCore, type TestCore } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek } from '../helpers/db'
import { counts, csvBase64, HEADERS, xlsxBase64 } from './roster'

const FILE = { fileName: '名单.csv' }

const ROWS = [
  HEADERS,
  ['2025010101', '张三', '男', '2006-05-06', '心理学院', '应用心理1班', '12号楼-305', '138 0000 1111', '张父', '父亲', '139 0000 2222', '在读', ''],
  ['2025010102', '李四', '女', '2006/5/7', '心理学院', '应用心理1班', '12号楼-306', '', '', '', '', '', ''],
  ['2025020101', '王小明', 'M', '20070101', '外国语学院', '英语2班', '', '', '', '', '', '休学', '']
]

describe('students: roster import', () => {
  let core: TestCore
  let raw: Database.Database

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
  })

  const student = (studentNo: string): Record<string, unknown> | undefined =>
    raw
      .prepare(
        `SELECT s.name, s.gender, s.birth_date AS birthDate, s.phone, s.dorm, s.status, s.contact_notes AS notes, s.guardian_name AS guardian,
                c.name AS college, k.name AS className
         FROM students s LEFT JOIN colleges c ON c.id = s.college_id LEFT JOIN classes k ON k.id = s.class_id WHERE s.student_no = ?`
      )
      .get(studentNo) as Record<string, unknown> | undefined

  it('guesses the mapping from Chinese and English headers, full-width and remarks included', () => {
    expect(guessMapping(HEADERS)).toEqual({
      studentNo: 0,
      name: 1,
      gender: 2,
      birthDate: 3,
      college: 4,
      className: 5,
      dorm: 6,
      phone: 7,
      guardianName: 8,
      guardianRelation: 9,
      guardianPhone: 10,
      status: 11,
      contactNotes: 12
    })
    expect(guessMapping(['Student No.', 'Name', 'Gender', 'Date of birth', 'College', 'Class', 'Dorm', 'Phone', 'Guardian phone', 'Status'])).toEqual({
      studentNo: 0,
      name: 1,
      gender: 2,
      birthDate: 3,
      college: 4,
      className: 5,
      dorm: 6,
      phone: 7,
      guardianPhone: 8,
      status: 9
    })
    expect(guessMapping(['序号', '学 号（必填）', '学生姓名*', '家长电话', '家长姓名', '寝室', '手机号码'])).toEqual({
      studentNo: 1,
      name: 2,
      guardianPhone: 3,
      guardianName: 4,
      dorm: 5,
      phone: 6
    })
  })

  it.each([
    ['2004-05-06', '2004-05-06'],
    ['2004/5/6', '2004-05-06'],
    ['2004.5.6', '2004-05-06'],
    ['2004年5月6日', '2004-05-06'],
    ['20040506', '2004-05-06'],
    ['38113', '2004-05-06'],
    ['2004-02-30', null],
    ['06/05/2004', null],
    ['明天', null]
  ])('date %s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected)
  })

  it('UTF-8 CSV: check writes nothing and reports missing colleges and classes', async () => {
    const before = counts(raw)
    const check = await ok(core, 'students.import.check', { ...FILE, contentBase64: csvBase64(ROWS) })
    expect(check).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      headers: HEADERS,
      rowCount: 3,
      issues: [],
      moreIssues: 0,
      creates: 3,
      updates: 0,
      missingColleges: ['外国语学院', '心理学院'],
      missingClasses: [
        { college: '外国语学院', className: '英语2班' },
        { college: '心理学院', className: '应用心理1班' }
      ]
    })
    expect(check.preview[0]).toMatchObject({ studentNo: '2025010101', gender: 'male', birthDate: '2006-05-06', status: 'enrolled' })
    expect(check.preview[2]).toMatchObject({ gender: 'male', birthDate: '2007-01-01', status: 'on_leave' })
    expect(counts(raw)).toEqual(before)
  })

  it('missing colleges/classes: createMissing false refuses and names them, nothing written', async () => {
    const before = counts(raw)
    const error = await err(core, 'students.import.commit', { ...FILE, contentBase64: csvBase64(ROWS), mapping: guessMapping(HEADERS), createMissing: false })
    expect(error).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.import.missingOrg', params: { colleges: 2, classes: 2 } })
    expect(error.issues).toEqual([
      { path: 'createMissing', messageKey: 'errors.import.missingCollege', params: { college: '外国语学院' } },
      { path: 'createMissing', messageKey: 'errors.import.missingCollege', params: { college: '心理学院' } },
      { path: 'createMissing', messageKey: 'errors.import.missingClass', params: { college: '外国语学院', className: '英语2班' } },
      { path: 'createMissing', messageKey: 'errors.import.missingClass', params: { college: '心理学院', className: '应用心理1班' } }
    ])
    expect(counts(raw)).toEqual(before)
  })

  it('createMissing true creates them in the same transaction; one students.import row without names', async () => {
    const seq = lastSeq(raw)
    const result = await ok(core, 'students.import.commit', { ...FILE, contentBase64: csvBase64(ROWS), mapping: guessMapping(HEADERS), createMissing: true })
    expect(result).toEqual({ created: 3, updated: 0, collegesCreated: 2, classesCreated: 2 })
    const rows = auditRows(raw, seq)
    expect(rows.map((r) => r.action)).toEqual([
      'settings.college.create',
      'settings.college.create',
      'settings.class.create',
      'settings.class.create',
      'students.import'
    ])
    expect(rows[0]!.summary).toBe('{"source":"import"}')
    expect(JSON.parse(rows[2]!.summary!)).toMatchObject({ source: 'import' })
    expect(JSON.parse(rows.at(-1)!.summary!)).toEqual({ created: 3, updated: 0, collegesCreated: 2, classesCreated: 2, rows: 3 })
    expect(student('2025010101')).toEqual({
      name: '张三',
      gender: 'male',
      birthDate: '2006-05-06',
      phone: '138 0000 1111',
      dorm: '12号楼-305',
      status: 'enrolled',
      notes: '',
      guardian: '张父',
      college: '心理学院',
      className: '应用心理1班'
    })
    expect(student('2025020101')).toMatchObject({ status: 'on_leave', college: '外国语学院', className: '英语2班' })
    expect((await ok(core, 'students.search', { q: 'zs', limit: 5 }))[0]?.name).toBe('张三')
  })

  it('re-import updates by number, never duplicates, never erases with an empty cell', async () => {
    const before = counts(raw)
    const again = [
      HEADERS,
      // Phone emptied in the file, dorm changed: the phone stays, the dorm changes.
      ['2025010101', '张三', '', '', '', '', '12号楼-401', '', '', '', '', '', ''],
      // Unchanged.
      ['2025010102', '李四', '女', '2006-05-07', '心理学院', '应用心理1班', '12号楼-306', '', '', '', '', '', ''],
      ['2025030101', '赵六', '女', '', '心理学院', '', '', '', '', '', '', '毕业', '']
    ]
    const content = csvBase64(again)
    const check = await ok(core, 'students.import.check', { ...FILE, contentBase64: content })
    expect(check).toMatchObject({ creates: 1, updates: 1, missingColleges: [], missingClasses: [], issues: [] })
    const result = await ok(core, 'students.import.commit', { ...FILE, contentBase64: content, mapping: check.mapping, createMissing: false })
    expect(result).toEqual({ created: 1, updated: 1, collegesCreated: 0, classesCreated: 0 })
    expect(counts(raw).students).toBe(before.students + 1)
    expect(student('2025010101')).toMatchObject({ phone: '138 0000 1111', dorm: '12号楼-401', gender: 'male', birthDate: '2006-05-06', className: '应用心理1班' })
    expect(student('2025030101')).toMatchObject({ status: 'graduated', college: '心理学院', className: null, gender: 'female' })
  })

  it('GBK CSV (Excel in China) is detected and decoded', async () => {
    const rows = [HEADERS, ['2025040101', '欧阳娜娜', '女', '', '心理学院', '应用心理1班', '', '', '', '', '', '在校', '喜欢短信联系']]
    const content = csvBase64(rows, { encoding: 'gbk' })
    const check = await ok(core, 'students.import.check', { ...FILE, contentBase64: content })
    expect(check).toMatchObject({ encoding: 'gb18030', headers: HEADERS, creates: 1, issues: [] })
    await ok(core, 'students.import.commit', { ...FILE, contentBase64: content, mapping: check.mapping, createMissing: false })
    expect(student('2025040101')).toMatchObject({ name: '欧阳娜娜', notes: '喜欢短信联系', college: '心理学院' })
  })

  it('UTF-8 with BOM; quoted cells with commas, quotes and newlines; CRLF; trailing empty lines', async () => {
    const rows = [
      ['学号', '姓名', '备注'],
      ['2025050101', '孙悦', '周二下午, 可以联系\n先发"短信"'],
      ['2025050102', '周杰', 'a,b']
    ]
    const content = Buffer.concat([Buffer.from(csvBase64(rows, { bom: true }), 'base64'), Buffer.from('\r\n\r\n,,\r\n')]).toString('base64')
    const check = await ok(core, 'students.import.check', { ...FILE, contentBase64: content })
    expect(check).toMatchObject({ encoding: 'utf-8', headers: ['学号', '姓名', '备注'], rowCount: 2, creates: 2, issues: [] })
    await ok(core, 'students.import.commit', { ...FILE, contentBase64: content, mapping: check.mapping, createMissing: false })
    expect(student('2025050101')?.notes).toBe('周二下午, 可以联系\n先发"短信"')
    expect(student('2025050102')?.notes).toBe('a,b')
  })

  it('XLSX: numeric student numbers come out as digits, dates as YYYY-MM-DD, rich text as text', async () => {
    const content = await xlsxBase64([
      ['学号', '姓名', '出生日期', '学院', '班级', '联系电话'],
      [2025060101, { richText: [{ text: '钱' }, { text: '七', font: { bold: true } }] }, new Date(Date.UTC(2005, 10, 9)), '心理学院', '应用心理1班', 13800001234],
      [2025060102, '吴八', '2005/1/2', '心理学院', '应用心理1班', '']
    ])
    const check = await ok(core, 'students.import.check', { fileName: '名单.xlsx', contentBase64: content })
    expect(check).toMatchObject({ format: 'xlsx', encoding: 'xlsx', rowCount: 2, creates: 2, issues: [] })
    expect(check.preview[0]).toMatchObject({ studentNo: '2025060101', name: '钱七', birthDate: '2005-11-09', phone: '13800001234' })
    await ok(core, 'students.import.commit', { fileName: '名单.xlsx', contentBase64: content, mapping: check.mapping, createMissing: false })
    expect(student('2025060101')).toMatchObject({ name: '钱七', birthDate: '2005-11-09', phone: '13800001234' })
    expect(student('2025060102')).toMatchObject({ birthDate: '2005-01-02' })
  })

  it('bad rows: plain-words issues with spreadsheet row numbers and column names; nothing written', async () => {
    const rows = [
      HEADERS,
      ['2025070101', '郑九', '男', '', '', '', '', '', '', '', '', '', ''],
      ['', '冯十', '男', '', '', '', '', '', '', '', '', '', ''],
      ['2025070103', '', '不详', '2006-13-01', '', '', '', '138-abc', '', '', '', '在家', ''],
      ['2025070101', '陈一', '', '', '', '', '', '', '', '', '', '', ''],
      ['20 25', '褚二', '', '', '', '', '', '', '', '', '', '', ''],
      ['2025070106', '卫'.repeat(41), '', '', '', '', '', '', '', '', '', '', '']
    ]
    const content = csvBase64(rows)
    const check = await ok(core, 'students.import.check', { ...FILE, contentBase64: content })
    expect(check.issues).toEqual([
      { row: 3, column: '学号', messageKey: 'errors.import.required', params: { column: '学号' } },
      { row: 4, column: '性别', messageKey: 'errors.import.gender', params: { column: '性别', value: '不详' } },
      { row: 4, column: '出生日期', messageKey: 'errors.import.date', params: { column: '出生日期', value: '2006-13-01' } },
      { row: 4, column: '联系电话', messageKey: 'errors.import.phone', params: { column: '联系电话', value: '138-abc' } },
      { row: 4, column: '状态', messageKey: 'errors.import.status', params: { column: '状态', value: '在家' } },
      { row: 4, column: '姓名', messageKey: 'errors.import.required', params: { column: '姓名' } },
      { row: 5, column: '学号', messageKey: 'errors.import.duplicateStudentNo', params: { column: '学号', value: '2025070101', otherRow: 2 } },
      { row: 6, column: '学号', messageKey: 'errors.import.studentNo', params: { column: '学号', value: '20 25' } },
      { row: 7, column: '姓名', messageKey: 'errors.import.tooLong', params: { column: '姓名', value: '卫'.repeat(41), max: 40 } }
    ])
    const before = counts(raw)
    const error = await err(core, 'students.import.commit', { ...FILE, contentBase64: content, mapping: check.mapping, createMissing: true })
    expect(error).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.import.rowsInvalid', params: { count: 9 } })
    expect(error.issues?.[0]).toEqual({ path: 'rows.3.studentNo', messageKey: 'errors.import.required', params: { column: '学号', row: 3 } })
    expect(counts(raw)).toEqual(before)
  })

  it('more than 200 issues: 200 listed, the rest counted', async () => {
    const rows = [HEADERS, ...Array.from({ length: 250 }, (_, i) => [`X${10000 + i}`, '', '', '', '', '', '', '', '', '', '', '', ''])]
    const check = await ok(core, 'students.import.check', { ...FILE, contentBase64: csvBase64(rows) })
    expect(check.issues).toHaveLength(200)
    expect(check.moreIssues).toBe(50)
  })

  it('a class named without its college is found when its name is unique', async () => {
    const content = csvBase64([
      ['学号', '姓名', '班级'],
      ['2025080101', '蒋三', '英语2班'],
      ['2025080102', '沈四', '不存在班']
    ])
    const check = await ok(core, 'students.import.check', { ...FILE, contentBase64: content })
    expect(check.issues).toEqual([
      { row: 3, column: '班级', messageKey: 'errors.import.classNeedsCollege', params: { column: '班级', value: '不存在班' } }
    ])
    expect(check.creates).toBe(1)
    expect(await err(core, 'students.import.commit', { ...FILE, contentBase64: content, mapping: check.mapping, createMissing: true })).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'errors.import.rowsInvalid'
    })
  })

  it('bad mappings, empty and unreadable files: VALIDATION, nothing written', async () => {
    const before = counts(raw)
    const content = csvBase64(ROWS)
    expect(await err(core, 'students.import.commit', { ...FILE, contentBase64: content, mapping: { studentNo: 0, name: 1, dorm: 13 }, createMissing: true })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'mapping.dorm', messageKey: 'errors.import.columnOutOfRange' }]
    })
    expect(await err(core, 'students.import.commit', { ...FILE, contentBase64: content, mapping: { name: 1 }, createMissing: true })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'mapping.studentNo', messageKey: 'errors.import.noStudentNoColumn' }]
    })
    const guessless = await ok(core, 'students.import.check', { ...FILE, contentBase64: csvBase64([['甲', '乙'], ['1', '2']]) })
    expect(guessless.issues.map((i) => [i.row, i.messageKey])).toEqual([
      [1, 'errors.import.noStudentNoColumn'],
      [1, 'errors.import.noNameColumn']
    ])
    expect(await err(core, 'students.import.check', { ...FILE, contentBase64: Buffer.from('\r\n\r\n').toString('base64') })).toMatchObject({
      issues: [{ path: 'contentBase64', messageKey: 'errors.import.empty' }]
    })
    const zipNoise = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]).toString('base64')
    expect(await err(core, 'students.import.check', { ...FILE, contentBase64: zipNoise })).toMatchObject({
      issues: [{ path: 'contentBase64', messageKey: 'errors.import.unreadable' }]
    })
    expect(await err(core, 'students.import.check', { ...FILE, contentBase64: Buffer.from('学号,姓名\n1,"张').toString('base64') })).toMatchObject({
      issues: [{ path: 'contentBase64', messageKey: 'errors.import.quoteNotClosed' }]
    })
    expect(counts(raw)).toEqual(before)
  })
})
