import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

/**
 * The foundation's tables. IDs are UUID text (records from two PCs can one day be merged);
 * instants are ISO-8601 UTC text; booleans are 0/1 integers.
 */

/** Facts about the database itself, e.g. which vault it belongs to. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
})

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['admin', 'counsellor', 'part_time', 'assistant'] }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    lastLoginAt: text('last_login_at')
  },
  (t) => [uniqueIndex('users_username_unique').on(sql`lower(${t.username})`)]
)

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

/** Small settings documents (centre profile, security, pending recovery code), JSON by key. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull()
})

export const colleges = sqliteTable(
  'colleges',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [uniqueIndex('colleges_name_unique').on(t.name)]
)

export const classes = sqliteTable(
  'classes',
  {
    id: text('id').primaryKey(),
    collegeId: text('college_id')
      .notNull()
      .references(() => colleges.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    grade: text('grade').notNull().default(''),
    advisorName: text('advisor_name').notNull().default(''),
    advisorPhone: text('advisor_phone').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [uniqueIndex('classes_college_name_unique').on(t.collegeId, t.name)]
)

export const rooms = sqliteTable(
  'rooms',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['counselling', 'group', 'open_day', 'remote'] }).notNull(),
    location: text('location').notNull().default(''),
    capacity: integer('capacity').notNull().default(1),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [uniqueIndex('rooms_name_unique').on(t.name)]
)
