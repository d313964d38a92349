import { useCallback, useEffect, useRef, useState } from 'react'
import { Alert, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { NoteDto, RiskLevel, TemplateDefinition } from '@shared/contract'
import type { CallError } from '@shared/errors'
import { useSession } from '../../../app/session'
import { DetailsFields } from './DetailsFields'
import { DraftActions } from './DraftActions'
import { draftBuffer } from './draftBuffer'
import { focusFirstProblem } from './focusProblem'
import { toDraftInput, valuesFromNote, type DraftValues } from './draftValues'
import { RiskSection } from './RiskSection'
import { issuesToErrors } from './signChecks'
import { TemplateFields } from './TemplateFields'
import { useDraftAutosave } from './useDraftAutosave'

/**
 * The author's draft: the template's fields, categories, sensitivity and the risk section. It
 * saves itself as it is typed; text restored after a lock (not yet saved) wins over the stored
 * draft, because it is newer.
 */
export function DraftEditor({ note, template }: { note: NoteDto; template: TemplateDefinition }) {
  const { t } = useTranslation()
  const { user } = useSession()
  const [computed, setComputed] = useState<RiskLevel | null>(note.computedLevel)
  const computedRef = useRef(computed)
  const [problem, setProblem] = useState<string | null>(null)
  const container = useRef<HTMLDivElement>(null)
  const changed = useRef<(values: DraftValues) => void>(() => undefined)
  const [initial] = useState(() => draftBuffer.get(user.id, note.id) ?? valuesFromNote(note, template))
  const form = useForm<DraftValues>({
    initialValues: initial,
    onValuesChange: (values) => changed.current(values)
  })

  const toInput = useCallback((values: DraftValues) => toDraftInput(note.id, values, computedRef.current), [note.id])
  const onSaved = useCallback((saved: { computedLevel: RiskLevel | null }) => {
    computedRef.current = saved.computedLevel
    setComputed(saved.computedLevel)
  }, [])
  const onRefused = useCallback(
    (error: CallError) => {
      const { errors } = issuesToErrors(t, error.issues ?? [], template)
      if (Object.keys(errors).length > 0) form.setErrors(errors)
    },
    // The form object is stable for the editor's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, template]
  )
  const autosave = useDraftAutosave({ noteId: note.id, userId: user.id, toInput, onSaved, onRefused })
  const autosaveChange = autosave.change
  useEffect(() => {
    changed.current = (values) => {
      setProblem(null)
      autosaveChange(values)
    }
  }, [autosaveChange])

  /** Marks problems on their fields, says how many in the summary, and takes focus to the first. */
  const showProblems = useCallback((errors: Record<string, string>, other: string[]) => {
    form.setErrors(errors)
    const count = Object.keys(errors).length + other.length
    setProblem([t('notes.editor.signBlocked', { count }), ...other].join(' '))
    window.setTimeout(() => focusFirstProblem(container.current), 50)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t])

  return (
    <Stack gap="md" ref={container} onBlur={() => void autosave.flush()}>
      <TemplateFields template={template} form={form} />
      {template.risk !== 'none' && <RiskSection form={form} mode={template.risk} computed={computed} />}
      <DetailsFields form={form} />
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <DraftActions
        note={note}
        template={template}
        form={form}
        computed={computed}
        autosave={autosave}
        onProblems={showProblems}
        onProblem={setProblem}
      />
    </Stack>
  )
}
