import { randomBytes, randomInt, randomUUID } from 'node:crypto'
import type { SessionDto } from '@shared/contract'
import { and, eq, sql } from 'drizzle-orm'
import type { ParsedInput } from '../registry'
import type { CallContext } from '../context'
import { appendAudit } from '../audit/log'
import { connect } from '../db/connection'
import { users } from '../db/schema'
import { AppError, FieldError } from '../errors'
import { writeSetting } from '../settings/store'
import { DEK_BYTES, newRecoveryCode, normalizeSecret, RECOVERY_GROUPS } from '../vault/crypto'
import { InvalidCredentialsError, VaultAlreadySetUpError } from '../vault/errors'
import { endSession, openSession, toSessionDto } from './session'

/** Two of the five groups, chosen at random, are typed back to prove the code was written down. */
export function pickConfirmGroups(): number[] {
  const first = randomInt(1, RECOVERY_GROUPS + 1)
  let second = randomInt(1, RECOVERY_GROUPS)
  if (second >= first) second += 1
  return [first, second].sort((a, b) => a - b)
}

export function assertPasswordIsNotUsername(password: string, username: string, path: string): void {
  if (normalizeSecret(password).trim().toLowerCase() === username.toLowerCase()) {
    throw new FieldError(path, 'errors.auth.passwordIsUsername')
  }
}

/**
 * First run: the database is built beside its final name, vault.json is written, then the
 * database is moved in place (Vault.create), so a crash at any point leaves a state `probe` mends.
 */
export async function setUp(ctx: CallContext, input: ParsedInput<'auth.setup'>): Promise<SessionDto> {
  if (ctx.vault.probe().state !== 'setup') throw new VaultAlreadySetUpError()
  assertPasswordIsNotUsername(input.admin.password, input.admin.username, 'admin.password')
  const dek = randomBytes(DEK_BYTES)
  const vaultId = randomUUID()
  const adminId = randomUUID()
  const recoveryCode = newRecoveryCode()
  const at = ctx.clock.now().toISOString()
  try {
    const conn = connect(ctx.vault.pendingDbPath, dek, vaultId, { create: true, now: at })
    try {
      conn.sqlite.transaction(() => {
        conn.orm
          .insert(users)
          .values({
            id: adminId,
            username: input.admin.username,
            displayName: input.admin.displayName,
            role: 'admin',
            active: true,
            mustChangePassword: false,
            createdAt: at,
            updatedAt: at
          })
          .run()
        writeSetting(conn.orm, 'centre', { name: input.centreName, address: '', phone: '', logo: null }, at)
        writeSetting(conn.orm, 'recoveryPending', { code: recoveryCode, confirmGroups: pickConfirmGroups() }, at)
        appendAudit(conn.sqlite, at, adminId, { action: 'vault.setup', entity: 'vault', entityId: vaultId })
        appendAudit(conn.sqlite, at, adminId, { action: 'users.create', entity: 'user', entityId: adminId, summary: { role: 'admin' } })
      })()
    } finally {
      conn.sqlite.close()
    }
    await ctx.vault.create({
      vaultId,
      label: input.centreName,
      dek,
      admin: { userId: adminId, username: input.admin.username, password: input.admin.password },
      recoveryCode
    })
  } catch (error) {
    dek.fill(0)
    ctx.vault.probe() // removes a half-built database so setup can be tried again
    throw error
  }
  return openSession(ctx, dek, adminId, { throttleKey: null })
}

export async function logIn(ctx: CallContext, input: ParsedInput<'auth.login'>): Promise<SessionDto> {
  // One person at the keyboard: a new login ends whatever session was open.
  if (ctx.state.session) endSession(ctx, 'auth.logout')
  ctx.vault.probe()
  const unwrapped = await ctx.vault.unwrapWithPassword(input.username, input.password)
  if (!unwrapped.slot.userId) throw new InvalidCredentialsError()
  return openSession(ctx, unwrapped.dek, unwrapped.slot.userId, { throttleKey: ctx.vault.throttleKeyFor(input.username) })
}

