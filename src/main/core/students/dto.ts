import type { StudentDto } from '@shared/contract'
import { eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { NotFoundError } from '../errors'
import { classes, colleges } from '../settings/schema'
import { students } from './schema'

/** One student with the names of their college and class and the class's 辅导员. */
export function loadStudent(t: Tx, id: string): StudentDto {
  const row = t.orm
    .select({
      student: students,
      collegeName: colleges.name,
      className: classes.name,
      advisorName: classes.advisorName,
      advisorPhone: classes.advisorPhone
    })
    .from(students)
    .leftJoin(colleges, eq(colleges.id, students.collegeId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .where(eq(students.id, id))
    .get()
  if (!row) throw new NotFoundError()
  const s = row.student
  return {
    id: s.id,
    studentNo: s.studentNo,
    name: s.name,
    gender: s.gender,
    birthDate: s.birthDate,
    collegeId: s.collegeId,
    collegeName: row.collegeName,
    classId: s.classId,
    className: row.className,
    advisorName: row.advisorName,
    advisorPhone: row.advisorPhone,
    grade: s.grade,
    major: s.major,
    dorm: s.dorm,
    phone: s.phone,
    guardianName: s.guardianName,
    guardianRelation: s.guardianRelation,
    guardianPhone: s.guardianPhone,
    status: s.status,
    contactNotes: s.contactNotes,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt
  }
}
