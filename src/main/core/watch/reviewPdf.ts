import type { Locale } from '@shared/i18n'
import type { CallContext } from '../context'
import { printMeta, readLetterhead } from '../reports/letterhead'
import { weeklyAgendaHtml } from '../reports/weeklyAgenda'
import { reviewAgenda } from './review'

/**
 * The weekly review agenda as a confidential PDF for the meeting. Printing discloses every
 * student on it, so the print is audited, in its own transaction once the PDF exists (a
 * render that fails has disclosed nothing).
 */
export async function printReviewAgenda(ctx: CallContext, input: { date: string; locale: Locale }): Promise<{ fileName: string; pdfBase64: string }> {
  const session = ctx.session()
  const { agenda, letterhead, meta } = ctx.tx((t) => ({
    agenda: reviewAgenda(t, session, input.date),
    letterhead: readLetterhead(t),
    meta: printMeta(t, session)
  }))
  const pdf = await ctx.pdf.render(weeklyAgendaHtml(agenda, input.locale, letterhead, meta))
  ctx.tx((t) => t.audit({ action: 'watch.review.print', summary: { date: input.date, entries: agenda.entries.length } }))
  return { fileName: `weekly-review-${input.date}.pdf`, pdfBase64: pdf.toString('base64') }
}
