/** The student file, scrolled to its screening card; with a result, that result's answers open. */
export function screeningPath(studentId: string, resultId?: string): string {
  return resultId ? `/students/${studentId}?screening=${encodeURIComponent(resultId)}` : `/students/${studentId}?screening=`
}

/** The screening page on one round (and tab). */
export function roundPath(roundId: string, tab?: string): string {
  const params = new URLSearchParams({ round: roundId })
  if (tab) params.set('tab', tab)
  return `/screening?${params.toString()}`
}
