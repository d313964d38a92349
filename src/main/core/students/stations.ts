import { eq } from 'drizzle-orm'
import type { Tx } from '../context'
import type { Orm } from '../db/connection'
import { userStations } from './schema'

/** The colleges whose students a part-time counsellor works with. */
export function stationsOf(orm: Orm, userId: string): string[] {
  return orm
    .select({ collegeId: userStations.collegeId })
    .from(userStations)
    .where(eq(userStations.userId, userId))
    .all()
    .map((r) => r.collegeId)
    .sort()
}

/** Every user's stations at once (the users page lists them all). */
export function allStations(t: Tx): Map<string, string[]> {
  const byUser = new Map<string, string[]>()
  for (const row of t.orm.select().from(userStations).all()) {
    const list = byUser.get(row.userId) ?? []
    list.push(row.collegeId)
    byUser.set(row.userId, list)
  }
  for (const list of byUser.values()) list.sort()
  return byUser
}
