import type { UserDto } from '@shared/contract'
import type { users } from '../db/schema'

export type UserRow = typeof users.$inferSelect

export const toUserDto = (row: UserRow, stationCollegeIds: string[] = []): UserDto => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  role: row.role,
  active: row.active,
  mustChangePassword: row.mustChangePassword,
  createdAt: row.createdAt,
  lastLoginAt: row.lastLoginAt,
  stationCollegeIds
})
