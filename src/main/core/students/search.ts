import type { StudentRowDto } from '@shared/contract'
import type Database from 'better-sqlite3'
import { and, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm'
import type { CallContext, Tx } from '../context'
import { ForbiddenError } from '../errors'
import type { ParsedInput } from '../registry'
import { classes, colleges } from '../settings/schema'
import type { Session } from '../state'
import { watchStatus } from '../watch/schema'
import { seesClinical, visibleTo } from './access'
import { students } from './schema'

/** What a query is matched as: as typed (a class name may hold spaces) and without spaces (`zhang san`). */
interface Query {
  asTyped: string
  compact: string
}

function normalise(q: string): Query {
  const asTyped = q.trim().toLowerCase().replace(/\s+/g, ' ')
  return { asTyped, compact: asTyped.replace(/ /g, '') }
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`)
const quoteMatch = (s: string): string => `"${s.replace(/"/g, '""')}"`

/**
 * Students whose search text (name, number, pinyin, initials, dorm, class) contains the query.
 * The trigram index answers 3+ characters; shorter queries scan the same rows with LIKE.
 */
function matching(q: Query): SQL {
  const terms = [...new Set([q.asTyped, q.compact])].filter((term) => term.length > 0)
  if (terms.every((term) => [...term].length >= 3)) {
    const expression = terms.map(quoteMatch).join(' OR ')
    return sql`${students}.rowid IN (SELECT rowid FROM student_search WHERE student_search MATCH ${expression})`
  }
  // The index's own copy of the text (its %_content table, c0 = `text`): scanned directly it
  // is a few times quicker than a scan through the FTS5 virtual table.
  const likes = terms.map((term) => sql`c0 LIKE ${`%${escapeLike(term)}%`} ESCAPE '\\'`)
  return sql`${students}.rowid IN (SELECT id FROM student_search_content WHERE ${or(...likes)})`
}

/** Best first: exact number, number prefix, exact name, name prefix, initials, pinyin prefix, the rest. */
function rank(q: Query): SQL {
  const prefix = `${escapeLike(q.compact)}%`
  const namePrefix = `${escapeLike(q.asTyped)}%`
  return sql`CASE
    WHEN lower(${students.studentNo}) = ${q.compact} THEN 0
    WHEN lower(${students.studentNo}) LIKE ${prefix} ESCAPE '\\' THEN 1
    WHEN lower(${students.name}) = ${q.asTyped} THEN 2
    WHEN lower(${students.name}) LIKE ${namePrefix} ESCAPE '\\' THEN 3
    WHEN ${students.nameInitials} = ${q.compact} THEN 4
    WHEN ${students.namePinyin} LIKE ${prefix} ESCAPE '\\' THEN 5
    ELSE 6 END`
}

/** The row shape of a search and a list; the tier only for roles that see clinical data. */
function rowSelection(session: Session) {
  return {
    id: students.id,
    studentNo: students.studentNo,
    name: students.name,
    gender: students.gender,
    collegeName: colleges.name,
    className: classes.name,
    dorm: students.dorm,
    status: students.status,
    tier: seesClinical(session) ? watchStatus.tier : sql<null>`NULL`
  }
}

