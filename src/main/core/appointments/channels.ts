import type { Registry } from '../registry'
import type { TimelineSources } from '../students/timeline'
import { addException, availabilityOf, deleteException, setAvailability } from './availability'
import { bookAppointment } from './book'
import { calendar } from './calendar'
import { attendAppointment, cancelAppointment } from './cancel'
import { appointmentsDashboard } from './dashboard'
import { printDayList } from './dayListPdf'
import { moveAppointment } from './move'
import { addParticipant, removeParticipant } from './participants'
import { appointmentsOfStudent, getAppointment } from './read'
import { remindList } from './remind'
import { appointmentSettings, updateAppointmentSettings } from './settings'
import { appointmentsTimeline } from './timeline'
import { addToWaitlist, listWaitlist, removeFromWaitlist } from './waitlist'

/**
 * Appointments: weekly availability and leave, booking (single and weekly series) with
 * conflict checks, moves, cancellations, attendance, group and open-day participants, the
 * calendar, the waitlist, reminder and day lists, and the dashboard.
 */
export function registerAppointments(registry: Registry, timeline: TimelineSources): void {
  timeline.register('appointments', appointmentsTimeline)

  registry.handleTx('appointments.settings.get', (t) => appointmentSettings(t))
  registry.handleTx('appointments.settings.update', (t, input) => updateAppointmentSettings(t, input))
  registry.handleTx('appointments.availability.get', (t, input) => availabilityOf(t, input.userId))
  registry.handleTx('appointments.availability.set', (t, input, ctx) => setAvailability(t, ctx.session(), input))
  registry.handleTx('appointments.exception.add', (t, input, ctx) => addException(t, ctx.session(), input))
  registry.handleTx('appointments.exception.delete', (t, input, ctx) => deleteException(t, ctx.session(), input.id))

  registry.handleTx('appointments.calendar', (t, input, ctx) => calendar(t, ctx.session(), input))
  registry.handleTx('appointments.get', (t, input, ctx) => getAppointment(t, ctx.session(), input.id))
  registry.handleTx('appointments.forStudent', (t, input, ctx) => appointmentsOfStudent(t, ctx.session(), input.studentId))

  registry.handleTx('appointments.book', (t, input, ctx) => bookAppointment(t, ctx.session(), input))
  registry.handleTx('appointments.move', (t, input, ctx) => moveAppointment(t, ctx.session(), input))
  registry.handleTx('appointments.cancel', (t, input, ctx) => cancelAppointment(t, ctx.session(), input))
  registry.handleTx('appointments.attend', (t, input, ctx) => attendAppointment(t, ctx.session(), input.id))
  registry.handleTx('appointments.participant.add', (t, input, ctx) => addParticipant(t, ctx.session(), input))
  registry.handleTx('appointments.participant.remove', (t, input, ctx) => removeParticipant(t, ctx.session(), input.participantId))

  registry.handleTx('appointments.waitlist.list', (t) => listWaitlist(t))
  registry.handleTx('appointments.waitlist.add', (t, input, ctx) => addToWaitlist(t, ctx.session(), input))
  registry.handleTx('appointments.waitlist.remove', (t, input, ctx) => removeFromWaitlist(t, ctx.session(), input))

  registry.handleTx('appointments.remindList', (t, input, ctx) => remindList(t, ctx.session(), input.date))
  registry.handle('appointments.dayList.pdf', printDayList)
  registry.handleTx('appointments.dashboard', (t, _input, ctx) => appointmentsDashboard(t, ctx.session()))
}
