import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { STUDENT_STATUSES, type ChannelInput } from '@shared/contract'

export interface StudentFilters {
  q: string
  collegeId: string | null
  classId: string | null
  status: (typeof STUDENT_STATUSES)[number] | null
  onWatchList: boolean
}

/**
 * The list's filters live in the address, so going back from a student's file finds the list as
 * it was left (same search, same college) instead of starting over.
 */
export function useStudentFilters(): [StudentFilters, (change: Partial<StudentFilters>) => void] {
  const [params, setParams] = useSearchParams()
  const filters = useMemo<StudentFilters>(() => {
    const status = params.get('status')
    return {
      q: params.get('q') ?? '',
      collegeId: params.get('college'),
      classId: params.get('class'),
      status: STUDENT_STATUSES.find((s) => s === status) ?? null,
      onWatchList: params.get('watch') === '1'
    }
  }, [params])

  const change = useCallback(
    (next: Partial<StudentFilters>) => {
      setParams(
        (current) => {
          const merged = { ...readRaw(current), ...toRaw(next) }
          const out = new URLSearchParams()
          for (const [key, value] of Object.entries(merged)) if (value) out.set(key, value)
          return out
        },
        { replace: true }
      )
    },
    [setParams]
  )
  return [filters, change]
}

function readRaw(params: URLSearchParams): Record<string, string | null> {
  return Object.fromEntries(params.entries())
}

function toRaw(next: Partial<StudentFilters>): Record<string, string | null> {
  const raw: Record<string, string | null> = {}
  if ('q' in next) raw['q'] = next.q?.trim() || null
  if ('collegeId' in next) raw['college'] = next.collegeId ?? null
  if ('classId' in next) raw['class'] = next.classId ?? null
  if ('status' in next) raw['status'] = next.status ?? null
  if ('onWatchList' in next) raw['watch'] = next.onWatchList ? '1' : null
  return raw
}

/** The filters as the students.list input: empty ones left out. */
export function listInput(filters: StudentFilters, clinical: boolean): ChannelInput<'students.list'> {
  return {
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(filters.collegeId ? { collegeId: filters.collegeId } : {}),
    ...(filters.classId ? { classId: filters.classId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(clinical && filters.onWatchList ? { onWatchList: true } : {})
  }
}
