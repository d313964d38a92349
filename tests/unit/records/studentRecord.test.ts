import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSession } from '../../../src/main/core/auth/session'
import { CallContext } from '../../../src/main/core/context'
import { ForbiddenError, NotFoundError } from '../../../src/main/core/errors'
import { gatherStudentRecord } from '../../../src/main/core/records/gather'
import { printStudentRecord } from '../../../src/main/core/records/print'
import { lazyChromiumEngine } from '../../../src/main/core/reports/lazyChromium'
import { CoreState } from '../../../src/main/core/state'
import { Vault } from '../../../src/main/core/vault/vault'
import { ADMIN, CENTRE, ok } from '../helpers/core'
import { auditRows, lastSeq, unwrapDek, type AuditRow } from '../helpers/db'
import { inspectPdf } from '../reports/pdfText'
import { SEEN, setUpRecordWorld, UNSEEN, type RecordWorld } from './recordWorld'

/** The tables whose rows belong to one student: a student_id column (or the students table itself). */
function studentTables(raw: Database.Database): string[] {
  const tables = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name)
  const columns = (table: string): string[] => (raw.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name)
  return ['students', ...tables.filter((t) => columns(t).includes('student_id'))]
}

/**
 * Tables without a student_id whose rows hang off a student's rows by a foreign key (addenda of
 * a note, events of a referral): also the student's, counted through their parent.
 */
function dependentTables(raw: Database.Database, owners: string[]): { table: string; from: string; parent: string; to: string }[] {
  const tables = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name)
  return tables
    .filter((t) => !owners.includes(t))
    .flatMap((table) =>
      (raw.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string; from: string; to: string }[])
        .filter((fk) => owners.includes(fk.table) && fk.table !== 'students')
        .map((fk) => ({ table, from: fk.from, parent: fk.table, to: fk.to }))
    )
}

/** Every column of the students table and the label the profile prints it under (null: not printed on its own). */
const PROFILE_LABELS: Record<string, string | null> = {
  // The row's id is internal; the pinyin only repeats the name.
  id: null,
  name_pinyin: null,
  name_initials: null,
  student_no: '学号',
  name: '姓名',
  gender: '性别',
  birth_date: '出生日期',
  college_id: '学院',
  class_id: '班级',
  grade: '年级',
  major: '专业',
  dorm: '宿舍',
  phone: '联系电话',
  guardian_name: '监护人姓名',
  guardian_relation: '与学生关系',
  guardian_phone: '监护人电话',
  status: '学籍状态',
  contact_notes: '联系备注',
  created_at: '建档时间',
  updated_at: '最后修改',
  left_on: '离校日期'
}

/** The student's rows of a table, straight from the database. */
function rowsOf(raw: Database.Database, table: string, studentId: string): number {
  const column = table === 'students' ? 'id' : 'student_id'
  return (raw.prepare(`SELECT count(*) AS n FROM "${table}" WHERE "${column}" = ?`).get(studentId) as { n: number }).n
}

/**
 * A student's full record for a PIPL access request: the world has something about 张三 in every
 * table that holds a student, the PDF is rendered once (zh-CN) by the real engine and read back
 * with pdftotext, and the shared assertions look at it part by part.
 */
