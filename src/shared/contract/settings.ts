import { z } from 'zod'
import { id, optionalText, phone, requiredText } from '../validation'
import { defineChannels } from './define'

/** A logo for letterheads: a PNG or JPEG data URL of at most ~256 KB. */
const logo = z
  .string()
  .max(350_000, { message: 'validation.logoTooLarge' })
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { message: 'validation.logoFormat' })
  .nullable()

export const centreDto = z.object({
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  logo: z.string().nullable()
})
export type CentreDto = z.infer<typeof centreDto>

export const securityDto = z.object({ idleTimeoutMinutes: z.number().int() })

export const ROOM_KINDS = ['counselling', 'group', 'open_day', 'remote'] as const
export const roomKind = z.enum(ROOM_KINDS, { message: 'validation.choice' })

export const roomDto = z.object({
  id: z.string(),
  name: z.string(),
  kind: roomKind,
  location: z.string(),
  capacity: z.number().int(),
  active: z.boolean()
})
export type RoomDto = z.infer<typeof roomDto>

export const classDto = z.object({
  id: z.string(),
  collegeId: z.string(),
  name: z.string(),
  grade: z.string(),
  advisorName: z.string(),
  advisorPhone: z.string()
})
export type ClassDto = z.infer<typeof classDto>

export const collegeDto = z.object({
  id: z.string(),
  name: z.string(),
  classes: z.array(classDto)
})
export type CollegeDto = z.infer<typeof collegeDto>

const collegeFields = { name: requiredText(60) }
const classFields = {
  name: requiredText(60),
  grade: optionalText(20),
  /** 辅导员: the class's student-affairs advisor, first contact in the early-warning network. */
  advisorName: optionalText(40),
  advisorPhone: phone
}
const roomFields = {
  name: requiredText(60),
  kind: roomKind,
  location: optionalText(120),
  capacity: z.number().int().min(1, { message: 'validation.min' }).max(500, { message: 'validation.max' }),
  active: z.boolean()
}
const empty = z.object({})

export const settingsChannels = defineChannels({
  'settings.centre.get': { input: empty.strict(), output: centreDto },
  'settings.centre.update': {
    input: z
      .object({ name: requiredText(60), address: optionalText(120), phone, logo })
      .strict(),
    output: centreDto
  },
  'settings.security.get': { input: empty.strict(), output: securityDto },
  'settings.security.update': {
    input: z
      .object({
        idleTimeoutMinutes: z
          .number()
          .int()
          .min(1, { message: 'validation.min' })
          .max(60, { message: 'validation.max' })
      })
      .strict(),
    output: securityDto
  },
  /** Colleges with their classes, sorted by name (pinyin order). */
  'settings.org.get': { input: empty.strict(), output: z.array(collegeDto) },
  'settings.college.create': { input: z.object(collegeFields).strict(), output: collegeDto },
  'settings.college.update': { input: z.object({ id, ...collegeFields }).strict(), output: collegeDto },
  'settings.college.delete': { input: z.object({ id }).strict(), output: empty },
  'settings.class.create': { input: z.object({ collegeId: id, ...classFields }).strict(), output: classDto },
  'settings.class.update': { input: z.object({ id, ...classFields }).strict(), output: classDto },
  'settings.class.delete': { input: z.object({ id }).strict(), output: empty },
  'settings.rooms.list': { input: empty.strict(), output: z.array(roomDto) },
  'settings.room.create': { input: z.object(roomFields).strict(), output: roomDto },
  'settings.room.update': { input: z.object({ id, ...roomFields }).strict(), output: roomDto },
  'settings.room.delete': { input: z.object({ id }).strict(), output: empty }
})
