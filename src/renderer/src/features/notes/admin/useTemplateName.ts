import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateDefinition } from '@shared/contract'

/** A template's name in the user's language (templates carry both). */
export function useTemplateName(): (definition: Pick<TemplateDefinition, 'name'>) => string {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN'
  return useCallback((definition) => definition.name[lang], [lang])
}