describe("a student's full record (PIPL access request)", () => {
  let w: RecordWorld
  let ctx: CallContext
  let text: string
  let fileName: string
  let audit: AuditRow[]

  beforeAll(async () => {
    w = await setUpRecordWorld()
    // The channel is wired by the shell's registry; here the function runs on a context of its own, logged in as the admin.
    await ok(w.core, 'auth.lock', { reason: 'button' })
    ctx = new CallContext(w.core.clock, new Vault(w.core.dataDir, w.core.clock), new CoreState(), lazyChromiumEngine())
    openSession(ctx, await unwrapDek(w.core.dataDir, ADMIN.username, ADMIN.password), w.adminId, { throttleKey: null })
    const before = lastSeq(w.raw)
    const result = await printStudentRecord(ctx, { studentId: w.students.zhang, locale: 'zh-CN' })
    fileName = result.fileName
    text = inspectPdf(Buffer.from(result.pdfBase64, 'base64')).text
    audit = auditRows(w.raw, before)
  }, 120_000)

  afterAll(async () => {
    ctx.state.detach()
    await ctx.pdf.close()
  })

  it('prints every part, in order, under the letterhead and a file name that names no one', () => {
    const parts = ['一、基本信息与联系方式', '二、关注名单状态与等级变更', '三、一生一策', '四、跟进记录', '五、每周研判决定', '六、预约记录', '七、候补名单', '八、咨询记录及补充记录', '九、危机预警及处置', '十、转介记录', '十一、心理测评结果', '十二、筛查二次访谈']
    const at = parts.map((p) => text.indexOf(p))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(text).toContain('学生个人信息记录（查阅副本）')
    expect(text).toContain(CENTRE)
    expect(text).not.toContain('无记录')
    expect(fileName).toBe('student-record-2026-11-02.pdf')
  })

  it('shows a distinctive value of each kind of record', () => {
    const missing = Object.entries(SEEN).filter(([, value]) => !text.includes(value))
    expect(missing).toEqual([])
    // Enum values in words, the people who acted, and the answers with their labels.
    for (const words of ['重大心理危机', '严重心理问题', '学业压力', '毕业季', '告知家长', '家校沟通', '学生取消', '以团体成员身份参加', '未签署草稿', '已签署', '敏感记录', '已送诊', '联系家属（电话）', '确认需要关注', '王老师', '张老师', '2（一半以上的天数）']) {
      expect(text).toContain(words)
    }
  })

  it("prints every column of the student's row under its label", () => {
    const columns = (w.raw.prepare('PRAGMA table_info(students)').all() as { name: string }[]).map((c) => c.name)
    expect(columns.filter((c) => !(c in PROFILE_LABELS))).toEqual([])
    const unlabelled = columns.flatMap((c) => (PROFILE_LABELS[c] ? [PROFILE_LABELS[c]] : [])).filter((label) => !text.includes(`${label}：`))
    expect(unlabelled).toEqual([])
  })

  it('covers every table that holds a student: the audited counts match the database, table by table', () => {
    const counts = JSON.parse(audit[0]!.summary!) as Record<string, unknown>
    const owners = studentTables(w.raw)
    for (const table of owners) {
      const rows = rowsOf(w.raw, table, w.students.zhang)
      // Something of every kind is in the world, so a table the print forgets cannot pass unnoticed.
      expect({ table, some: rows > 0 }).toEqual({ table, some: true })
      expect({ table, counted: counts[table] }).toEqual({ table, counted: rows })
    }
    const dependents = dependentTables(w.raw, owners)
    expect(dependents.map((d) => d.table).sort()).toEqual(['note_addenda', 'referral_events'])
    for (const d of dependents) {
      const rows = (
        w.raw.prepare(`SELECT count(*) AS n FROM "${d.table}" WHERE "${d.from}" IN (SELECT "${d.to}" FROM "${d.parent}" WHERE student_id = ?)`).get(w.students.zhang) as { n: number }
      ).n
      expect(rows).toBeGreaterThan(0)
      expect({ table: d.table, counted: counts[d.table] }).toEqual({ table: d.table, counted: rows })
    }
  })

  it('audits the print once, after it exists: ids and counts, no content', () => {
    expect(audit.map((r) => [r.action, r.entity, r.entity_id, r.user_id])).toEqual([['records.student.print', 'student', w.students.zhang, w.adminId]])
    const summary = JSON.parse(audit[0]!.summary!) as Record<string, unknown>
    expect(Object.entries(summary).filter(([key, value]) => key !== 'locale' && typeof value !== 'number')).toEqual([])
    expect(summary.locale).toBe('zh-CN')
    for (const value of ['张三', ...Object.values(SEEN)]) expect(audit[0]!.summary).not.toContain(value)
  })

  it("holds nothing of another student's records", () => {
    for (const value of Object.values(UNSEEN)) expect(text).not.toContain(value)
  })

  it('is the admin’s alone: any other role is refused before anything is read; an unknown student is not found', () => {
    for (const role of ['counsellor', 'part_time', 'assistant'] as const) {
      const session = { ...ctx.session(), role }
      expect(() => ctx.tx((t) => gatherStudentRecord(t, session, w.students.zhang))).toThrow(ForbiddenError)
    }
    expect(() => ctx.tx((t) => gatherStudentRecord(t, ctx.session(), randomUUID()))).toThrow(NotFoundError)
  })

  it('prints in English too', async () => {
    const result = await printStudentRecord(ctx, { studentId: w.students.zhang, locale: 'en' })
    const english = inspectPdf(Buffer.from(result.pdfBase64, 'base64')).text
    for (const words of ['Personal information record', '1. Profile and contact data', '12. Second-stage screening interviews', 'Major psychological crisis', SEEN.guardian]) {
      expect(english).toContain(words)
    }
  })
})
