import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { students } from '../students/schema'
import { users } from '../users/schema'

/**
 * A crisis alert (a high or imminent risk in a note, a key screening item): it stays on every
 * counsellor's dashboard until someone records what was done.
 */
export const crisisAlerts = sqliteTable(
  'crisis_alerts',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    source: text('source', { enum: ['note', 'screening'] }).notNull(),
    sourceId: text('source_id').notNull(),
    level: text('level', { enum: ['low', 'moderate', 'high', 'imminent'] }).notNull(),
    raisedAt: text('raised_at').notNull(),
    raisedBy: text('raised_by').references(() => users.id),
    resolvedAt: text('resolved_at'),
    resolvedBy: text('resolved_by').references(() => users.id),
    action: text('action'),
    movedToCrisis: integer('moved_to_crisis', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('crisis_alerts_open').on(t.resolvedAt, t.raisedAt), index('crisis_alerts_student').on(t.studentId), index('crisis_alerts_source').on(t.source, t.sourceId)]
)
