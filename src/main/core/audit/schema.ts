import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Append-only: triggers in the first migration refuse UPDATE and DELETE. Rows hold IDs and the
 * kind of act, never a name or clinical text.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    userId: text('user_id'),
    action: text('action').notNull(),
    entity: text('entity'),
    entityId: text('entity_id'),
    summary: text('summary'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull()
  },
  (t) => [
    index('audit_log_at').on(t.at),
    index('audit_log_user').on(t.userId, t.seq),
    index('audit_log_action').on(t.action, t.seq)
  ]
)
