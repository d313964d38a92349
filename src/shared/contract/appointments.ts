import { z } from 'zod'
import { id, isoInstant, localDate, optionalText } from '../validation'
import {
  APPOINTMENT_KINDS,
  APPOINTMENT_STATUSES,
  appointmentKind,
  CANCEL_REASONS,
  EXCEPTION_KINDS,
  WAITLIST_URGENCIES
} from './appointmentEnums'
import { defineChannels } from './define'

export * from './appointmentEnums'

/** `HH:mm` on the centre's clock. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' })
const minutes = z.number().int().min(10, { message: 'validation.min' }).max(480, { message: 'validation.max' })
/** "This one" or "this and the following ones" of a weekly series. */
const scope = z.enum(['one', 'following'], { message: 'validation.choice' }).default('one')

export const availabilitySlotDto = z.object({
  id: z.string(),
  userId: z.string(),
  /** 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  start: z.string(),
  end: z.string(),
  roomId: z.string().nullable(),
  site: z.string()
})
export const availabilityExceptionDto = z.object({
  id: z.string(),
  userId: z.string(),
  from: z.string(),
  to: z.string(),
  kind: z.enum(EXCEPTION_KINDS),
  note: z.string()
})

export const participantDto = z.object({
  id: z.string(),
  studentId: z.string().nullable(),
  studentName: z.string().nullable(),
  /** Anonymous open-day visitors are only counted. */
  anonymousCount: z.number().int()
})

export const appointmentDto = z.object({
  id: z.string(),
  kind: z.enum(APPOINTMENT_KINDS),
  status: z.enum(APPOINTMENT_STATUSES),
  start: z.string(),
  end: z.string(),
  counsellorId: z.string(),
  counsellorName: z.string(),
  roomId: z.string().nullable(),
  roomName: z.string().nullable(),
  studentId: z.string().nullable(),
  studentName: z.string().nullable(),
  studentNo: z.string().nullable(),
  seriesId: z.string().nullable(),
  /** 1-based position in its weekly series, and the series' length. */
  seriesIndex: z.number().int().nullable(),
  seriesCount: z.number().int().nullable(),
  capacity: z.number().int().nullable(),
  participantCount: z.number().int(),
  cancelReason: z.enum(CANCEL_REASONS).nullable(),
  cancelNote: z.string(),
  outsideAvailabilityReason: z.string().nullable(),
  /** 'busy': someone else's booking seen only as an occupied room or counsellor (no student). */
  visibility: z.enum(['full', 'busy'])
})
export type AppointmentDto = z.infer<typeof appointmentDto>

export const waitlistEntryDto = z.object({
  id: z.string(),
  studentId: z.string(),
  studentName: z.string(),
  studentNo: z.string(),
  phone: z.string(),
  urgency: z.enum(WAITLIST_URGENCIES),
  addedAt: z.string(),
  note: z.string()
})

const kindMinutes = z.object(Object.fromEntries(APPOINTMENT_KINDS.map((k) => [k, minutes])) as Record<(typeof APPOINTMENT_KINDS)[number], typeof minutes>)

export const appointmentSettingsDto = z.object({
  minutes: kindMinutes,
  /** The calendar's visible hours. */
  dayStart: z.string(),
  dayEnd: z.string()
})

const bookingFields = {
  kind: appointmentKind,
  /** The student (individual kinds); group and open-day sessions take participants instead. */
  studentId: id.nullable(),
  counsellorId: id,
  /** Null for phone/online. */
  roomId: id.nullable(),
  start: isoInstant,
  /** Defaults to the kind's length. */
  durationMinutes: minutes.optional(),
  /** Booking outside the counsellor's availability needs a reason (it is kept with the booking). */
  overrideReason: optionalText(200).optional()
}

