import type { useQueryClient } from '@tanstack/react-query'
import type { Channel } from '@shared/contract'

/** Everything a screening write can change: rounds, the interview list, the heat map, imports, a student's results. */
export const SCREENING_QUERIES: Channel[] = [
  'screening.rounds.list',
  'screening.flags.list',
  'screening.overview',
  'screening.imports.list',
  'screening.platforms.list',
  'screening.student.results'
]

export function invalidateQueries(queryClient: ReturnType<typeof useQueryClient>, channels: Channel[]): Promise<unknown> {
  return Promise.all(channels.map((channel) => queryClient.invalidateQueries({ queryKey: [channel] })))
}
