import { useEffect, useState } from 'react'
import { Button, Group, Modal, Stack } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { instrumentDefinition, type InstrumentDefinition, type InstrumentDto } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { call } from '../../../api'
import { focusOrigin, returnFocus } from '../../../components/focusReturn'
import { notify } from '../../../components/notify'
import { IssueList } from '../../notes/admin/IssueList'
import { JsonField } from '../../notes/admin/JsonField'
import { checkJson, withinJson } from '../../notes/admin/jsonCheck'
import { useInstrumentText } from '../useInstruments'

const ISSUES_ID = 'instrument-json-issues'

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

/**
 * An instrument's definition as JSON, checked with the contract's own schema before it is sent;
 * every problem (the renderer's or the core's) is listed with its path, and nothing is saved
 * until all are fixed.
 */
export function InstrumentJsonModal({ edit, keys, onClose }: { edit: InstrumentEdit; keys: string[]; onClose: () => void }) {
  const { t } = useTranslation()
  const text = useInstrumentText()
  const queryClient = useQueryClient()
  const original = edit.instrument.definition
  const [json, setJson] = useState(() => JSON.stringify(edit.mode === 'copy' ? copyOf(t, original, keys) : original, null, 2))
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [origin] = useState(focusOrigin)
  useEffect(() => () => returnFocus(origin), [origin])
  const save = useMutation({ mutationFn: (definition: InstrumentDefinition) => call('screening.instruments.save', { definition }) })

  const submit = async (): Promise<void> => {
    const checked = checkJson(instrumentDefinition, json)
    if (!checked.ok) return setIssues(checked.issues)
    const key = checked.value.key
    if (edit.mode === 'edit' && key !== original.key) return setIssues([{ path: 'key', messageKey: 'screening.admin.keyChanged', params: { key: original.key } }])
    if (edit.mode === 'copy' && keys.includes(key)) return setIssues([{ path: 'key', messageKey: 'screening.admin.keyTaken', params: { key } }])
    setIssues([])
    const result = await save.mutateAsync(checked.value)
    if (!result.ok) {
      const fromCore = withinJson(result.error.issues ?? [], 'definition')
      return setIssues(fromCore.length > 0 ? fromCore : [{ path: '', messageKey: result.error.messageKey, ...(result.error.params ? { params: result.error.params } : {}) }])
    }
    await queryClient.invalidateQueries({ queryKey: ['screening.instruments.list'] })
    notify(t, t('screening.admin.saved', { name: text.label(result.value.definition.name), version: result.value.version }))
    onClose()
  }

  const name = original.short
  const title = edit.mode === 'edit' ? t('screening.admin.editTitle', { name }) : t('screening.admin.newTitle', { name })
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <Stack>
          <JsonField
            label={t('screening.admin.definition')}
            description={t('screening.admin.definitionHelp')}
            value={json}
            onChange={setJson}
            issues={issues}
            autoFocus
          />
          <IssueList id={ISSUES_ID} issues={issues} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {edit.mode === 'edit' ? t('screening.admin.saveVersion') : t('screening.admin.saveNew')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
