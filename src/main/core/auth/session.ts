import type { SessionDto } from '@shared/contract'
import { eq } from 'drizzle-orm'
import type { CallContext } from '../context'
import type { Orm } from '../db/connection'
import { users } from '../db/schema'
import { appendAudit, type AuditEntry } from '../audit/log'
import { connect } from '../db/connection'
import { readSetting } from '../settings/store'
import { stationsOf } from '../students/stations'
import { toUserDto } from '../users/dto'
import type { Session } from '../state'
import { InvalidCredentialsError } from '../vault/errors'

export function toSessionDto(orm: Orm, session: Session): SessionDto {
  const row = orm.select().from(users).where(eq(users.id, session.userId)).get()
  if (!row) throw new InvalidCredentialsError()
  return {
    user: toUserDto(row, stationsOf(orm, row.id)),
    mustChangePassword: row.mustChangePassword,
    recoveryPending: row.role === 'admin' && readSetting(orm, 'recoveryPending') !== null,
    idleTimeoutMinutes: session.idleTimeoutMinutes
  }
}

/**
 * After a key is unwrapped: open the database, write what happened while it was closed (failed
 * attempts) and this login to the audit log, and start the session. On any failure the database
 * is closed and the key zeroed again.
 */
export function openSession(
  ctx: CallContext,
  dek: Buffer,
  userId: string,
  opts: { throttleKey: string | null; audit?: AuditEntry[] }
): SessionDto {
  let conn
  try {
    conn = connect(ctx.vault.dbPath, dek, ctx.vault.vaultId, { create: false, now: ctx.clock.now().toISOString() })
  } catch (error) {
    dek.fill(0)
    throw error
  }
  ctx.state.attach(conn, dek)
  try {
    const pending = ctx.vault.pendingEvents()
    const row = ctx.tx((t) => {
      for (const event of pending) appendAudit(t.sqlite, event.at, event.userId, { action: event.action, summary: event.summary ?? null })
      const user = t.orm.select().from(users).where(eq(users.id, userId)).get()
      // A slot left behind for a deactivated account must not open anything.
      if (!user || !user.active) throw new InvalidCredentialsError()
      t.orm.update(users).set({ lastLoginAt: t.at }).where(eq(users.id, userId)).run()
      for (const entry of opts.audit ?? []) t.audit(entry)
      t.audit({ action: 'auth.login', entity: 'user', entityId: userId })
      return user
    }, userId)
    if (opts.throttleKey !== null) ctx.vault.clearAfterUnlock(pending.length, opts.throttleKey)
    const session: Session = {
      userId: row.id,
      username: row.username,
      role: row.role,
      mustChangePassword: row.mustChangePassword,
      idleTimeoutMinutes: readSetting(conn.orm, 'security').idleTimeoutMinutes,
      lastActivityMs: ctx.clock.now().getTime()
    }
    ctx.state.startSession(session)
    return toSessionDto(conn.orm, session)
  } catch (error) {
    ctx.state.detach()
    throw error
  }
}

/** Lock or logout: the act is audited, then the database is closed and the key zeroed. */
export function endSession(ctx: CallContext, action: 'auth.lock' | 'auth.logout', summary?: Record<string, string>): void {
  try {
    if (ctx.state.session && ctx.state.isOpen) ctx.tx((t) => t.audit({ action, summary: summary ?? null }))
  } finally {
    ctx.state.detach()
  }
}
