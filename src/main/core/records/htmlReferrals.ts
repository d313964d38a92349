import type { ReferralDto, ReferralEventDto } from '@shared/contract'
import type { Locale } from '@shared/i18n'
import { REFERRAL_STRINGS } from '../reports/referralStrings'
import { fill } from '../reports/strings'
import { article, centreDay, centreTime, heading3, heading4, labelOf, orNone, pairs, part, table, textBlock } from './markup'
import type { RecordStrings } from './strings'
import type { StudentRecord } from './types'

/*
 * Part ten: every referral with its whole form (worded as on the referral letter,
 * referralStrings.ts), its hospital, and every step, step back and contact in the order recorded.
 */

function formHtml(s: RecordStrings, locale: Locale, referral: ReferralDto): string {
  const r = REFERRAL_STRINGS[locale]
  const l = r.letter
  const f = referral.form
  const hospital = referral.hospital
  const facts = pairs(s, [
    [s.referral.status, labelOf(s.referralStatuses, referral.status, s.none)],
    [l.urgency, labelOf(r.urgencies, f.urgency, s.none)],
    [l.riskLevel, labelOf(r.levels, f.riskLevel, s.none)],
    [s.referral.hospital, hospital ? [hospital.name, hospital.department].filter(Boolean).join(' ') : s.none],
    [s.referral.counsellor, `${f.counsellorName} ${f.counsellorPhone}`],
    [s.referral.due, orNone(s, referral.dueDate)]
  ])
  const texts: [string, string][] = [
    [l.reason, f.reason],
    [l.presentingProblems, f.presentingProblems],
    [l.history, f.history],
    [l.riskSummary, f.riskSummary],
    [l.screening, f.screening],
    [l.medication, f.medication],
    [l.previousTreatment, f.previousTreatment],
    [l.requests, f.requests.map((x) => r.requests[x]).join(r.listSeparator)],
    [l.escort, f.escort]
  ]
  const blocks = texts.map(([label, value]) => textBlock(label, orNone(s, value)))
  const consent = pairs(s, [
    [l.consentBy, labelOf(r.consentBy, f.consent.by, s.none)],
    [l.consentDate, orNone(s, f.consent.date)],
    [l.consentHow, labelOf(r.consentHow, f.consent.how, s.none)],
    [l.consentNote, orNone(s, f.consent.note)]
  ])
  const family = pairs(s, [
    [l.familyWho, orNone(s, f.familyInformed.who)],
    [l.familyDate, orNone(s, f.familyInformed.date)],
    [l.familyNote, orNone(s, f.familyInformed.note)]
  ])
  return `${facts}${blocks.join('')}${heading4(l.consent)}${consent}${heading4(l.family)}${family}`
}

function eventText(s: RecordStrings, event: ReferralEventDto): string {
  const status = labelOf(s.referralStatuses, event.status, s.none)
  if (event.kind === 'step') return fill(s.referral.step, { status })
  if (event.kind === 'back') return fill(s.referral.back, { status })
  return fill(s.referral.contact, { with: labelOf(s.contactWith, event.contactWith, s.none), channel: labelOf(s.contactChannels, event.contactChannel, s.none) })
}

function eventsHtml(s: RecordStrings, referral: ReferralDto): string {
  const rf = s.referral
  const rows = referral.events.map((event) => [
    event.date,
    eventText(s, event),
    Object.entries(event.details)
      .filter(([, value]) => value !== '')
      .map(([key, value]) => `${labelOf(s.stepDetails, key, key)}${s.colon}${value}`)
      .join('\n') || s.none,
    orNone(s, event.reason),
    `${orNone(s, event.byName)} ${centreTime(event.recordedAt)}`
  ])
  return table(rf.events, [s.date, rf.event, rf.details, rf.reason, `${s.by} / ${rf.recordedAt}`], rows)
}

export function referralsPart(s: RecordStrings, locale: Locale, record: StudentRecord): string {
  if (record.referrals.length === 0) return part(s, s.sections.referrals, null)
  const items = record.referrals.map((referral, i) =>
    article(`${heading3(fill(s.referral.heading, { index: i + 1, date: centreDay(referral.createdAt) }))}${formHtml(s, locale, referral)}${eventsHtml(s, referral)}`)
  )
  return part(s, s.sections.referrals, items.join(''))
}
