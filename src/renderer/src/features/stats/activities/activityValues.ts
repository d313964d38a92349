import type { ActivityForm, ActivityKind } from '@shared/contract'

export interface ActivityValues extends Record<string, unknown> {
  kind: ActivityKind | null
  title: string
  date: string
  /** NumberInput gives '' when empty. */
  participants: number | string
  channel: ActivityForm['channel']
  theme: ActivityForm['theme']
  notes: string
}

/** The form's values as the contract has them: an empty count is "not counted". */
export function toForm(v: ActivityValues): ActivityForm {
  return {
    kind: v.kind as ActivityKind,
    title: v.title,
    date: v.date,
    participants: v.participants === '' ? null : Number(v.participants),
    channel: v.channel,
    theme: v.theme,
    notes: v.notes
  }
}
