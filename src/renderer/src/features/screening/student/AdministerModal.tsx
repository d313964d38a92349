import { useEffect, useState } from 'react'
import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { InstrumentDefinition, ResultDto } from '@shared/contract'
import { isRealDate } from '@shared/centreTime'
import { call } from '../../../api'
import { focusOrigin, returnFocus } from '../../../components/focusReturn'
import { describeError } from '../../../components/forms'
import { notify } from '../../../components/notify'
import { centreToday } from '../../watch/format'
import { WATCH_QUERIES } from '../../watch/invalidate'
import { invalidateQueries, SCREENING_QUERIES } from '../invalidate'
import { useInstrumentText } from '../useInstruments'

interface AdministerValues {
  takenOn: string
  /** One per item, as the radio groups hold them ('' until answered). */
  answers: string[]
}

/**
 * Gives PHQ-9 or GAD-7 in the app: the instructions, each item as a radio group named by its
 * text (arrow keys move within a group, Tab to the next), and the date. After scoring, the
 * result, and a plain warning when a key item raised a crisis alert.
 */
export function AdministerModal({ studentId, definition, onClose }: { studentId: string; definition: InstrumentDefinition; onClose: () => void }) {
  const { t } = useTranslation()
  const text = useInstrumentText()
  const queryClient = useQueryClient()
  const [origin] = useState(focusOrigin)
  useEffect(() => () => returnFocus(origin), [origin])
  const [failure, setFailure] = useState<string | null>(null)
  const [scored, setScored] = useState<ResultDto | null>(null)
  const min = definition.answers?.min ?? 0
  const max = definition.answers?.max ?? 0
  const choices = Array.from({ length: max - min + 1 }, (_, n) => min + n)
  const instrument = definition.short
  const form = useForm<AdministerValues>({
    initialValues: { takenOn: centreToday(), answers: Array.from({ length: definition.itemCount }, () => '') },
    validate: {
      takenOn: (v) => (isRealDate(v) ? null : t('validation.date'))
    }
  })
  const send = useMutation({
    mutationFn: (v: AdministerValues) =>
      call('screening.administer', { studentId, instrumentKey: definition.key, takenOn: v.takenOn, answers: v.answers.map(Number) })
  })
  const values = form.getValues()
  const missing = values.answers.filter((a) => a === '').length

  const submit = form.onSubmit(async (v) => {
    // Every item must be answered: each unanswered group says so itself, and the count is given below.
    const unanswered = v.answers.flatMap((a, n) => (a === '' ? [n] : []))
    if (unanswered.length > 0) {
      form.setErrors(Object.fromEntries(unanswered.map((n) => [`answers.${n}`, t('validation.required')])))
      setFailure(t('screening.administer.unanswered', { count: unanswered.length }))
      return
    }
    setFailure(null)
    const result = await send.mutateAsync(v)
    if (!result.ok) {
      setFailure([describeError(t, result.error), ...(result.error.issues ?? []).map((i) => describeError(t, i))].join(' '))
      return
    }
    setScored(result.value)
    await invalidateQueries(queryClient, [...SCREENING_QUERIES, ...WATCH_QUERIES, 'alerts.list'])
    const band = text.band(definition.key, result.value.score.band) ?? t('screening.none')
    notify(t, t('screening.administer.done', { instrument, total: result.value.score.total ?? 0, band }))
  })

  return (
    <Modal opened onClose={onClose} title={t('screening.administer.title', { instrument })} size="xl" closeButtonProps={{ 'aria-label': t('actions.close') }}>
      {scored ? (
        <Stack>
          <Title order={3} size="h5">
            {t('screening.administer.resultTitle')}
          </Title>
          <Text fw={600}>{t('screening.administer.total', { total: scored.score.total ?? 0 })}</Text>
          <Text>{t('screening.administer.band', { band: text.band(definition.key, scored.score.band) ?? t('screening.none') })}</Text>
          <Text>{scored.score.flagged ? t('screening.administer.flagged') : t('screening.administer.notFlagged')}</Text>
          {scored.score.alert && (
            <Alert color="red" variant="filled" role="alert">
              {t('screening.administer.alert')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('screening.administer.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {definition.instructions && <Text fw={500}>{text.label(definition.instructions)}</Text>}
            <TextInput type="date" label={t('screening.administer.takenOn')} withAsterisk maw={220} {...form.getInputProps('takenOn')} />
            {Array.from({ length: definition.itemCount }, (_, n) => (
              <Radio.Group
                key={n}
                label={t('screening.administer.item', { n: n + 1, text: text.label(definition.itemTexts?.[n]) })}
                withAsterisk
                {...form.getInputProps(`answers.${n}`)}
              >
                <Group gap="lg" mt={6}>
                  {choices.map((value) => (
                    <Radio key={value} value={String(value)} label={text.label(definition.answers?.labels?.[value - min]) || String(value)} />
                  ))}
                </Group>
              </Radio.Group>
            ))}
            {failure && (
              <Alert color="red" role="alert" title={t('screening.failed')}>
                {failure}
              </Alert>
            )}
            <Group justify="flex-end">
              {missing > 0 && <Text size="sm">{t('screening.administer.unanswered', { count: missing })}</Text>}
              <Button variant="default" onClick={onClose}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={send.isPending}>
                {t('screening.administer.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  )
}
