import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

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
