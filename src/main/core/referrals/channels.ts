import type { Registry } from '../registry'
import type { TimelineSources } from '../students/timeline'
import { listHospitals, saveHospital } from './hospitals'
import { printReferralLetter, printReturnForm } from './letterPdf'
import { prefillReferral } from './prefill'
import { listReferrals, referralsOfStudent, viewReferral } from './read'
import { advanceReferral, recordContact, stepBackReferral } from './steps'
import { referralsTimeline } from './timeline'
import { createReferral, updateReferral } from './write'

/**
 * Referrals to psychiatric hospitals: the hospital directory, the referral form prefilled from the
 * notes, the tracking from sent to closed, the letter and the return-to-school form as PDFs.
 */
export function registerReferrals(registry: Registry, timeline: TimelineSources): void {
  timeline.register('referrals', referralsTimeline)

  registry.handleTx('referrals.hospitals.list', (t, input) => listHospitals(t, input.includeInactive))
  registry.handleTx('referrals.hospitals.save', (t, input) => saveHospital(t, input))
  registry.handleTx('referrals.prefill', (t, input, ctx) => prefillReferral(t, ctx.session(), input.studentId))
  registry.handleTx('referrals.create', (t, input, ctx) => createReferral(t, ctx.session(), input))
  registry.handleTx('referrals.update', (t, input, ctx) => updateReferral(t, ctx.session(), input))
  registry.handleTx('referrals.get', (t, input, ctx) => viewReferral(t, ctx.session(), input.id))
  registry.handleTx('referrals.forStudent', (t, input, ctx) => referralsOfStudent(t, ctx.session(), input.studentId))
  registry.handleTx('referrals.list', (t, input, ctx) => listReferrals(t, ctx.session(), input.open))
  registry.handleTx('referrals.advance', (t, input, ctx) => advanceReferral(t, ctx.session(), input))
  registry.handleTx('referrals.stepBack', (t, input, ctx) => stepBackReferral(t, ctx.session(), input))
  registry.handleTx('referrals.contact', (t, input, ctx) => recordContact(t, ctx.session(), input))

  registry.handle('referrals.letter.pdf', printReferralLetter)
  registry.handle('referrals.returnForm.pdf', printReturnForm)
}
