import type { Channel } from '@shared/contract'

/** What a change to the activity log makes stale: the log, and the report that counts it. */
export const ACTIVITY_QUERIES: Channel[] = ['activities.list', 'stats.report']
