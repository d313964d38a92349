import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { appointmentSettingsDto, BACKUP_KEEP_DEFAULT, BACKUP_KEEP_MAX, categoryDto, DEFAULT_KIND_MINUTES, riskRules } from '@shared/contract'
import type { Orm } from '../db/connection'
import { settings } from '../db/schema'
import { SHIPPED_CATEGORIES } from '../notes/shipped/categories'
import { DEFAULT_RISK_RULES } from '../notes/shipped/riskRules'

/** The small settings documents, each with its schema and default. */
export const SETTINGS = {
  centre: {
    schema: z.object({ name: z.string(), address: z.string(), phone: z.string(), logo: z.string().nullable() }),
    fallback: { name: '', address: '', phone: '', logo: null as string | null }
  },
  security: {
    schema: z.object({ idleTimeoutMinutes: z.number().int().min(1).max(60) }),
    fallback: { idleTimeoutMinutes: 10 }
  },
  /** The recovery code until the admin proves they wrote it down; then deleted. */
  recoveryPending: {
    schema: z.object({ code: z.string(), confirmGroups: z.array(z.number().int()) }).nullable(),
    fallback: null as { code: string; confirmGroups: number[] } | null
  },
  /** Default length of each appointment kind, and the hours the calendar shows. */
  appointments: {
    schema: appointmentSettingsDto,
    fallback: { minutes: { ...DEFAULT_KIND_MINUTES }, dayStart: '08:00', dayEnd: '21:00' }
  },
  /** The problem categories notes are filed under, in the order the editor lists them. */
  problemCategories: {
    schema: z.array(categoryDto),
    fallback: SHIPPED_CATEGORIES.map((c) => ({ ...c }))
  },
  /** The rules that compute a note's risk level from its answers (notes/risk.ts). */
  riskRules: {
    schema: riskRules,
    fallback: DEFAULT_RISK_RULES
  },
  /** Anonymised figures: a count 0 < n < threshold is published as "<k" (DESIGN.md, 3–11). */
  statistics: {
    schema: z.object({ threshold: z.number().int().min(3).max(11) }),
    fallback: { threshold: 5 }
  },
  /**
   * How many whole years after a student leaves (retention/) their records are kept before a
   * purge may destroy them. 10 by default: Chinese colleges commonly keep counselling records at
   * least ten years after graduation; fewer than 3 would lose records still asked for (a return,
   * a lawsuit), more than 30 is keeping them for good.
   */
  retention: {
    schema: z.object({ yearsAfterLeaving: z.number().int().min(3).max(30) }),
    fallback: { yearsAfterLeaving: 10 }
  },
  /** Where and when backups are made (backup/channels.ts); no folder until the admin picks one. */
  backup: {
    schema: z.object({ folder: z.string().nullable(), dailyAt: z.string().nullable(), keep: z.number().int().min(1).max(BACKUP_KEEP_MAX) }),
    fallback: { folder: null as string | null, dailyAt: '17:30' as string | null, keep: BACKUP_KEEP_DEFAULT }
  },
  /** The last backup attempts, for the dashboard and the schedule. Written after the snapshot, so a restored one is its past. */
  backupState: {
    schema: z.object({
      lastAttemptAt: z.string().nullable(),
      lastSuccessAt: z.string().nullable(),
      lastSuccessName: z.string().nullable(),
      lastFailure: z.object({ at: z.string(), messageKey: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }).nullable()
    }),
    fallback: {
      lastAttemptAt: null as string | null,
      lastSuccessAt: null as string | null,
      lastSuccessName: null as string | null,
      lastFailure: null as { at: string; messageKey: string; params: Record<string, string | number> } | null
    }
  }
} as const

type Settings = typeof SETTINGS
export type SettingKey = keyof Settings
export type SettingValue<K extends SettingKey> = z.output<Settings[K]['schema']>

export function readSetting<K extends SettingKey>(orm: Orm, key: K): SettingValue<K> {
  const row = orm.select().from(settings).where(eq(settings.key, key)).get()
  if (!row) return SETTINGS[key].fallback as SettingValue<K>
  return SETTINGS[key].schema.parse(JSON.parse(row.value)) as SettingValue<K>
}

export function writeSetting<K extends SettingKey>(orm: Orm, key: K, value: SettingValue<K>, at: string): void {
  if (value === null) {
    orm.delete(settings).where(eq(settings.key, key)).run()
    return
  }
  const json = JSON.stringify(SETTINGS[key].schema.parse(value))
  orm
    .insert(settings)
    .values({ key, value: json, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: at } })
    .run()
}
