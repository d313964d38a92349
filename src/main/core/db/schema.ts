/**
 * Every table, gathered for drizzle (queries) and drizzle-kit (migrations). Each capability keeps
 * its own tables in its folder; IDs are UUID text, instants ISO-8601 UTC text, booleans 0/1.
 */
export * from './meta'
export * from '../users/schema'
export * from '../audit/schema'
export * from '../settings/schema'
export * from '../students/schema'
export * from '../watch/schema'
export * from '../appointments/schema'
export * from '../notes/schema'
export * from '../alerts/schema'
export * from '../referrals/schema'
export * from '../screening/schema'
export * from '../stats/schema'
