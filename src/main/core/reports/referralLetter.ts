import type { ReferralDto } from '@shared/contract/referrals'
import { centreDate } from '@shared/centreTime'
import type { Locale } from '@shared/i18n'
import { cssString, escapeHtml } from './escape'
import { reportDocument, type Letterhead, type PrintMeta } from './layout'
import { REFERRAL_STRINGS, type ReferralStrings } from './referralStrings'
import { fill } from './strings'

/** Who the letter is about, from the student file (the referral itself holds only the id). */
export interface LetterStudent {
  name: string
  studentNo: string
  gender: 'male' | 'female' | 'other' | 'unknown'
  birthDate: string | null
  collegeName: string | null
  className: string | null
}

export interface ReferralPrint {
  referral: ReferralDto
  student: LetterStudent
}

/** Rules both referral documents share (the frame's own come from layout.ts). */
export const REFERRAL_CSS = `
h2 { font-size: 11pt; font-weight: 700; margin: 4mm 0 1.5mm; padding: 0.8mm 2mm; background: #ececec; break-after: avoid; }
.grid { display: grid; grid-template-columns: repeat(2, 1fr); gap: 1mm 6mm; margin: 0 0 1mm; }
.grid .wide { grid-column: 1 / -1; }
.pair .label { font-weight: 700; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 1mm; }
.signatures { display: grid; grid-template-columns: repeat(2, 1fr); gap: 8mm 10mm; margin: 8mm 0 2mm; break-inside: avoid; }
.sign { border-bottom: 0.6pt solid #333; min-height: 10mm; padding-top: 6mm; }
.fill { display: flex; align-items: flex-end; gap: 2mm; margin: 0 0 2mm; }
.fill .label { font-weight: 700; white-space: nowrap; }
.fill .blank { flex: 1; border-bottom: 0.6pt solid #333; min-height: 8mm; }
.fill.tall .blank { min-height: 18mm; }
`

const LETTER_CSS = `
.to { margin: 0 0 2mm; }
.to .hospital { font-size: 11pt; font-weight: 700; }
.urgency { border: 1.5pt solid #a1001c; color: #a1001c; font-size: 13pt; font-weight: 700; text-align: center; padding: 1.5mm 3mm; margin: 0 0 3mm; }
.urgency.routine { border-color: #333; color: #111; }
.intro { text-indent: 2em; margin: 0 0 2mm; }
.confidentiality { font-weight: 700; margin: 5mm 0 0; break-inside: avoid; }
.stamp { text-align: right; padding-right: 10mm; }
.slip { break-inside: avoid; margin-top: 8mm; }
.cut { border-top: 1pt dashed #333; text-align: center; font-size: 8pt; color: #444; padding-top: 1mm; margin-bottom: 3mm; }
.slip h2.title { background: none; text-align: center; font-size: 14pt; }
`

/** `label：value` (or `label: value`), both escaped; an empty value prints as a dash. */
export function pair(s: ReferralStrings, locale: Locale, label: string, value: string, wide = false): string {
  const colon = locale === 'en' ? ': ' : '：'
  return `<div class="pair${wide ? ' wide' : ''}"><span class="label">${escapeHtml(label + colon)}</span><span class="value">${escapeHtml(value || s.none)}</span></div>`
}

/** A heading and a block of free text (line breaks kept; a dash when empty). */
export const block = (s: ReferralStrings, heading: string, text: string): string =>
  `<section><h2>${escapeHtml(heading)}</h2><div class="text">${escapeHtml(text.trim() || s.none)}</div></section>`

export const placeOf = (st: LetterStudent): string => [st.collegeName, st.className].filter((p): p is string => Boolean(p)).join(' / ')

/** 学生基本信息: the identity block both documents open with. */
export function studentHtml(s: ReferralStrings, locale: Locale, st: LetterStudent): string {
  const t = s.student
  return `<section><h2>${escapeHtml(t.heading)}</h2><div class="grid">${[
    pair(s, locale, t.name, st.name),
    pair(s, locale, t.gender, s.gender[st.gender]),
    pair(s, locale, t.studentNo, st.studentNo),
    pair(s, locale, t.birthDate, st.birthDate ?? ''),
    pair(s, locale, t.place, placeOf(st), true)
  ].join('')}</div></section>`
}

/** A label and a ruled line to write on by hand. */
export const fillIn = (locale: Locale, label: string, tall = false): string =>
  `<div class="fill${tall ? ' tall' : ''}"><span class="label">${escapeHtml(label + (locale === 'en' ? ': ' : '：'))}</span><span class="blank"></span></div>`

/** A short reference the hospital can quote back on the slip (the id's first block). */
export const referralNumber = (id: string): string => id.slice(0, 8).toUpperCase()

/** The running header: every page says which document it is and whom it concerns. */
export const runningHeader = (text: string): string =>
  `@page { @top-center { content: ${cssString(text)}; font: 700 8pt 'Noto Sans SC'; color: #111; } }`

export function dateWords(s: ReferralStrings, date: string): string {
  const [year = '', month = '', day = ''] = date.split('-')
  return fill(s.letter.signedDate, { year, month, day })
}

/**
 * 转介函: the letter to the hospital on the centre's letterhead, every field of the referral form
 * as hospitals expect them, the confidentiality line, signature and stamp areas, and below a
 * dashed cut line the return slip (回执) the hospital fills in and sends back. Pure: data in,
 * HTML out. Long text flows over pages under the repeated running header; the slip is never split.
 */
