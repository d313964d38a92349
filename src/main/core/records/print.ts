import { centreDate } from '@shared/centreTime'
import type { Locale } from '@shared/i18n'
import type { CallContext } from '../context'
import { printMeta, readLetterhead } from '../reports/letterhead'
import { gatherStudentRecord, recordCounts } from './gather'
import { studentRecordHtml } from './html'

/**
 * A student's full record as a PDF (PIPL access request; admin only). Everything is read in one
 * transaction, so the parts agree with each other. Printing discloses all of it, so it is
 * audited, ids and counts only, in its own transaction once the PDF exists: a render that fails
 * has disclosed nothing.
 */
export async function printStudentRecord(ctx: CallContext, input: { studentId: string; locale: Locale }): Promise<{ fileName: string; pdfBase64: string }> {
  const session = ctx.session()
  const { record, letterhead, meta } = ctx.tx((t) => ({
    record: gatherStudentRecord(t, session, input.studentId),
    letterhead: readLetterhead(t),
    meta: printMeta(t, session)
  }))
  const pdf = await ctx.pdf.render(studentRecordHtml(record, input.locale, letterhead, meta))
  ctx.tx((t) =>
    t.audit({
      action: 'records.student.print',
      entity: 'student',
      entityId: input.studentId,
      summary: { locale: input.locale, ...recordCounts(record) }
    })
  )
  // The file name says nothing about whom it concerns: a downloads folder is not confidential.
  return { fileName: `student-record-${centreDate(meta.printedAt)}.pdf`, pdfBase64: pdf.toString('base64') }
}
