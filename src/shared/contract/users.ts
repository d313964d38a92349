import { z } from 'zod'
import { ROLES } from '../roles'
import { displayName, id, newPassword, username } from '../validation'
import { defineChannels } from './define'

export const role = z.enum(ROLES, { message: 'validation.role' })

export const userDto = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role,
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  /** A part-time counsellor's college stations: whose students they work with. */
  stationCollegeIds: z.array(z.string())
})
export type UserDto = z.infer<typeof userDto>

/** A colleague as every role may see them: for booking, plans and calendars. */
export const staffDto = z.object({ id: z.string(), displayName: z.string(), role })
export type StaffDto = z.infer<typeof staffDto>

export const usersChannels = defineChannels({
  /** Active staff who do clinical work (admin, counsellors, part-time counsellors), by name. */
  'users.staff': { input: z.object({}).strict(), output: z.array(staffDto) },
  'users.list': {
    input: z.object({ includeInactive: z.boolean().default(true) }).strict(),
    output: z.array(userDto)
  },
  /** The first password is temporary: the user must change it at first login. */
  'users.create': {
    input: z.object({ username, displayName, role, firstPassword: newPassword }).strict(),
    output: userDto
  },
  'users.update': {
    input: z.object({ id, displayName, role }).strict(),
    output: userDto
  },
  /** A new temporary password for a user who forgot theirs; their slot is rewrapped. */
  'users.resetPassword': {
    input: z.object({ id, firstPassword: newPassword }).strict(),
    output: userDto
  },
  /** Removes the user's key slot: they can no longer open the vault. */
  'users.deactivate': {
    input: z.object({ id }).strict(),
    output: userDto
  },
  /** Which colleges a part-time counsellor serves; their students are the ones they may open. */
  'users.setStations': {
    input: z.object({ id, collegeIds: z.array(id).max(100) }).strict(),
    output: userDto
  },
  'users.reactivate': {
    input: z.object({ id, firstPassword: newPassword }).strict(),
    output: userDto
  }
})
