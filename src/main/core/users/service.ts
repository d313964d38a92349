import { randomUUID } from 'node:crypto'
import type { StaffDto, UserDto } from '@shared/contract'
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm'
import type { CallContext, Tx } from '../context'
import type { ParsedInput } from '../registry'
import { colleges, userStations, users } from '../db/schema'
import { AppError, FieldError, ForbiddenError, NotFoundError } from '../errors'
import { assertPasswordIsNotUsername } from '../auth/service'
import { allStations, stationsOf } from '../students/stations'
import { toUserDto, type UserRow } from './dto'

function findUser(t: Tx, id: string): UserRow {
  const row = t.orm.select().from(users).where(eq(users.id, id)).get()
  if (!row) throw new NotFoundError()
  return row
}

const userDto = (t: Tx, id: string): UserDto => toUserDto(findUser(t, id), stationsOf(t.orm, id))

/** Refuses a change that would leave no active admin to run the centre. */
function assertAnotherActiveAdmin(t: Tx, exceptId: string): void {
  const other = t.orm
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, exceptId)))
    .get()
  if (!other) throw new AppError('CONFLICT', 'errors.users.lastAdmin')
}

export function listUsers(t: Tx, input: ParsedInput<'users.list'>): UserDto[] {
  const rows = t.orm
    .select()
    .from(users)
    .where(input.includeInactive ? undefined : eq(users.active, true))
    .orderBy(desc(users.active), asc(users.username))
    .all()
  const stations = allStations(t)
  return rows.map((row) => toUserDto(row, stations.get(row.id) ?? []))
}

const byName = new Intl.Collator('zh-CN', { numeric: true })

/** Colleagues who do clinical work, for every role's pickers (no usernames, no login data). */
export function listStaff(t: Tx): StaffDto[] {
  return t.orm
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ['admin', 'counsellor', 'part_time'])))
    .all()
    .sort((a, b) => byName.compare(a.displayName, b.displayName))
}

/**
 * A new account with a temporary first password. The key slot is written before the row:
 * a slot without a row opens nothing, while a row without a slot would be an account that
 * silently cannot log in.
 */
export async function createUser(ctx: CallContext, input: ParsedInput<'users.create'>): Promise<UserDto> {
  assertPasswordIsNotUsername(input.firstPassword, input.username, 'firstPassword')
  const taken = ctx.state.conn.orm
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = ${input.username}`)
    .get()
  if (taken) {
    throw new AppError('CONFLICT', 'errors.users.usernameTaken', undefined, [
      { path: 'username', messageKey: 'errors.users.usernameTaken' }
    ])
  }
  const id = randomUUID()
  const slot = await ctx.vault.newUserSlot(ctx.state.dek, id, input.username, input.firstPassword)
  ctx.vault.saveSlots(ctx.state.dek, { put: [slot] })
  try {
    return ctx.tx((t) => {
      t.orm
        .insert(users)
        .values({
          id,
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          active: true,
          mustChangePassword: true,
          createdAt: t.at,
          updatedAt: t.at
        })
        .run()
      t.audit({ action: 'users.create', entity: 'user', entityId: id, summary: { role: input.role } })
      return userDto(t, id)
    })
  } catch (error) {
    ctx.vault.saveSlots(ctx.state.dek, { removeUserId: id })
    throw error
  }
}

export function updateUser(t: Tx, input: ParsedInput<'users.update'>, ctx: CallContext): UserDto {
  const row = findUser(t, input.id)
  if (row.role === 'admin' && input.role !== 'admin' && row.active) assertAnotherActiveAdmin(t, row.id)
  t.orm.update(users).set({ displayName: input.displayName, role: input.role, updatedAt: t.at }).where(eq(users.id, row.id)).run()
  const summary = row.role === input.role ? null : { role: input.role, previousRole: row.role }
  t.audit({ action: summary ? 'users.role_changed' : 'users.update', entity: 'user', entityId: row.id, summary })
  const session = ctx.session()
  if (session.userId === row.id) session.role = input.role
  return userDto(t, row.id)
}

/** A temporary password for a user who forgot theirs, or for an account being reactivated. */
export async function setTemporaryPassword(
  ctx: CallContext,
  input: { id: string; firstPassword: string },
  mode: 'reset' | 'reactivate'
): Promise<UserDto> {
  const row = ctx.tx((t) => findUser(t, input.id))
  if (mode === 'reset' && !row.active) throw new AppError('CONFLICT', 'errors.users.inactive')
  if (mode === 'reactivate' && row.active) throw new AppError('CONFLICT', 'errors.users.alreadyActive')
  assertPasswordIsNotUsername(input.firstPassword, row.username, 'firstPassword')
  const slot = await ctx.vault.newUserSlot(ctx.state.dek, row.id, row.username, input.firstPassword)
  ctx.vault.saveSlots(ctx.state.dek, { put: [slot] })
  return ctx.tx((t) => {
    t.orm.update(users).set({ active: true, mustChangePassword: true, updatedAt: t.at }).where(eq(users.id, row.id)).run()
    t.audit({ action: mode === 'reset' ? 'users.password_reset' : 'users.reactivate', entity: 'user', entityId: row.id })
    return userDto(t, row.id)
  })
}

/** The slot goes first: once it is gone, the account cannot open the vault whatever the row says. */
export function deactivateUser(ctx: CallContext, input: ParsedInput<'users.deactivate'>): UserDto {
  if (input.id === ctx.session().userId) throw new ForbiddenError('errors.users.cannotDeactivateSelf')
  const row = ctx.tx((t) => findUser(t, input.id))
  if (!row.active) throw new AppError('CONFLICT', 'errors.users.inactive')
  if (row.role === 'admin') ctx.tx((t) => assertAnotherActiveAdmin(t, row.id))
  ctx.vault.saveSlots(ctx.state.dek, { removeUserId: row.id })
  return ctx.tx((t) => {
    t.orm.update(users).set({ active: false, updatedAt: t.at }).where(eq(users.id, row.id)).run()
    t.audit({ action: 'users.deactivate', entity: 'user', entityId: row.id })
    return userDto(t, row.id)
  })
}

/**
 * A part-time counsellor's college stations, replaced as a whole. Other roles see every
 * student, so stations would mean nothing for them: refused rather than silently kept.
 */
export function setStations(t: Tx, input: ParsedInput<'users.setStations'>): UserDto {
  const row = findUser(t, input.id)
  if (row.role !== 'part_time') throw new AppError('CONFLICT', 'errors.users.stationsPartTimeOnly')
  const collegeIds = [...new Set(input.collegeIds)]
  if (collegeIds.length > 0) {
    const found = t.orm.select({ id: colleges.id }).from(colleges).where(inArray(colleges.id, collegeIds)).all()
    if (found.length !== collegeIds.length) throw new FieldError('collegeIds', 'errors.users.unknownCollege')
  }
  t.orm.delete(userStations).where(eq(userStations.userId, row.id)).run()
  if (collegeIds.length > 0) t.orm.insert(userStations).values(collegeIds.map((collegeId) => ({ userId: row.id, collegeId }))).run()
  t.audit({ action: 'users.set_stations', entity: 'user', entityId: row.id, summary: { count: collegeIds.length } })
  return userDto(t, row.id)
}
