import { centreDate } from '@shared/centreTime'
import type { ReferralStatus } from '@shared/contract/referrals'
import type { CallContext, Tx } from '../context'
import { ConflictError } from '../errors'
import { printMeta, readLetterhead } from '../reports/letterhead'
import type { Letterhead, PrintMeta } from '../reports/layout'
import { referralLetterHtml, type ReferralPrint } from '../reports/referralLetter'
import { returnFormHtml } from '../reports/returnForm'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { loadStudent } from '../students/dto'
import { getReferral } from './read'
import { letterIssues, throwIfAny } from './rules'

/** The states in which the hospital's outcome is known, so a return to school can be assessed. */
const RETURN_FORM_STATES: readonly ReferralStatus[] = ['outcome', 'on_leave', 'returned', 'follow_up', 'closed']

type PdfResult = Promise<{ fileName: string; pdfBase64: string }>

/** Everything a referral document prints, read in one transaction (access checked by getReferral). */
function readPrint(t: Tx, session: Session, id: string): ReferralPrint & { letterhead: Letterhead; meta: PrintMeta } {
  const referral = getReferral(t, session, id)
  return { referral, student: loadStudent(t, referral.studentId), letterhead: readLetterhead(t), meta: printMeta(t, session) }
}

/**
 * 转介函 as a PDF. Refused (VALIDATION, each missing field named) while the letter would lack what
 * a hospital needs. Printing discloses the referral, so it is audited (ids and kinds only) in its
 * own transaction once the PDF exists: a render that fails has disclosed nothing.
 */
export async function printReferralLetter(ctx: CallContext, input: ParsedInput<'referrals.letter.pdf'>): PdfResult {
  const session = ctx.session()
  const print = ctx.tx((t) => readPrint(t, session, input.id))
  throwIfAny(letterIssues(print.referral))
  const pdf = await ctx.pdf.render(referralLetterHtml(print, input.locale, print.letterhead, print.meta))
  ctx.tx((t) =>
    t.audit({
      action: 'referrals.letter.print',
      entity: 'referral',
      entityId: print.referral.id,
      summary: { studentId: print.referral.studentId, status: print.referral.status, urgency: print.referral.form.urgency }
    })
  )
  // The file name says nothing about whom it concerns: a downloads folder is not confidential.
  return { fileName: `referral-letter-${centreDate(print.meta.printedAt)}.pdf`, pdfBase64: pdf.toString('base64') }
}

/** 复学评估表 as a PDF, once the hospital's outcome is recorded (CONFLICT before); audited like the letter. */
export async function printReturnForm(ctx: CallContext, input: ParsedInput<'referrals.returnForm.pdf'>): PdfResult {
  const session = ctx.session()
  const print = ctx.tx((t) => readPrint(t, session, input.id))
  if (!RETURN_FORM_STATES.includes(print.referral.status)) throw new ConflictError('errors.referrals.returnFormTooEarly')
  const pdf = await ctx.pdf.render(returnFormHtml(print, input.locale, print.letterhead, print.meta))
  ctx.tx((t) =>
    t.audit({
      action: 'referrals.returnForm.print',
      entity: 'referral',
      entityId: print.referral.id,
      summary: { studentId: print.referral.studentId, status: print.referral.status }
    })
  )
  return { fileName: `return-to-school-${centreDate(print.meta.printedAt)}.pdf`, pdfBase64: pdf.toString('base64') }
}
