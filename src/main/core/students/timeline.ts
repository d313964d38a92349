import type { TimelineEntryDto } from '@shared/contract'
import type { Tx } from '../context'
import type { StudentAccess } from './access'

/** One capability's part of a student's timeline (watch, appointments, notes, referrals …). */
export type TimelineSource = (t: Tx, studentId: string, access: StudentAccess) => TimelineEntryDto[]

/**
 * The student file shows one timeline of everything that happened; each capability registers
 * what it contributes, so the students capability never reads another's tables.
 */
export class TimelineSources {
  private readonly sources = new Map<string, TimelineSource>()

  register(name: string, source: TimelineSource): void {
    if (this.sources.has(name)) throw new Error(`timeline source registered twice: ${name}`)
    this.sources.set(name, source)
  }

  /** Newest first. */
  collect(t: Tx, studentId: string, access: StudentAccess): TimelineEntryDto[] {
    return [...this.sources.values()].flatMap((source) => source(t, studentId, access)).sort((a, b) => b.at.localeCompare(a.at))
  }
}
