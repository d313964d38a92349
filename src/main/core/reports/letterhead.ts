import { eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { users } from '../db/schema'
import type { Session } from '../state'
import { readSetting } from '../settings/store'
import type { Letterhead, PrintMeta } from './layout'

/** The centre's name, address, phone and logo, as set in settings. */
export function readLetterhead(t: Tx): Letterhead {
  const centre = readSetting(t.orm, 'centre')
  return { name: centre.name, address: centre.address, phone: centre.phone, logo: centre.logo }
}

/** The footer facts of a print: now, and the display name of the user printing. */
export function printMeta(t: Tx, session: Session): PrintMeta {
  const user = t.orm.select({ displayName: users.displayName }).from(users).where(eq(users.id, session.userId)).get()
  return { printedAt: t.at, printedBy: user?.displayName ?? session.username }
}
