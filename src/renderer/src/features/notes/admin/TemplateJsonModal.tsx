import { useEffect, useState } from 'react'
import { Button, Group, Modal, Stack } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { templateDefinition, type TemplateDefinition, type TemplateDto } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { call } from '../../../api'
import { focusOrigin, returnFocus } from '../../../components/focusReturn'
import { notify } from '../../../components/notify'
import { IssueList } from './IssueList'
import { checkJson, withinJson } from './jsonCheck'
import { JsonField } from './JsonField'
import { useTemplateName } from './useTemplateName'

const ISSUES_ID = 'template-json-issues'

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

/** Edits a template's definition as JSON; every problem is listed with its path, nothing is saved until all are fixed. */
export function TemplateJsonModal({ edit, keys, onClose }: { edit: TemplateEdit; keys: string[]; onClose: () => void }) {
  const { t } = useTranslation()
  const nameOf = useTemplateName()
  const queryClient = useQueryClient()
  const original = edit.template.definition
  const [text, setText] = useState(() => JSON.stringify(edit.mode === 'copy' ? copyOf(t, original, keys) : original, null, 2))
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [origin] = useState(focusOrigin)
  useEffect(() => () => returnFocus(origin), [origin])
  const save = useMutation({ mutationFn: (definition: TemplateDefinition) => call('notes.templates.save', { definition }) })

  const submit = async (): Promise<void> => {
    const checked = checkJson(templateDefinition, text)
    if (!checked.ok) return setIssues(checked.issues)
    const key = checked.value.key
    if (edit.mode === 'edit' && key !== original.key) return setIssues([{ path: 'key', messageKey: 'notesAdmin.templates.keyChanged', params: { key: original.key } }])
    if (edit.mode === 'copy' && keys.includes(key)) return setIssues([{ path: 'key', messageKey: 'notesAdmin.templates.keyTaken', params: { key } }])
    setIssues([])
    const result = await save.mutateAsync(checked.value)
    if (!result.ok) {
      const fromCore = withinJson(result.error.issues ?? [], 'definition')
      return setIssues(fromCore.length > 0 ? fromCore : [{ path: '', messageKey: result.error.messageKey, ...(result.error.params ? { params: result.error.params } : {}) }])
    }
    await queryClient.invalidateQueries({ queryKey: ['notes.templates.list'] })
    notify(t, t('notesAdmin.templates.saved', { name: nameOf(result.value.definition), version: result.value.version }))
    onClose()
  }

  const title =
    edit.mode === 'edit' ? t('notesAdmin.templates.editTitle', { name: nameOf(original) }) : t('notesAdmin.templates.newTitle', { name: nameOf(original) })
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
            label={t('notesAdmin.templates.definition')}
            description={t('notesAdmin.templates.definitionHelp')}
            value={text}
            onChange={setText}
            issues={issues}
            autoFocus
          />
          <IssueList id={ISSUES_ID} issues={issues} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {edit.mode === 'edit' ? t('notesAdmin.templates.saveVersion') : t('notesAdmin.templates.saveNew')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
