import type { Channel } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'

/** The referral page (features/referrals/ReferralPage), under the student's file; 'new' starts one. */
export const referralPath = (studentId: string, referralId: string | 'new'): string => `/students/${studentId}/referrals/${referralId}`

/** Every query a referral write may change. */
export const REFERRAL_QUERIES: Channel[] = ['referrals.get', 'referrals.forStudent', 'referrals.list', 'students.timeline']

/** The core names form fields as `form.consent.by` (create/update) or `consent.by`; the form knows the latter. */
export const formPath = (path: string): string => path.replace(/^form\./, '')

const FIELD_LABELS: Record<string, string> = {
  hospitalId: 'hospital',
  urgency: 'urgency',
  riskLevel: 'riskLevel',
  riskSummary: 'riskSummary',
  reason: 'reason',
  presentingProblems: 'presentingProblems',
  history: 'history',
  screening: 'screening',
  medication: 'medication',
  previousTreatment: 'previousTreatment',
  requests: 'requests',
  'consent.by': 'consentBy',
  'consent.date': 'consentDate',
  'consent.how': 'consentHow',
  'consent.note': 'consentNote',
  'familyInformed.who': 'familyWho',
  'familyInformed.date': 'familyDate',
  'familyInformed.note': 'familyNote',
  escort: 'escort',
  counsellorName: 'counsellorName',
  counsellorPhone: 'counsellorPhone'
}

/** The i18n key of a referral form field's label, or null for a path that is no form field. */
export function fieldLabelKey(path: string): string | null {
  const key = FIELD_LABELS[formPath(path)] ?? FIELD_LABELS[formPath(path).replace(/\.\d+$/, '')]
  return key ? `referrals.form.${key}` : null
}

/** Issues that belong to the referral form, with their paths as the form names them. */
export function formIssues(issues: FieldIssue[]): FieldIssue[] {
  return issues.filter((issue) => fieldLabelKey(issue.path) !== null).map((issue) => ({ ...issue, path: formPath(issue.path) }))
}