function rowQuery(t: Tx, session: Session) {
  return t.orm
    .select(rowSelection(session))
    .from(students)
    .leftJoin(colleges, eq(colleges.id, students.collegeId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .leftJoin(watchStatus, eq(watchStatus.studentId, students.id))
}

/** The Ctrl+K search. Roster data only (no file is opened), so it writes no audit row. */
export function searchStudents(t: Tx, input: ParsedInput<'students.search'>, ctx: CallContext): StudentRowDto[] {
  const session = ctx.session()
  const q = normalise(input.q)
  if (!q.compact) return []
  return rowQuery(t, session)
    .where(and(matching(q), visibleTo(session)))
    .orderBy(rank(q), students.studentNo)
    .limit(input.limit)
    .all()
}

const byName = new Intl.Collator('zh-CN', { numeric: true })

/** Position of each college and class in pinyin order, so 16,000 rows sort by number comparisons. */
function orgOrder(t: Tx): Map<string, number> {
  const order = new Map<string, number>()
  const names = (rows: { name: string }[]): string[] => [...new Set(rows.map((r) => r.name))].sort(byName.compare)
  names(t.orm.select({ name: colleges.name }).from(colleges).all()).forEach((name, i) => order.set(`college:${name}`, i))
  names(t.orm.select({ name: classes.name }).from(classes).all()).forEach((name, i) => order.set(`class:${name}`, i))
  return order
}

/** The students page: every match, by college, class and student number. */
export function listStudents(t: Tx, input: ParsedInput<'students.list'>, ctx: CallContext): { rows: StudentRowDto[]; total: number } {
  const session = ctx.session()
  if (input.onWatchList !== undefined && !seesClinical(session)) throw new ForbiddenError()
  const q = input.q ? normalise(input.q) : null
  const rows = rowQuery(t, session)
    .where(
      and(
        q?.compact ? matching(q) : undefined,
        input.collegeId ? eq(students.collegeId, input.collegeId) : undefined,
        input.classId ? eq(students.classId, input.classId) : undefined,
        input.status ? eq(students.status, input.status) : undefined,
        input.onWatchList === undefined ? undefined : input.onWatchList ? isNotNull(watchStatus.tier) : isNull(watchStatus.tier),
        visibleTo(session)
      )
    )
    .all()
  const order = orgOrder(t)
  const last = Number.MAX_SAFE_INTEGER
  const keyed = rows.map((row) => ({
    row,
    college: row.collegeName === null ? last : (order.get(`college:${row.collegeName}`) ?? last),
    klass: row.className === null ? last : (order.get(`class:${row.className}`) ?? last)
  }))
  keyed.sort((a, b) => a.college - b.college || a.klass - b.klass || (a.row.studentNo < b.row.studentNo ? -1 : a.row.studentNo > b.row.studentNo ? 1 : 0))
  return { rows: keyed.map((k) => k.row), total: keyed.length }
}

const REFILL = `INSERT INTO student_search (rowid, text)
  SELECT s.rowid, s.name || ' ' || s.student_no || ' ' || s.name_pinyin || ' ' || s.name_initials || ' ' || s.dorm || ' ' || coalesce(c.name, '')
  FROM students s LEFT JOIN classes c ON c.id = s.class_id`

function refill(sqlite: Database.Database): void {
  sqlite.prepare('DELETE FROM student_search').run()
  sqlite.prepare(REFILL).run()
}

/**
 * Refills the search index from the students table. Needed after a VACUUM, which may renumber
 * the rowids the index is keyed by (students has no INTEGER PRIMARY KEY).
 */
export function rebuildStudentSearch(sqlite: Database.Database): void {
  sqlite.transaction(() => refill(sqlite))()
}

const ROW_TRIGGERS = ['students_search_insert', 'students_search_update']

/**
 * Runs a bulk write of students with the per-row index triggers set aside, then refills the
 * index once. FTS5 flushes its pending terms at each statement's savepoint, so a trigger costs
 * ~150 µs a row where one INSERT … SELECT costs ~25 µs (16,000 rows: 2.6 s against 0.4 s).
 * The triggers are re-created from their own stored SQL, so the schema ends as it began; inside
 * the caller's transaction, a throw rolls the DROP back with everything else.
 */
export function bulkWriteStudents<T>(sqlite: Database.Database, write: () => T): T {
  if (!sqlite.inTransaction) throw new Error('bulkWriteStudents needs a transaction')
  const triggers = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${ROW_TRIGGERS.map(() => '?').join(', ')})`)
    .all(...ROW_TRIGGERS) as { name: string; sql: string }[]
  if (triggers.length !== ROW_TRIGGERS.length) throw new Error('student search triggers missing')
  for (const { name } of triggers) sqlite.exec(`DROP TRIGGER "${name}"`)
  const result = write()
  refill(sqlite)
  for (const { sql } of triggers) sqlite.exec(sql)
  return result
}
