export const ROLES = ['admin', 'counsellor', 'part_time', 'assistant'] as const
export type Role = (typeof ROLES)[number]
