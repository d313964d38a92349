import type { Registry } from '../registry'
import type { TimelineSources } from '../students/timeline'
import { completeChecklistItem } from './checklist'
import { watchDashboard } from './dashboard'
import { addFollowUp } from './followUps'
import { planRevisionsOf, savePlan } from './plan'
import { decideReview, reviewAgenda } from './review'
import { printReviewAgenda } from './reviewPdf'
import { listWatch } from './rows'
import { getWatch, watchOf } from './status'
import { setTier } from './tiers'
import { watchTimeline } from './timeline'

/** The watch list: tiers and their checklists, 一生一策, follow-ups, the weekly review, the dashboard. */
export function registerWatch(registry: Registry, timeline: TimelineSources): void {
  timeline.register('watch', watchTimeline)

  registry.handleTx('watch.list', (t, input, ctx) => listWatch(t, ctx.session(), input))
  registry.handleTx('watch.get', (t, input, ctx) => getWatch(t, ctx.session(), input.studentId))
  registry.handleTx('watch.setTier', (t, input, ctx) => {
    setTier(t, ctx.session(), input)
    return watchOf(t, input.studentId)
  })
  registry.handleTx('watch.checklist.complete', (t, input, ctx) => watchOf(t, completeChecklistItem(t, ctx.session(), input)))
  registry.handleTx('watch.plan.save', (t, input, ctx) => {
    savePlan(t, ctx.session(), input)
    return watchOf(t, input.studentId)
  })
  registry.handleTx('watch.plan.revisions', (t, input, ctx) => planRevisionsOf(t, ctx.session(), input.studentId))
  registry.handleTx('watch.followUp.add', (t, input, ctx) => addFollowUp(t, ctx.session(), input))
  registry.handleTx('watch.review.agenda', (t, input, ctx) => {
    const agenda = reviewAgenda(t, ctx.session(), input.date)
    t.audit({ action: 'watch.review.agenda', summary: { date: input.date, entries: agenda.entries.length } })
    return agenda
  })
  registry.handleTx('watch.review.decide', (t, input, ctx) => {
    decideReview(t, ctx.session(), input)
    return reviewAgenda(t, ctx.session(), input.date)
  })
  registry.handle('watch.review.pdf', printReviewAgenda)
  registry.handleTx('watch.dashboard', (t, _input, ctx) => watchDashboard(t, ctx.session()))
}