export const appointmentsChannels = defineChannels({
  'appointments.settings.get': { input: z.object({}).strict(), output: appointmentSettingsDto },
  'appointments.settings.update': {
    input: z.object({ minutes: kindMinutes, dayStart: clockTime, dayEnd: clockTime }).strict(),
    output: appointmentSettingsDto
  },
  'appointments.availability.get': {
    input: z.object({ userId: id }).strict(),
    output: z.object({ slots: z.array(availabilitySlotDto), exceptions: z.array(availabilityExceptionDto) })
  },
  /** Replaces a counsellor's weekly slots. */
  'appointments.availability.set': {
    input: z
      .object({
        userId: id,
        slots: z
          .array(z.object({ weekday: z.number().int().min(1).max(7), start: clockTime, end: clockTime, roomId: id.nullable(), site: optionalText(60) }).strict())
          .max(70)
      })
      .strict(),
    output: z.object({ slots: z.array(availabilitySlotDto), exceptions: z.array(availabilityExceptionDto) })
  },
  /** Leave, training days: no bookings for that counsellor on these dates. */
  'appointments.exception.add': {
    input: z.object({ userId: id, from: localDate, to: localDate, kind: z.enum(EXCEPTION_KINDS, { message: 'validation.choice' }), note: optionalText(200) }).strict(),
    output: availabilityExceptionDto
  },
  'appointments.exception.delete': { input: z.object({ id }).strict(), output: z.object({}) },
  /** Day or week view: appointments in [from, to] (centre dates), by counsellor or by room. */
  'appointments.calendar': {
    input: z
      .object({
        from: localDate,
        to: localDate,
        counsellorIds: z.array(id).max(50).optional(),
        roomIds: z.array(id).max(50).optional(),
        includeCancelled: z.boolean().default(false)
      })
      .strict(),
    output: z.object({
      appointments: z.array(appointmentDto),
      /** Each counsellor's available intervals on each day of the range, exceptions removed. */
      available: z.array(z.object({ userId: z.string(), start: z.string(), end: z.string(), roomId: z.string().nullable() })),
      exceptions: z.array(availabilityExceptionDto)
    })
  },
  'appointments.get': {
    input: z.object({ id }).strict(),
    output: z.object({ appointment: appointmentDto, participants: z.array(participantDto) })
  },
  /** Books one appointment, or a weekly series (repeatWeeks > 1): all or nothing, each occurrence checked. */
  'appointments.book': {
    input: z
      .object({
        ...bookingFields,
        repeatWeeks: z.number().int().min(1).max(52).default(1),
        capacity: z.number().int().min(1, { message: 'validation.min' }).max(500, { message: 'validation.max' }).optional(),
        /** Booking for a student on the waitlist takes them off it. */
        waitlistId: id.optional()
      })
      .strict(),
    output: z.array(appointmentDto)
  },
  /** Moves (drag or edit): new time, counsellor, room or length; for a series, this one or this and following. */
  'appointments.move': {
    input: z
      .object({
        id,
        start: isoInstant,
        counsellorId: id.optional(),
        roomId: id.nullable().optional(),
        durationMinutes: minutes.optional(),
        scope,
        overrideReason: optionalText(200).optional()
      })
      .strict(),
    output: z.array(appointmentDto)
  },
  'appointments.cancel': {
    input: z
      .object({ id, reason: z.enum(CANCEL_REASONS, { message: 'validation.choice' }), note: optionalText(500), scope })
      .strict(),
    output: z.array(appointmentDto)
  },
  'appointments.attend': { input: z.object({ id }).strict(), output: appointmentDto },
  /** A group or open-day participant: a student from the roster, or anonymous visitors (counted). */
  'appointments.participant.add': {
    input: z
      .object({ appointmentId: id, studentId: id.nullable(), anonymousCount: z.number().int().min(0).max(500).default(0) })
      .strict(),
    output: z.object({ appointment: appointmentDto, participants: z.array(participantDto) })
  },
  'appointments.participant.remove': {
    input: z.object({ participantId: id }).strict(),
    output: z.object({ appointment: appointmentDto, participants: z.array(participantDto) })
  },
  /** A student's appointments, newest first (the student file). */
  'appointments.forStudent': { input: z.object({ studentId: id }).strict(), output: z.array(appointmentDto) },
  'appointments.waitlist.list': { input: z.object({}).strict(), output: z.array(waitlistEntryDto) },
  'appointments.waitlist.add': {
    input: z
      .object({ studentId: id, urgency: z.enum(WAITLIST_URGENCIES, { message: 'validation.choice' }), note: optionalText(500) })
      .strict(),
    output: waitlistEntryDto
  },
  'appointments.waitlist.remove': {
    input: z.object({ id, reason: z.enum(['withdrawn', 'booked_elsewhere'], { message: 'validation.choice' }) }).strict(),
    output: z.object({})
  },
  /** Tomorrow's (or a date's) booked appointments with phone numbers, for reminder calls. */
  'appointments.remindList': {
    input: z.object({ date: localDate }).strict(),
    output: z.array(z.object({ appointment: appointmentDto, phone: z.string() }))
  },
  /** A counsellor's day as a printable PDF (audited as a print). */
  'appointments.dayList.pdf': {
    input: z.object({ date: localDate, counsellorId: id, locale: z.enum(['zh-CN', 'en']).default('zh-CN') }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() })
  },
  /** The home page: today's appointments, the waitlist length and the oldest wait. */
  'appointments.dashboard': {
    input: z.object({}).strict(),
    output: z.object({
      today: z.array(appointmentDto),
      waitlistLength: z.number().int(),
      oldestWaitDays: z.number().int().nullable()
    })
  }
})
