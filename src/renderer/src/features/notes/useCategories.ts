import { useQuery } from '@tanstack/react-query'
import { callOrThrow } from '../../api'
import { useLabel } from './templates'

/** The problem categories; `choices` lists the active ones plus any already chosen that were retired since. */
export function useCategories(chosen: string[] = []) {
  const label = useLabel()
  const query = useQuery({ queryKey: ['notes.categories.get', {}], queryFn: () => callOrThrow('notes.categories.get', {}) })
  const all = query.data ?? []
  const choices = all.filter((c) => c.active || chosen.includes(c.key)).map((c) => ({ value: c.key, label: label(c) }))
  const nameOf = (key: string) => {
    const found = all.find((c) => c.key === key)
    return found ? label(found) : key
  }
  return { query, choices, nameOf }
}
