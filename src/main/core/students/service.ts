import { randomUUID } from 'node:crypto'
import { centreDate } from '@shared/centreTime'
import type { StudentDto, TimelineEntryDto } from '@shared/contract'
import { and, eq, ne } from 'drizzle-orm'
import type { CallContext, Tx } from '../context'
import { AppError, FieldError, ForbiddenError } from '../errors'
import type { ParsedInput } from '../registry'
import { classes, colleges } from '../settings/schema'
import type { Session } from '../state'
import { studentAccess, seesClinical } from './access'
import { loadStudent } from './dto'
import { leftOnAfter } from './leaving'
import { namePinyin } from './pinyin'
import { students } from './schema'
import { stationsOf } from './stations'
import type { TimelineSources } from './timeline'

type StudentFields = ParsedInput<'students.create'>

/** The fields compared for the audit row of an update (names of fields only, never values). */
const AUDITED_FIELDS = [
  'studentNo',
  'name',
  'gender',
  'birthDate',
  'collegeId',
  'classId',
  'grade',
  'major',
  'dorm',
  'phone',
  'guardianName',
  'guardianRelation',
  'guardianPhone',
  'status',
  'contactNotes'
] as const satisfies readonly (keyof StudentFields)[]

/**
 * A student sits in a class of their college, or in a college without a class, or (not yet
 * placed) in neither. A part-time counsellor may place students only in their own stations,
 * or they would lose sight of the student they just edited.
 */
function assertPlacement(t: Tx, session: Session, input: Pick<StudentFields, 'collegeId' | 'classId'>): void {
  if (input.collegeId === null) {
    if (input.classId !== null) throw new FieldError('collegeId', 'errors.students.classNeedsCollege')
  } else if (!t.orm.select({ id: colleges.id }).from(colleges).where(eq(colleges.id, input.collegeId)).get()) {
    throw new FieldError('collegeId', 'errors.students.unknownCollege')
  }
  if (input.classId !== null) {
    const klass = t.orm.select({ collegeId: classes.collegeId }).from(classes).where(eq(classes.id, input.classId)).get()
    if (!klass) throw new FieldError('classId', 'errors.students.unknownClass')
    if (klass.collegeId !== input.collegeId) throw new FieldError('classId', 'errors.students.classNotInCollege')
  }
  if (session.role === 'part_time' && (input.collegeId === null || !stationsOf(t.orm, session.userId).includes(input.collegeId))) {
    throw new ForbiddenError('errors.students.outsideStations')
  }
}

function assertStudentNoFree(t: Tx, studentNo: string, exceptId = ''): void {
  const clash = t.orm
    .select({ id: students.id })
    .from(students)
    .where(and(eq(students.studentNo, studentNo), ne(students.id, exceptId)))
    .get()
  if (clash) {
    throw new AppError('CONFLICT', 'errors.students.studentNoTaken', { studentNo }, [
      { path: 'studentNo', messageKey: 'errors.students.studentNoTaken', params: { studentNo } }
    ])
  }
}

function columns(input: StudentFields, at: string) {
  const { full, initials } = namePinyin(input.name)
  return { ...input, namePinyin: full, nameInitials: initials, updatedAt: at }
}

export function createStudent(t: Tx, input: StudentFields, ctx: CallContext): StudentDto {
  assertPlacement(t, ctx.session(), input)
  assertStudentNoFree(t, input.studentNo)
  const id = randomUUID()
  t.orm
    .insert(students)
    .values({ id, ...columns(input, t.at), leftOn: leftOnAfter(undefined, input.status, centreDate(t.now)), createdAt: t.at })
    .run()
  t.audit({ action: 'students.create', entity: 'student', entityId: id, summary: { collegeId: input.collegeId } })
  return loadStudent(t, id)
}

export function updateStudent(t: Tx, input: ParsedInput<'students.update'>, ctx: CallContext): StudentDto {
  const session = ctx.session()
  studentAccess(t, session, input.id)
  const { id, ...fields } = input
  assertPlacement(t, session, fields)
  assertStudentNoFree(t, fields.studentNo, id)
  const before = t.orm.select().from(students).where(eq(students.id, id)).get()
  const leftOn = leftOnAfter(before, fields.status, centreDate(t.now))
  t.orm
    .update(students)
    .set({ ...columns(fields, t.at), leftOn })
    .where(eq(students.id, id))
    .run()
  const changed = AUDITED_FIELDS.filter((f) => before?.[f] !== fields[f])
  t.audit({ action: 'students.update', entity: 'student', entityId: id, summary: { fields: changed.join(',') } })
  return loadStudent(t, id)
}

/** The student file. Every open is a read of a student's record, so it is audited. */
export function getStudent(t: Tx, input: ParsedInput<'students.get'>, ctx: CallContext): { student: StudentDto; clinical: boolean } {
  const session = ctx.session()
  const access = studentAccess(t, session, input.id)
  t.audit({ action: 'students.view', entity: 'student', entityId: input.id, summary: { access } })
  return { student: loadStudent(t, input.id), clinical: access === 'clinical' && seesClinical(session) }
}

export function studentTimeline(t: Tx, input: ParsedInput<'students.timeline'>, ctx: CallContext, sources: TimelineSources): TimelineEntryDto[] {
  const access = studentAccess(t, ctx.session(), input.id)
  t.audit({ action: 'students.timeline.view', entity: 'student', entityId: input.id, summary: { access } })
  return sources.collect(t, input.id, access)
}
