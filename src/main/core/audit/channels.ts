import type { AuditRowDto } from '@shared/contract'
import { and, asc, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm'
import type { Registry } from '../registry'
import { auditLog, users } from '../db/schema'
import { localDayStartUtc, nextLocalDayStartUtc } from '../util/localTime'
import { verifyAudit } from './log'

export function registerAudit(registry: Registry): void {
  registry.handleTx('audit.list', (t, input) => {
    const where: SQL[] = []
    if (input.userId) where.push(eq(auditLog.userId, input.userId))
    if (input.action) where.push(eq(auditLog.action, input.action))
    if (input.from) where.push(gte(auditLog.at, localDayStartUtc(input.from)))
    if (input.to) where.push(lt(auditLog.at, nextLocalDayStartUtc(input.to)))
    const condition = where.length > 0 ? and(...where) : undefined
    const total = t.orm.select({ n: count() }).from(auditLog).where(condition).get()?.n ?? 0
    const rows: AuditRowDto[] = t.orm
      .select({
        seq: auditLog.seq,
        at: auditLog.at,
        userId: auditLog.userId,
        userName: users.displayName,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        summary: auditLog.summary
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .where(condition)
      .orderBy(desc(auditLog.seq))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all()
    // Who looks at the log is itself part of the log.
    t.audit({ action: 'audit.list', summary: { page: input.page, filtered: where.length > 0 } })
    return { rows, total }
  })

  registry.handleTx('audit.actions', (t) =>
    t.orm
      .selectDistinct({ action: auditLog.action })
      .from(auditLog)
      .orderBy(asc(auditLog.action))
      .all()
      .map((r) => r.action)
  )

  registry.handleTx('audit.verify', (t) => {
    const result = verifyAudit(t.sqlite)
    t.audit({ action: 'audit.verify', summary: { ok: result.ok, checked: result.checked, brokenSeq: result.firstBroken?.seq ?? null } })
    return result
  })
}
