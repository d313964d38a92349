import { randomUUID } from 'node:crypto'
import type { HospitalDto } from '@shared/contract'
import { and, asc, desc, eq, ne } from 'drizzle-orm'
import type { Tx } from '../context'
import { FieldError, NotFoundError } from '../errors'
import type { ParsedInput } from '../registry'
import { hospitals } from './schema'

/**
 * The hospitals the centre refers to. The directory is the centre's address book, not a record
 * of anyone, so reading it is not audited; the admin keeps it. A hospital is never deleted
 * (referrals name it): it is taken off the list (inactive).
 */
export function listHospitals(t: Tx, includeInactive: boolean): HospitalDto[] {
  return t.orm
    .select()
    .from(hospitals)
    .where(includeInactive ? undefined : eq(hospitals.active, true))
    .orderBy(desc(hospitals.active), asc(hospitals.name))
    .all()
}

export function saveHospital(t: Tx, input: ParsedInput<'referrals.hospitals.save'>): HospitalDto {
  const { hospital } = input
  // Two entries of one name and department would leave the counsellor guessing which to pick.
  const twin = t.orm
    .select({ id: hospitals.id })
    .from(hospitals)
    .where(and(eq(hospitals.name, hospital.name), eq(hospitals.department, hospital.department), input.id ? ne(hospitals.id, input.id) : undefined))
    .get()
  if (twin) throw new FieldError('hospital.name', 'errors.referrals.hospitalTaken')

  if (input.id === null) {
    const row = { id: randomUUID(), ...hospital, createdAt: t.at, updatedAt: t.at }
    t.orm.insert(hospitals).values(row).run()
    t.audit({ action: 'referrals.hospitals.save', entity: 'hospital', entityId: row.id, summary: { created: true, active: row.active } })
    return row
  }
  const existing = t.orm.select().from(hospitals).where(eq(hospitals.id, input.id)).get()
  if (!existing) throw new NotFoundError()
  const row = { ...existing, ...hospital, updatedAt: t.at }
  t.orm.update(hospitals).set(row).where(eq(hospitals.id, input.id)).run()
  t.audit({ action: 'referrals.hospitals.save', entity: 'hospital', entityId: row.id, summary: { created: false, active: row.active } })
  return row
}
