import type { TFunction } from 'i18next'

/**
 * Human names for audit actions and entities (the map itself is in ./i18n.ts). i18next reads a
 * dot as nesting, so `auth.login` is looked up as `auth_login`; an action the map does not know
 * yet shows as its raw name rather than disappearing.
 */
export const actionLabel = (t: TFunction, action: string): string =>
  t(`audit.actionNames.${action.replace(/\./g, '_')}`, { defaultValue: action })

export const entityLabel = (t: TFunction, entity: string): string =>
  t(`audit.entityNames.${entity.replace(/\./g, '_')}`, { defaultValue: entity })

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** UUIDs are long and alike; the first block is enough to tell rows apart on screen. */
export const shortId = (id: string): string => (UUID.test(id) ? `${id.slice(0, 8)}…` : id)

/** An audit summary is canonical JSON of IDs, enums and counts; shown as "key: value" pairs. */
export function formatSummary(t: TFunction, summary: string | null): string {
  if (!summary) return ''
  let parsed: unknown
  try {
    parsed = JSON.parse(summary)
  } catch {
    return summary
  }
  if (!parsed || typeof parsed !== 'object') return summary
  return Object.entries(parsed as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${t(`audit.summaryKeys.${key}`, { defaultValue: key })}: ${formatValue(t, key, value)}`)
    .join(' · ')
}

function formatValue(t: TFunction, key: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? t('status.yes') : t('status.no')
  if ((key === 'role' || key === 'previousRole') && typeof value === 'string') return t(`roles.${value}`, { defaultValue: value })
  // Room kinds are named by the settings feature; the log only records them.
  if (key === 'kind' && typeof value === 'string') return t(`settings.rooms.kinds.${value}`, { defaultValue: value })
  if (key === 'reason' && typeof value === 'string') return t(`audit.lockReasons.${value}`, { defaultValue: value })
  if (typeof value === 'string') return shortId(value)
  return String(value)
}
