import { sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Facts about the database itself, e.g. which vault it belongs to. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
})