export function referralLetterHtml(print: ReferralPrint, locale: Locale, letterhead: Letterhead, meta: PrintMeta): string {
  const s = REFERRAL_STRINGS[locale]
  const l = s.letter
  const { referral, student } = print
  const form = referral.form
  const hospital = referral.hospital
  const number = referralNumber(referral.id)
  const date = centreDate(meta.printedAt)
  const hospitalName = hospital ? [hospital.name, hospital.department].filter(Boolean).join(' ') : l.noHospital
  const to = `<section class="to"><div class="hospital">${escapeHtml(`${l.to} ${hospitalName}`)}</div><div class="grid">${[
    pair(s, locale, l.department, hospital?.department ?? ''),
    pair(s, locale, l.contact, [hospital?.contactName, hospital?.contactPhone].filter(Boolean).join(' ')),
    pair(s, locale, l.hospitalAddress, hospital?.address ?? ''),
    pair(s, locale, l.hospitalPhone, hospital?.phone ?? '')
  ].join('')}</div></section>`
  const intro = `<p>${escapeHtml(fill(l.salutation, { hospital: hospitalName }))}</p><p class="intro">${escapeHtml(fill(l.intro, { name: student.name, studentNo: student.studentNo }))}</p>`
  const urgency = `<div class="urgency ${form.urgency}">${escapeHtml(`${l.urgency}${locale === 'en' ? ': ' : '：'}${s.urgencies[form.urgency]}`)}</div>`
  const risk = `<section><h2>${escapeHtml(l.risk)}</h2><div class="grid">${pair(s, locale, l.riskLevel, s.levels[form.riskLevel])}</div><div class="text">${escapeHtml(`${l.riskSummary}${locale === 'en' ? ': ' : '：'}${form.riskSummary.trim() || s.none}`)}</div></section>`
  const treatment = `<section><h2>${escapeHtml(l.treatment)}</h2><div class="grid">${pair(s, locale, l.medication, form.medication, true)}${pair(s, locale, l.previousTreatment, form.previousTreatment, true)}</div></section>`
  const requests = `<section><h2>${escapeHtml(l.requests)}</h2><div class="text">${escapeHtml(form.requests.map((r) => s.requests[r]).join(s.listSeparator) || s.none)}</div></section>`
  const consent = `<section><h2>${escapeHtml(l.consent)}</h2><div class="grid">${[
    pair(s, locale, l.consentBy, form.consent.by ? s.consentBy[form.consent.by] : ''),
    pair(s, locale, l.consentDate, form.consent.date ?? ''),
    pair(s, locale, l.consentHow, form.consent.how ? s.consentHow[form.consent.how] : ''),
    pair(s, locale, l.consentNote, form.consent.note, true)
  ].join('')}</div></section>`
  const family = `<section><h2>${escapeHtml(l.family)}</h2><div class="grid">${[
    pair(s, locale, l.familyWho, form.familyInformed.who),
    pair(s, locale, l.familyDate, form.familyInformed.date ?? ''),
    pair(s, locale, l.familyNote, form.familyInformed.note, true)
  ].join('')}</div></section>`
  const counsellor = `<section><h2>${escapeHtml(l.counsellor)}</h2><div class="grid">${pair(s, locale, l.counsellorName, form.counsellorName)}${pair(s, locale, l.counsellorPhone, form.counsellorPhone)}</div></section>`
  const close = `<p class="confidentiality">${escapeHtml(l.confidentiality)}</p>
<div class="signatures"><div class="sign">${escapeHtml(l.signature)}</div><div class="sign">${escapeHtml(l.head)}</div>
<div class="stamp">${escapeHtml(l.stamp)}</div><div class="stamp">${escapeHtml(dateWords(s, date))}</div></div>`
  const body = [
    to,
    intro,
    urgency,
    studentHtml(s, locale, student),
    block(s, l.reason, form.reason),
    block(s, l.presentingProblems, form.presentingProblems),
    block(s, l.history, form.history),
    risk,
    block(s, l.screening, form.screening),
    treatment,
    requests,
    consent,
    family,
    block(s, l.escort, form.escort),
    counsellor,
    close,
    slipHtml(s, locale, print, letterhead, number)
  ].join('\n')
  return reportDocument({
    locale,
    title: l.title,
    letterhead,
    meta,
    facts: [
      [l.number, number],
      [l.date, date]
    ],
    body,
    orientation: 'portrait',
    css: `${runningHeader(fill(l.running, { name: student.name, studentNo: student.studentNo }))}\n${REFERRAL_CSS}\n${LETTER_CSS}`,
    notice: l.notice
  })
}

/** 回执: below a dashed cut line, kept whole; the hospital fills it in and returns it to the centre. */
function slipHtml(s: ReferralStrings, locale: Locale, print: ReferralPrint, letterhead: Letterhead, number: string): string {
  const t = s.slip
  const colon = locale === 'en' ? ': ' : '：'
  const returnTo = [fill(t.returnTo, { centre: letterhead.name }), letterhead.address, letterhead.phone].filter(Boolean).join('　')
  return `<section class="slip">
<div class="cut">${escapeHtml(t.cut)}</div>
<h2 class="title">${escapeHtml(t.title)}</h2>
<p>${escapeHtml(fill(t.to, { centre: letterhead.name }))}</p>
<p class="intro">${escapeHtml(fill(t.body, { name: print.student.name, studentNo: print.student.studentNo, number }))}</p>
<div class="grid">${fillIn(locale, t.received)}${fillIn(locale, t.doctor)}</div>
${fillIn(locale, t.diagnosis, true)}
${fillIn(locale, t.advice, true)}
<div class="signatures"><div class="sign">${escapeHtml(t.hospitalStamp)}</div><div class="sign">${escapeHtml(`${t.date}${colon}${t.blankDate}`)}</div></div>
<p>${escapeHtml(returnTo)}</p>
</section>`
}
