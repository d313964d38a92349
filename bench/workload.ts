import { randomUUID } from 'node:crypto'
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm'
import { appendAudit, verifyAudit } from '../src/main/core/audit/log'
import type { Tx } from '../src/main/core/context'
import { auditLog, users } from '../src/main/core/db/schema'
import { orgTree } from '../src/main/core/settings/org'
import { localDayStartUtc, nextLocalDayStartUtc } from '../src/main/core/util/localTime'
import type { Random } from '../src/main/tools/synthetic/random'
import type { BenchConnection } from './connections'

/**
 * One part of the workload, run the same way (same random stream) on the encrypted and the
 * plain connection. A capability that adds tables adds its steps to WORKLOAD_STEPS.
 */
export interface WorkloadStep {
  id: string
  label: string
  run(conn: BenchConnection, random: Random, data: WorkloadData): void
}

/** What the student steps look up, drawn from the synthetic roster the bench seeded. */
export interface WorkloadData {
  studentNos: readonly string[]
  /** 1–2 character queries (initials, Chinese characters): the ones search answers by scanning. */
  shortQueries: readonly string[]
  /** Weeks of the seeded appointment years, as UTC instants [from, to). */
  appointmentWeeks: readonly { from: string; to: string }[]
}

const ids = (conn: BenchConnection, table: 'users' | 'classes'): string[] =>
  (conn.sqlite.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: string }[]).map((r) => r.id)

const maxSeq = (conn: BenchConnection): number =>
  (conn.sqlite.prepare('SELECT max(seq) AS n FROM audit_log').get() as { n: number | null }).n ?? 0

/** A transaction like the core's (CallContext.tx), for service functions that take a Tx. */
function inTx<T>(conn: BenchConnection, fn: (t: Tx) => T): T {
  const now = new Date()
  const at = now.toISOString()
  return conn.sqlite.transaction(() =>
    fn({ orm: conn.orm, sqlite: conn.sqlite, now, at, audit: (entry) => appendAudit(conn.sqlite, at, null, entry) })
  )()
}

const AUDIT_APPENDS = 2_000
const POINT_READS = 2_000
const AUDIT_PAGES = 200
const ORG_TREE_READS = 50
const STUDENT_LOOKUPS = 2_000
const SEARCH_SCANS = 100
const APPOINTMENT_WEEKS = 200

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`)

export const WORKLOAD_STEPS: readonly WorkloadStep[] = [
  {
    id: 'auditAppend',
    label: `${AUDIT_APPENDS} audit appends, 1 per transaction`,
    run(conn, random) {
      const userIds = ids(conn, 'users')
      const classIds = ids(conn, 'classes')
      for (let i = 0; i < AUDIT_APPENDS; i++) {
        // Like a real act: its own transaction, committed (and fsynced) on its own.
        conn.sqlite.transaction(() =>
          appendAudit(conn.sqlite, new Date().toISOString(), random.pick(userIds), {
            action: 'bench.act',
            entity: 'class',
            entityId: random.pick(classIds),
            summary: { i, ref: randomUUID() }
          })
        )()
      }
    }
  },
  {
    id: 'pointRead',
    label: `${POINT_READS} indexed point reads`,
    run(conn, random) {
      const userIds = ids(conn, 'users')
      const classIds = ids(conn, 'classes')
      const top = maxSeq(conn)
      const bySeq = conn.sqlite.prepare('SELECT * FROM audit_log WHERE seq = ?')
      const classById = conn.sqlite.prepare('SELECT * FROM classes WHERE id = ?')
      const userById = conn.sqlite.prepare('SELECT * FROM users WHERE id = ?')
      for (let i = 0; i < POINT_READS; i++) {
        if (i % 3 === 0) classById.get(random.pick(classIds))
        else if (i % 3 === 1) userById.get(random.pick(userIds))
        else bySeq.get(random.int(1, top))
      }
    }
  },
  {
    id: 'auditPage',
    label: `${AUDIT_PAGES} filtered audit pages (as audit.list)`,
    run(conn, random) {
      const userIds = ids(conn, 'users')
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
      for (let i = 0; i < AUDIT_PAGES; i++) {
        const where: SQL[] = []
        if (i % 4 === 1) where.push(eq(auditLog.action, random.pick(['bench.act', 'settings.class.create', 'auth.login'])))
        if (i % 4 === 2) where.push(eq(auditLog.userId, random.pick(userIds)))
        if (i % 4 === 3) where.push(gte(auditLog.at, localDayStartUtc(today)), lt(auditLog.at, nextLocalDayStartUtc(today)))
        const condition = where.length > 0 ? and(...where) : undefined
        inTx(conn, (t) => {
          t.orm.select({ n: count() }).from(auditLog).where(condition).get()
          t.orm
            .select({ seq: auditLog.seq, at: auditLog.at, userName: users.displayName, action: auditLog.action, summary: auditLog.summary })
            .from(auditLog)
            .leftJoin(users, eq(users.id, auditLog.userId))
            .where(condition)
            .orderBy(desc(auditLog.seq))
            .limit(50)
            .offset(random.int(0, 9) * 50)
            .all()
        })
      }
    }
  },
  {
    id: 'auditVerify',
    label: 'full audit verify (the whole chain)',
    run(conn) {
      const result = verifyAudit(conn.sqlite)
      if (!result.ok) throw new Error(`the ${conn.kind} audit chain is broken at ${result.firstBroken?.seq}`)
    }
  },
  {
    id: 'orgTree',
    label: `${ORG_TREE_READS} org-tree reads (settings.org.get)`,
    run(conn) {
      for (let i = 0; i < ORG_TREE_READS; i++) inTx(conn, (t) => orgTree(t))
    }
  },
  {
    id: 'studentPoint',
    label: `${STUDENT_LOOKUPS} student lookups by student number`,
    run(conn, random, data) {
      const byNo = conn.sqlite.prepare('SELECT * FROM students WHERE student_no = ?')
      for (let i = 0; i < STUDENT_LOOKUPS; i++) byNo.get(random.pick(data.studentNos))
    }
  },
  {
    id: 'studentLike',
    label: `${SEARCH_SCANS} search-table LIKE scans (1–2 character queries)`,
    run(conn, random, data) {
      // As students.search answers a query too short for the trigram index: a scan of the index's own text.
      const scan = conn.sqlite.prepare("SELECT id FROM student_search_content WHERE c0 LIKE ? ESCAPE '\\'")
      for (let i = 0; i < SEARCH_SCANS; i++) scan.all(`%${escapeLike(random.pick(data.shortQueries))}%`)
    }
  },
  {
    id: 'appointmentWeek',
    label: `${APPOINTMENT_WEEKS} week range reads of appointments`,
    run(conn, random, data) {
      // As the calendar reads a week: a range on the start index, cancelled ones left out.
      const week = conn.sqlite.prepare("SELECT * FROM appointments WHERE start_at >= ? AND start_at < ? AND status != 'cancelled' ORDER BY start_at")
      for (let i = 0; i < APPOINTMENT_WEEKS && data.appointmentWeeks.length > 0; i++) {
        const { from, to } = random.pick(data.appointmentWeeks)
        week.all(from, to)
      }
    }
  }
]
