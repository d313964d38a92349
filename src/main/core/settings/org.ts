import { randomUUID } from 'node:crypto'
import type { ClassDto, CollegeDto } from '@shared/contract'
import { and, eq, ne } from 'drizzle-orm'
import type { Tx } from '../context'
import type { ParsedInput } from '../registry'
import { classes, colleges } from '../db/schema'
import { AppError, NotFoundError } from '../errors'

const byName = new Intl.Collator('zh-CN', { numeric: true })

type ClassRow = typeof classes.$inferSelect

const toClassDto = (row: ClassRow): ClassDto => ({
  id: row.id,
  collegeId: row.collegeId,
  name: row.name,
  grade: row.grade,
  advisorName: row.advisorName,
  advisorPhone: row.advisorPhone
})

const nameTaken = (messageKey: string): AppError =>
  new AppError('CONFLICT', messageKey, undefined, [{ path: 'name', messageKey }])

/** Colleges → classes, in pinyin order, as the settings page and the roster import see them. */
export function orgTree(t: Tx): CollegeDto[] {
  const allClasses = t.orm.select().from(classes).all()
  return t.orm
    .select()
    .from(colleges)
    .all()
    .sort((a, b) => byName.compare(a.name, b.name))
    .map((c) => ({
      id: c.id,
      name: c.name,
      classes: allClasses
        .filter((k) => k.collegeId === c.id)
        .sort((a, b) => byName.compare(a.name, b.name))
        .map(toClassDto)
    }))
}

function college(t: Tx, id: string): CollegeDto {
  const found = orgTree(t).find((c) => c.id === id)
  if (!found) throw new NotFoundError()
  return found
}

function assertCollegeNameFree(t: Tx, name: string, exceptId = ''): void {
  const clash = t.orm.select({ id: colleges.id }).from(colleges).where(and(eq(colleges.name, name), ne(colleges.id, exceptId))).get()
  if (clash) throw nameTaken('errors.settings.collegeNameTaken')
}

export function createCollege(t: Tx, input: ParsedInput<'settings.college.create'>): CollegeDto {
  assertCollegeNameFree(t, input.name)
  const id = randomUUID()
  t.orm.insert(colleges).values({ id, name: input.name, createdAt: t.at, updatedAt: t.at }).run()
  t.audit({ action: 'settings.college.create', entity: 'college', entityId: id })
  return college(t, id)
}

export function updateCollege(t: Tx, input: ParsedInput<'settings.college.update'>): CollegeDto {
  college(t, input.id)
  assertCollegeNameFree(t, input.name, input.id)
  t.orm.update(colleges).set({ name: input.name, updatedAt: t.at }).where(eq(colleges.id, input.id)).run()
  t.audit({ action: 'settings.college.update', entity: 'college', entityId: input.id })
  return college(t, input.id)
}

export function deleteCollege(t: Tx, input: ParsedInput<'settings.college.delete'>): Record<string, never> {
  const found = college(t, input.id)
  if (found.classes.length > 0) throw new AppError('CONFLICT', 'errors.settings.collegeHasClasses')
  t.orm.delete(colleges).where(eq(colleges.id, input.id)).run()
  t.audit({ action: 'settings.college.delete', entity: 'college', entityId: input.id })
  return {}
}

function classRow(t: Tx, id: string): ClassRow {
  const row = t.orm.select().from(classes).where(eq(classes.id, id)).get()
  if (!row) throw new NotFoundError()
  return row
}

function assertClassNameFree(t: Tx, collegeId: string, name: string, exceptId = ''): void {
  const clash = t.orm
    .select({ id: classes.id })
    .from(classes)
    .where(and(eq(classes.collegeId, collegeId), eq(classes.name, name), ne(classes.id, exceptId)))
    .get()
  if (clash) throw nameTaken('errors.settings.classNameTaken')
}

export function createClass(t: Tx, input: ParsedInput<'settings.class.create'>): ClassDto {
  college(t, input.collegeId)
  assertClassNameFree(t, input.collegeId, input.name)
  const id = randomUUID()
  t.orm.insert(classes).values({ id, ...input, createdAt: t.at, updatedAt: t.at }).run()
  t.audit({ action: 'settings.class.create', entity: 'class', entityId: id, summary: { collegeId: input.collegeId } })
  return toClassDto(classRow(t, id))
}

export function updateClass(t: Tx, input: ParsedInput<'settings.class.update'>): ClassDto {
  const row = classRow(t, input.id)
  assertClassNameFree(t, row.collegeId, input.name, input.id)
  const { id, ...fields } = input
  t.orm.update(classes).set({ ...fields, updatedAt: t.at }).where(eq(classes.id, id)).run()
  t.audit({ action: 'settings.class.update', entity: 'class', entityId: id })
  return toClassDto(classRow(t, id))
}

export function deleteClass(t: Tx, input: ParsedInput<'settings.class.delete'>): Record<string, never> {
  classRow(t, input.id)
  t.orm.delete(classes).where(eq(classes.id, input.id)).run()
  t.audit({ action: 'settings.class.delete', entity: 'class', entityId: input.id })
  return {}
}
