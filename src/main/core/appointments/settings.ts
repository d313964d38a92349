import type { Tx } from '../context'
import { FieldError } from '../errors'
import type { ParsedInput } from '../registry'
import { readSetting, writeSetting, type SettingValue } from '../settings/store'

export type AppointmentSettings = SettingValue<'appointments'>

export const appointmentSettings = (t: Tx): AppointmentSettings => readSetting(t.orm, 'appointments')

/** Default lengths per kind and the calendar's visible hours (admin only, checked by the access table). */
export function updateAppointmentSettings(t: Tx, input: ParsedInput<'appointments.settings.update'>): AppointmentSettings {
  if (input.dayEnd <= input.dayStart) throw new FieldError('dayEnd', 'errors.appointments.endBeforeStart')
  writeSetting(t.orm, 'appointments', input, t.at)
  t.audit({
    action: 'appointments.settings.update',
    entity: 'settings',
    entityId: 'appointments',
    summary: { dayStart: input.dayStart, dayEnd: input.dayEnd, ...input.minutes }
  })
  return appointmentSettings(t)
}
