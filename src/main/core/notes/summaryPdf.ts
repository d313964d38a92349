import { centreDate } from '@shared/centreTime'
import type { Locale } from '@shared/i18n'
import { and, asc, eq } from 'drizzle-orm'
import type { CallContext, Tx } from '../context'
import { caseSummaryHtml, type CaseSummary } from '../reports/caseSummary'
import { printMeta, readLetterhead } from '../reports/letterhead'
import type { Session } from '../state'
import { assertClinicalAccess } from '../students/access'
import { loadStudent } from '../students/dto'
import { readCategories } from './categories'
import { toNoteDto } from './dto'
import { notes } from './schema'
import { templateVersion } from './templates'

/** The student's signed notes as the caller may read them (others' sensitive ones restricted), oldest first. */
export function caseSummaryOf(t: Tx, session: Session, studentId: string): CaseSummary {
  assertClinicalAccess(t, session, studentId)
  const student = loadStudent(t, studentId)
  const rows = t.orm
    .select()
    .from(notes)
    .where(and(eq(notes.studentId, studentId), eq(notes.status, 'signed')))
    .orderBy(asc(notes.signedAt), asc(notes.id))
    .all()
  return {
    student,
    notes: rows.map((row) => ({ note: toNoteDto(t, session, row), template: templateVersion(t, row.templateKey, row.templateVersion)?.definition ?? null })),
    categories: readCategories(t.orm)
  }
}

/**
 * 个案记录摘要 as a PDF, for handing a case to another counsellor. Printing discloses the notes,
 * so it is audited (counts only) in its own transaction once the PDF exists: a render that fails
 * has disclosed nothing.
 */
export async function printCaseSummary(ctx: CallContext, input: { studentId: string; locale: Locale }): Promise<{ fileName: string; pdfBase64: string }> {
  const session = ctx.session()
  const { summary, letterhead, meta } = ctx.tx((t) => ({
    summary: caseSummaryOf(t, session, input.studentId),
    letterhead: readLetterhead(t),
    meta: printMeta(t, session)
  }))
  const pdf = await ctx.pdf.render(caseSummaryHtml(summary, input.locale, letterhead, meta))
  const restricted = summary.notes.filter((n) => n.note.restricted).length
  ctx.tx((t) =>
    t.audit({
      action: 'notes.summary.print',
      entity: 'student',
      entityId: input.studentId,
      summary: { notes: summary.notes.length, restricted }
    })
  )
  // The file name says nothing about whom it concerns: a downloads folder is not confidential.
  return { fileName: `case-summary-${centreDate(meta.printedAt)}.pdf`, pdfBase64: pdf.toString('base64') }
}
