import { z } from 'zod'

/** 一般心理问题 / 严重心理问题 / 重大心理危机. */
export const TIERS = ['general', 'serious', 'crisis'] as const
export const tier = z.enum(TIERS, { message: 'validation.choice' })
export type Tier = (typeof TIERS)[number]

export const RISK_FACTORS = [
  'academic_pressure',
  'job_pressure',
  'economic_difficulty',
  'emotional_crisis',
  'family_change',
  'campus_bullying',
  'environment_change',
  'other'
] as const

export const SPECIAL_PERIODS = ['entry', 'graduation', 'job_season'] as const

/**
 * What each tier asks for (DESIGN and the centre's protocol): shown as a checklist on the
 * student file, each with how soon it is due after the tier is set.
 */
export const TIER_CHECKLIST: Record<Tier, readonly { item: ChecklistItem; dueHours: number }[]> = {
  general: [
    { item: 'advisor_informed', dueHours: 72 },
    { item: 'parents_informed', dueHours: 168 },
    { item: 'peer_support_assigned', dueHours: 168 }
  ],
  serious: [
    { item: 'centre_counselling', dueHours: 168 },
    { item: 'parents_informed', dueHours: 72 },
    { item: 'station_watch', dueHours: 72 }
  ],
  crisis: [
    { item: 'parents_informed_now', dueHours: 2 },
    { item: 'watch_24h', dueHours: 1 },
    { item: 'green_channel_offered', dueHours: 24 }
  ]
}

export const CHECKLIST_ITEMS = [
  'advisor_informed',
  'parents_informed',
  'peer_support_assigned',
  'centre_counselling',
  'station_watch',
  'parents_informed_now',
  'watch_24h',
  'green_channel_offered'
] as const
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number]

/** How often a watched student is reviewed when the plan does not say (days). */
export const DEFAULT_REVIEW_DAYS: Record<Tier, number> = { general: 30, serious: 14, crisis: 7 }

export const FOLLOW_UP_KINDS = ['peer_support', 'family_contact', 'dorm_visit', 'advisor_talk', 'review'] as const
export const FOLLOW_UP_CHANNELS = ['in_person', 'phone', 'online', 'message'] as const
export const REVIEW_DECISIONS = ['keep', 'raise', 'lower', 'remove', 'refer'] as const
