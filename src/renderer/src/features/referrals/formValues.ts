import type { ChannelOutput, ReferralForm, RiskLevel } from '@shared/contract'

type Urgency = ReferralForm['urgency']
type Prefill = ChannelOutput<'referrals.prefill'>

/**
 * The referral form as the page edits it: the contract's shape, except that a choice not yet
 * made is null and an empty date field is '' (what a date input gives).
 */
export interface ReferralValues extends Record<string, unknown> {
  hospitalId: string | null
  urgency: Urgency | null
  riskLevel: RiskLevel | null
  riskSummary: string
  reason: string
  presentingProblems: string
  history: string
  screening: string
  medication: string
  previousTreatment: string
  requests: ReferralForm['requests']
  consent: { by: ReferralForm['consent']['by']; date: string; how: ReferralForm['consent']['how']; note: string }
  familyInformed: { who: string; date: string; note: string }
  escort: string
  counsellorName: string
  counsellorPhone: string
}

/** Values → the contract's form. Unmade choices pass as they are, so the schema names them. */
export function toReferralForm(v: ReferralValues): ReferralForm {
  return {
    ...v,
    urgency: v.urgency as Urgency,
    riskLevel: v.riskLevel as RiskLevel,
    consent: { ...v.consent, date: v.consent.date || null },
    familyInformed: { ...v.familyInformed, date: v.familyInformed.date || null }
  }
}

export function fromReferralForm(form: ReferralForm): ReferralValues {
  return {
    ...form,
    consent: { ...form.consent, date: form.consent.date ?? '' },
    familyInformed: { ...form.familyInformed, date: form.familyInformed.date ?? '' }
  }
}

/** A new referral: what the core prefilled (history, risk, urgency, the caller's name), the rest empty. */
export function fromPrefill(prefill: Prefill): ReferralValues {
  return {
    hospitalId: null,
    urgency: prefill.urgency,
    riskLevel: prefill.riskLevel,
    riskSummary: prefill.riskSummary,
    reason: '',
    presentingProblems: prefill.presentingProblems,
    history: prefill.history,
    screening: prefill.screening,
    medication: '',
    previousTreatment: '',
    requests: [],
    consent: { by: null, date: '', how: null, note: '' },
    familyInformed: { who: '', date: '', note: '' },
    escort: '',
    counsellorName: prefill.counsellorName,
    counsellorPhone: ''
  }
}
