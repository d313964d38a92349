import { eq } from 'drizzle-orm'
import type { Locale } from '@shared/i18n'
import type { CallContext } from '../context'
import { users } from '../db/schema'
import { NotFoundError } from '../errors'
import { dayListHtml } from '../reports/dayList'
import { printMeta, readLetterhead } from '../reports/letterhead'
import { dayAppointments } from './dayList'

/**
 * A counsellor's day as a confidential PDF (当日预约表) for reception and the counselling room.
 * Printing discloses every student booked that day, so the print is audited, in its own
 * transaction once the PDF exists (a render that fails has disclosed nothing).
 */
export async function printDayList(
  ctx: CallContext,
  input: { date: string; counsellorId: string; locale: Locale }
): Promise<{ fileName: string; pdfBase64: string }> {
  const session = ctx.session()
  const { list, letterhead, meta } = ctx.tx((t) => {
    const counsellor = t.orm.select({ displayName: users.displayName }).from(users).where(eq(users.id, input.counsellorId)).get()
    if (!counsellor) throw new NotFoundError()
    return {
      list: { date: input.date, counsellorName: counsellor.displayName, appointments: dayAppointments(t, session, input.date, input.counsellorId) },
      letterhead: readLetterhead(t),
      meta: printMeta(t, session)
    }
  })
  const pdf = await ctx.pdf.render(dayListHtml(list, input.locale, letterhead, meta))
  ctx.tx((t) =>
    t.audit({ action: 'appointments.dayList.print', entity: 'user', entityId: input.counsellorId, summary: { date: input.date, count: list.appointments.length } })
  )
  return { fileName: `day-list-${input.date}.pdf`, pdfBase64: pdf.toString('base64') }
}
