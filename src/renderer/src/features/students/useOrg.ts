import { useQuery } from '@tanstack/react-query'
import type { CollegeDto } from '@shared/contract'
import { callOrThrow } from '../../api'

/** The colleges → classes tree from settings, for the college and class pickers. */
export function useOrg() {
  return useQuery({ queryKey: ['settings.org.get', {}], queryFn: () => callOrThrow('settings.org.get', {}) })
}

export interface Option {
  value: string
  label: string
}

export function collegeOptions(org: CollegeDto[] | undefined): Option[] {
  return (org ?? []).map((college) => ({ value: college.id, label: college.name }))
}

/** The classes of one college; none until a college is chosen. */
export function classOptions(org: CollegeDto[] | undefined, collegeId: string | null | undefined): Option[] {
  const college = org?.find((c) => c.id === collegeId)
  return (college?.classes ?? []).map((klass) => ({ value: klass.id, label: klass.name }))
}
