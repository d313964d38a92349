import { useEffect, useState } from 'react'
import { Button, Group, Modal, Stack } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { CallResult, FieldIssue } from '@shared/errors'
import { focusOrigin, returnFocus } from '../../../components/focusReturn'
import { IssueList } from './IssueList'
import { checkJson, withinJson } from './jsonCheck'
import { JsonField } from './JsonField'

/** A definition kept as data under a key, saved as versions (note templates, screening instruments). */
interface Keyed {
  key: string
}

export interface VersionedJsonModalProps<D extends Keyed, R> {
  /** 'edit' saves a new version of the same key; 'copy' starts a new definition from this one. */
  mode: 'edit' | 'copy'
  /** What the text area starts with (the definition, or its copy under a new key). */
  initial: D
  /** The key an edit must keep. */
  originalKey: string
  /** Keys already in use: a copy must take another. */
  keys: string[]
  schema: z.ZodType<D>
  save: (definition: D) => Promise<CallResult<R>>
  /** After a save the core accepted: refresh lists, say so. */
  onSaved: (value: R) => Promise<void> | void
  onClose: () => void
  issuesId: string
  text: { title: string; label: string; description: string; submit: string; keyChangedKey: string; keyTakenKey: string }
}

/**
 * A definition edited as JSON, checked with the contract's own schema before it is sent; every
 * problem (the renderer's or the core's) is listed with its path, and nothing is saved until all
 * are fixed.
 */
export function VersionedJsonModal<D extends Keyed, R>(props: VersionedJsonModalProps<D, R>) {
  const { mode, originalKey, keys, schema, onClose, text } = props
  const { t } = useTranslation()
  const [json, setJson] = useState(() => JSON.stringify(props.initial, null, 2))
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [origin] = useState(focusOrigin)
  useEffect(() => () => returnFocus(origin), [origin])
  const save = useMutation({ mutationFn: props.save })

  const submit = async (): Promise<void> => {
    const checked = checkJson(schema, json)
    if (!checked.ok) return setIssues(checked.issues)
    const key = checked.value.key
    if (mode === 'edit' && key !== originalKey) return setIssues([{ path: 'key', messageKey: text.keyChangedKey, params: { key: originalKey } }])
    if (mode === 'copy' && keys.includes(key)) return setIssues([{ path: 'key', messageKey: text.keyTakenKey, params: { key } }])
    setIssues([])
    const result = await save.mutateAsync(checked.value)
    if (!result.ok) {
      const fromCore = withinJson(result.error.issues ?? [], 'definition')
      return setIssues(fromCore.length > 0 ? fromCore : [{ path: '', messageKey: result.error.messageKey, ...(result.error.params ? { params: result.error.params } : {}) }])
    }
    await props.onSaved(result.value)
    onClose()
  }

  return (
    <Modal opened onClose={onClose} title={text.title} size="xl" closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <Stack>
          <JsonField label={text.label} description={text.description} value={json} onChange={setJson} issues={issues} autoFocus />
          <IssueList id={props.issuesId} issues={issues} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {text.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
