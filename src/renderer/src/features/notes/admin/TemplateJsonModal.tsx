import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { templateDefinition, type TemplateDefinition, type TemplateDto } from '@shared/contract'
import { call } from '../../../api'
import { notify } from '../../../components/notify'
import { useTemplateName } from './useTemplateName'
import { VersionedJsonModal } from './VersionedJsonModal'

export interface TemplateEdit {
  /** 'edit' saves a new version of the same key; 'copy' starts a new template from this one. */
  mode: 'edit' | 'copy'
  template: TemplateDto
}

/** A copy under a key no template uses yet, named "(copy)" in both languages. */
function copyOf(t: ReturnType<typeof useTranslation>['t'], definition: TemplateDefinition, keys: string[]): TemplateDefinition {
  let key = t('notesAdmin.templates.copyKey', { key: definition.key }).slice(0, 40)
  for (let n = 2; keys.includes(key); n++) key = `${definition.key.slice(0, 34)}_copy${n}`
  const suffix = (lng: 'zh-CN' | 'en') => t('notesAdmin.templates.copySuffix', { lng })
  return {
    ...definition,
    key,
    name: { 'zh-CN': `${definition.name['zh-CN']}${suffix('zh-CN')}`, en: `${definition.name.en}${suffix('en')}` }
  }
}

/** Edits a template's definition as JSON: a new version of it, or a new template from a copy. */
export function TemplateJsonModal({ edit, keys, onClose }: { edit: TemplateEdit; keys: string[]; onClose: () => void }) {
  const { t } = useTranslation()
  const nameOf = useTemplateName()
  const queryClient = useQueryClient()
  const original = edit.template.definition
  const [initial] = useState(() => (edit.mode === 'copy' ? copyOf(t, original, keys) : original))
  const name = nameOf(original)
  return (
    <VersionedJsonModal
      mode={edit.mode}
      initial={initial}
      originalKey={original.key}
      keys={keys}
      schema={templateDefinition}
      save={(definition) => call('notes.templates.save', { definition })}
      onSaved={async (saved) => {
        await queryClient.invalidateQueries({ queryKey: ['notes.templates.list'] })
        notify(t, t('notesAdmin.templates.saved', { name: nameOf(saved.definition), version: saved.version }))
      }}
      onClose={onClose}
      issuesId="template-json-issues"
      text={{
        title: edit.mode === 'edit' ? t('notesAdmin.templates.editTitle', { name }) : t('notesAdmin.templates.newTitle', { name }),
        label: t('notesAdmin.templates.definition'),
        description: t('notesAdmin.templates.definitionHelp'),
        submit: edit.mode === 'edit' ? t('notesAdmin.templates.saveVersion') : t('notesAdmin.templates.saveNew'),
        keyChangedKey: 'notesAdmin.templates.keyChanged',
        keyTakenKey: 'notesAdmin.templates.keyTaken'
      }}
    />
  )
}
