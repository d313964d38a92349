import type { ReferralEventDto, ReferralStatus } from '@shared/contract/referrals'
import { centreDate } from '@shared/centreTime'
import type { Locale } from '@shared/i18n'
import { entryStack } from '../referrals/dto'
import { escapeHtml } from './escape'
import { reportDocument, type Letterhead, type PrintMeta } from './layout'
import { fillIn, pair, REFERRAL_CSS, referralNumber, runningHeader, studentHtml, type ReferralPrint } from './referralLetter'
import { REFERRAL_STRINGS, type ReferralStrings } from './referralStrings'
import { fill } from './strings'

const RETURN_CSS = `
.detail { margin: 0 0 1.5mm; }
.detail .label { font-weight: 700; }
.conclusions { margin: 1mm 0 3mm; font-size: 10.5pt; }
`

/**
 * The step that put the referral in `status`, as it stands: a step taken back no longer counts,
 * and one taken again counts in its later form.
 */
function lastStep(events: readonly ReferralEventDto[], status: ReferralStatus): ReferralEventDto | null {
  return entryStack(events).findLast((e) => e.status === status) ?? null
}

/** A recorded detail as a labelled paragraph, or a ruled line to fill in by hand when none was recorded. */
function detail(s: ReferralStrings, locale: Locale, label: string, value: string | undefined): string {
  const text = value?.trim()
  if (!text) return fillIn(locale, label)
  return `<div class="detail"><span class="label">${escapeHtml(label + (locale === 'en' ? ': ' : '：'))}</span><span class="text">${escapeHtml(text)}</span></div>`
}

/**
 * 复学评估表: what the referral recorded (hospital, dates, diagnosis, treatment, advice, leave,
 * the return documents) and the centre's assessment with its signatures, which are written by
 * hand at the meeting. Pure: data in, HTML out.
 */
export function returnFormHtml(print: ReferralPrint, locale: Locale, letterhead: Letterhead, meta: PrintMeta): string {
  const s = REFERRAL_STRINGS[locale]
  const r = s.returnForm
  const { referral, student } = print
  const events = referral.events
  const sent = lastStep(events, 'sent')
  const seen = lastStep(events, 'seen')
  const outcome = lastStep(events, 'outcome')
  const leave = lastStep(events, 'on_leave')
  const returned = lastStep(events, 'returned')
  const followUp = lastStep(events, 'follow_up')
  const hospital = referral.hospital ? [referral.hospital.name, referral.hospital.department].filter(Boolean).join(' ') : ''
  const referralHtml = `<section><h2>${escapeHtml(r.referral)}</h2><div class="grid">${[
    pair(s, locale, r.hospital, hospital, true),
    pair(s, locale, r.sentDate, sent?.date ?? ''),
    pair(s, locale, r.seenDate, seen?.date ?? ''),
    pair(s, locale, r.doctor, seen?.details.doctor ?? '', true)
  ].join('')}</div>
${detail(s, locale, r.diagnosis, outcome?.details.diagnosis)}
${detail(s, locale, r.treatment, outcome?.details.treatment)}
${detail(s, locale, r.advice, outcome?.details.advice)}</section>`
  const leaveHtml = leave
    ? `<section><h2>${escapeHtml(r.leave)}</h2>${detail(s, locale, r.leaveCertificate, leave.details.certificate)}<div class="grid">${pair(s, locale, r.leaveUntil, leave.details.until ?? '')}</div></section>`
    : ''
  const materials = `<section><h2>${escapeHtml(r.materials)}</h2>
${detail(s, locale, r.returnCertificate, returned?.details.certificate)}
${detail(s, locale, r.parentApplication, returned?.details.parentApplication)}
${detail(s, locale, r.returnAssessment, returned?.details.returnAssessment)}</section>`
  const assessment = `<section><h2>${escapeHtml(r.assessment)}</h2>
${fillIn(locale, r.currentState, true)}
${fillIn(locale, r.currentRisk)}
<div class="fill"><span class="label">${escapeHtml(r.conclusion + (locale === 'en' ? ': ' : '：'))}</span></div>
<div class="conclusions">${escapeHtml(r.conclusions)}</div>
${detail(s, locale, r.plan, followUp?.details.plan)}</section>`
  const signatures = `<section><h2>${escapeHtml(r.signatures)}</h2><div class="signatures">${[r.assessor, r.head, r.college, r.family]
    .map((label) => `<div class="sign">${escapeHtml(label)}</div>`)
    .join('')}</div>${fillIn(locale, r.date)}</section>`
  return reportDocument({
    locale,
    title: r.title,
    letterhead,
    meta,
    facts: [
      [s.letter.number, referralNumber(referral.id)],
      [s.letter.date, centreDate(meta.printedAt)]
    ],
    body: [studentHtml(s, locale, student), referralHtml, leaveHtml, materials, assessment, signatures].join('\n'),
    orientation: 'portrait',
    css: `${runningHeader(fill(r.running, { name: student.name, studentNo: student.studentNo }))}\n${REFERRAL_CSS}\n${RETURN_CSS}`,
    notice: r.notice
  })
}
