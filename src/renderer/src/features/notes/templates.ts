import { useQuery } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { AppointmentKind, TemplateDto } from '@shared/contract'
import { callOrThrow } from '../../api'

/** A bilingual label from a template or category, in the user's language. */
export type Bilingual = { 'zh-CN': string; en: string }

export function useLabel(): (label: Bilingual) => string {
  const { i18n } = useTranslation()
  return (label) => (i18n.language === 'en' ? label.en : label['zh-CN'])
}

/**
 * Every template, retired ones too: a note written with a template since retired or edited must
 * still show its name and fields.
 */
export function useTemplates() {
  const input = { includeRetired: true }
  return useQuery({ queryKey: ['notes.templates.list', input], queryFn: () => callOrThrow('notes.templates.list', input) })
}

/** The version a note was written with; the newest of its key if that version is not listed. */
export function findTemplate(templates: TemplateDto[] | undefined, key: string, version?: number): TemplateDto | undefined {
  const same = (templates ?? []).filter((tpl) => tpl.definition.key === key)
  return same.find((tpl) => tpl.version === version) ?? [...same].sort((a, b) => b.version - a.version)[0]
}

/** The newest version of each template still in use, for starting a note. */
export function activeTemplates(templates: TemplateDto[] | undefined): TemplateDto[] {
  const newest = new Map<string, TemplateDto>()
  for (const tpl of templates ?? []) {
    const seen = newest.get(tpl.definition.key)
    if (!seen || tpl.version > seen.version) newest.set(tpl.definition.key, tpl)
  }
  return [...newest.values()].filter((tpl) => !tpl.retired)
}

/** The template an appointment of this kind is written with: the first that names the kind. */
export function suggestTemplate(templates: TemplateDto[] | undefined, kind: AppointmentKind | null): TemplateDto | undefined {
  const active = activeTemplates(templates)
  return (kind ? active.find((tpl) => tpl.definition.kinds.includes(kind)) : undefined) ?? active[0]
}

/** A template's name by key, or its key when the template is unknown. */
export function templateName(t: TFunction, label: (l: Bilingual) => string, templates: TemplateDto[] | undefined, key: string): string {
  const tpl = findTemplate(templates, key)
  return tpl ? label(tpl.definition.name) : t('notes.unknownTemplate', { key })
}
