import type { useQueryClient } from '@tanstack/react-query'
import type { Channel } from '@shared/contract'

/** What a note write can change: the student's notes, the caller's drafts, the timeline, alerts, search. */
export const NOTE_QUERIES: Channel[] = ['notes.forStudent', 'notes.myDrafts', 'notes.search', 'students.timeline', 'alerts.list', 'watch.get']

export function invalidateNotes(queryClient: ReturnType<typeof useQueryClient>): Promise<unknown> {
  return Promise.all(NOTE_QUERIES.map((channel) => queryClient.invalidateQueries({ queryKey: [channel] })))
}
