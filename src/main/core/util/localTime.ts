/**
 * Calendar dates are the centre's local dates. China has had no daylight saving since 1991,
 * so the centre's offset is fixed; it is a constant here until settings carry a time zone.
 */
export const CENTRE_UTC_OFFSET_MINUTES = 8 * 60

/** The UTC instant at which a local date (`YYYY-MM-DD`) begins. */
export function localDayStartUtc(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d) - CENTRE_UTC_OFFSET_MINUTES * 60_000).toISOString()
}

/** The UTC instant at which the day after a local date begins (an exclusive upper bound). */
export function nextLocalDayStartUtc(date: string): string {
  return new Date(Date.parse(localDayStartUtc(date)) + 24 * 3600_000).toISOString()
}
