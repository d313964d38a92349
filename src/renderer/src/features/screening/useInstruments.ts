import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { InstrumentDefinition, InstrumentLabel } from '@shared/contract'
import { callOrThrow } from '../../api'

export function useInstruments() {
  return useQuery({ queryKey: ['screening.instruments.list', {}], queryFn: () => callOrThrow('screening.instruments.list', {}) })
}

export interface InstrumentText {
  /** The definition now in use, by key. */
  definition: (key: string) => InstrumentDefinition | undefined
  /** An instrument's JSON label in the reader's language. */
  label: (label: InstrumentLabel | undefined) => string
  /** "PHQ-9"; the key itself for an instrument no longer listed. */
  short: (key: string) => string
  name: (key: string) => string
  /** A result's level (a flag rule or a 'levels' level) in words. */
  level: (key: string, level: string | null) => string | null
  /** A total's band in words. */
  band: (key: string, band: string | null) => string | null
}

/**
 * Names, levels and bands come from the instruments' own definitions (admin-editable JSON), each
 * in both languages; the current language picks one.
 */
export function useInstrumentText(): InstrumentText {
  const { i18n } = useTranslation()
  const instruments = useInstruments()
  const english = i18n.language === 'en'
  return useMemo(() => {
    const byKey = new Map((instruments.data ?? []).map((i) => [i.key, i.definition]))
    const label = (l: InstrumentLabel | undefined): string => (l ? (english ? l.en : l['zh-CN']) : '')
    const definition = (key: string) => byKey.get(key)
    return {
      definition,
      label,
      short: (key) => definition(key)?.short ?? key,
      name: (key) => label(definition(key)?.name) || key,
      level: (key, level) => {
        if (level === null) return null
        const d = definition(key)
        const found = d?.flags.find((f) => f.key === level) ?? d?.levels.find((l) => l.key === level) ?? d?.bands.find((b) => b.key === level)
        return found ? label(found.label) : level
      },
      band: (key, band) => {
        if (band === null) return null
        const found = definition(key)?.bands.find((b) => b.key === band)
        return found ? label(found.label) : band
      }
    }
  }, [instruments.data, english])
}