export async function changePassword(ctx: CallContext, input: ParsedInput<'auth.changePassword'>): Promise<SessionDto> {
  const session = ctx.session()
  if (normalizeSecret(input.newPassword) === normalizeSecret(input.currentPassword)) {
    throw new FieldError('newPassword', 'errors.auth.passwordReused')
  }
  assertPasswordIsNotUsername(input.newPassword, session.username, 'newPassword')
  try {
    // Proving the current password goes through the same slot, throttle and audit as a login.
    const proof = await ctx.vault.unwrapWithPassword(session.username, input.currentPassword)
    proof.dek.fill(0)
  } catch (error) {
    if (error instanceof InvalidCredentialsError) throw new FieldError('currentPassword', 'errors.auth.wrongCurrentPassword')
    throw error
  }
  const slot = await ctx.vault.newUserSlot(ctx.state.dek, session.userId, session.username, input.newPassword)
  ctx.vault.saveSlots(ctx.state.dek, { put: [slot] })
  ctx.tx((t) => {
    t.orm.update(users).set({ mustChangePassword: false, updatedAt: t.at }).where(eq(users.id, session.userId)).run()
    t.audit({ action: 'auth.password_changed', entity: 'user', entityId: session.userId })
  })
  session.mustChangePassword = false
  return toSessionDto(ctx.state.conn.orm, session)
}

/**
 * Recovery code → a new password for an active admin account. The used code is replaced by a
 * new one, shown once (auth.recoveryCode.get) until confirmed.
 */
export async function recover(ctx: CallContext, input: ParsedInput<'auth.recover'>): Promise<SessionDto> {
  if (ctx.state.session) endSession(ctx, 'auth.logout')
  ctx.vault.probe()
  assertPasswordIsNotUsername(input.newPassword, input.username, 'newPassword')
  let unwrapped
  try {
    unwrapped = await ctx.vault.unwrapWithRecoveryCode(input.recoveryCode)
  } catch (error) {
    if (error instanceof InvalidCredentialsError) throw new AppError('UNAUTHENTICATED', 'errors.auth.invalidRecoveryCode')
    throw error
  }
  const dek = unwrapped.dek
  const conn = connect(ctx.vault.dbPath, dek, ctx.vault.vaultId, { create: false, now: ctx.clock.now().toISOString() })
  let adminId: string
  try {
    const admin = conn.orm
      .select()
      .from(users)
      .where(and(sql`lower(${users.username}) = ${input.username}`, eq(users.role, 'admin'), eq(users.active, true)))
      .get()
    if (!admin) throw new AppError('UNAUTHENTICATED', 'errors.auth.invalidRecoveryCode')
    adminId = admin.id
    const newCode = newRecoveryCode()
    const userSlot = await ctx.vault.newUserSlot(dek, admin.id, admin.username, input.newPassword)
    const recoverySlot = await ctx.vault.newRecoverySlot(dek, newCode)
    ctx.vault.saveSlots(dek, { put: [userSlot, recoverySlot] })
    const at = ctx.clock.now().toISOString()
    conn.sqlite.transaction(() => {
      conn.orm.update(users).set({ mustChangePassword: false, updatedAt: at }).where(eq(users.id, admin.id)).run()
      writeSetting(conn.orm, 'recoveryPending', { code: newCode, confirmGroups: pickConfirmGroups() }, at)
      appendAudit(conn.sqlite, at, admin.id, { action: 'auth.recovered', entity: 'user', entityId: admin.id })
    })()
  } catch (error) {
    dek.fill(0)
    throw error
  } finally {
    conn.sqlite.close()
  }
  return openSession(ctx, dek, adminId, { throttleKey: ctx.vault.throttleKeyFor(null) })
}
