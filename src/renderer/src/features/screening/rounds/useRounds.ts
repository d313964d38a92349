import { useQuery } from '@tanstack/react-query'
import type { RoundDto } from '@shared/contract'
import { callOrThrow } from '../../../api'

/** Newest first: by screening date, then by when the round was made. */
export function newestFirst(rounds: RoundDto[]): RoundDto[] {
  return [...rounds].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
}

export function useRounds() {
  return useQuery({
    queryKey: ['screening.rounds.list', {}],
    queryFn: () => callOrThrow('screening.rounds.list', {}),
    select: newestFirst
  })
}
