import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { instrumentDefinition, type InstrumentDefinition, type InstrumentDto } from '@shared/contract'
import { call } from '../../../api'
import { notify } from '../../../components/notify'
import { VersionedJsonModal } from '../../notes/admin/VersionedJsonModal'
import { useInstrumentText } from '../useInstruments'

export interface InstrumentEdit {
  /** 'edit' saves a new version of the same key; 'copy' starts a new instrument from this one. */
  mode: 'edit' | 'copy'
  instrument: InstrumentDto
}

/** A copy under a key no instrument uses yet, named "(copy)" in both languages. */
function copyOf(t: ReturnType<typeof useTranslation>['t'], definition: InstrumentDefinition, keys: string[]): InstrumentDefinition {
  let key = `${definition.key.slice(0, 35)}_copy`
  for (let n = 2; keys.includes(key); n++) key = `${definition.key.slice(0, 34)}_copy${n}`
  const suffix = (lng: 'zh-CN' | 'en') => t('screening.admin.copySuffix', { lng })
  return {
    ...definition,
    key,
    name: { 'zh-CN': `${definition.name['zh-CN']}${suffix('zh-CN')}`, en: `${definition.name.en}${suffix('en')}` },
    // Short names must differ (checkboxes and charts show them): the copy starts as "PHQ-9 (2)".
    short: `${definition.short.slice(0, 14)} (${keys.length + 1})`
  }
}

/** An instrument's definition as JSON: a new version of it, or a new instrument from a copy. */
export function InstrumentJsonModal({ edit, keys, onClose }: { edit: InstrumentEdit; keys: string[]; onClose: () => void }) {
  const { t } = useTranslation()
  const text = useInstrumentText()
  const queryClient = useQueryClient()
  const original = edit.instrument.definition
  const [initial] = useState(() => (edit.mode === 'copy' ? copyOf(t, original, keys) : original))
  const name = original.short
  return (
    <VersionedJsonModal
      mode={edit.mode}
      initial={initial}
      originalKey={original.key}
      keys={keys}
      schema={instrumentDefinition}
      save={(definition) => call('screening.instruments.save', { definition })}
      onSaved={async (saved) => {
        await queryClient.invalidateQueries({ queryKey: ['screening.instruments.list'] })
        notify(t, t('screening.admin.saved', { name: text.label(saved.definition.name), version: saved.version }))
      }}
      onClose={onClose}
      issuesId="instrument-json-issues"
      text={{
        title: edit.mode === 'edit' ? t('screening.admin.editTitle', { name }) : t('screening.admin.newTitle', { name }),
        label: t('screening.admin.definition'),
        description: t('screening.admin.definitionHelp'),
        submit: edit.mode === 'edit' ? t('screening.admin.saveVersion') : t('screening.admin.saveNew'),
        keyChangedKey: 'screening.admin.keyChanged',
        keyTakenKey: 'screening.admin.keyTaken'
      }}
    />
  )
}
