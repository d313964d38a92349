import { useEffect, useRef } from 'react'
import { Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { useAppSession } from '../../app/session'
import { describeError } from '../../components/forms'
import { useFocusFirstInvalid } from './formHelpers'

interface Props {
  /** 1-based numbers of the groups to type back. */
  confirmGroups: number[]
  onShowAgain(): void
}

/** Step 2 of the recovery code screen: the admin types back the asked groups from their paper copy. */
export function RecoveryCodeConfirm({ confirmGroups, onShowAgain }: Props) {
  const { t, i18n } = useTranslation()
  const { sessionChanged } = useAppSession()
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid()
  const firstRef = useRef<HTMLInputElement>(null)
  const form = useForm({
    mode: 'controlled',
    initialValues: { groups: confirmGroups.map(() => '') },
    validate: (values) =>
      Object.fromEntries(values.groups.flatMap((value, i) => (value.trim() ? [] : [[`groups.${i}`, t('validation.required')]])))
  })
  useEffect(() => firstRef.current?.focus(), [])

  const confirm = useMutation({
    mutationFn: (groups: string[]) => call('auth.recoveryCode.confirm', { groups }),
    onSuccess: (result) => {
      if (result.ok) {
        sessionChanged(result.value)
        return
      }
      // The core cannot say which group is wrong (that would leak the code): mark them all.
      const text = describeError(t, result.error.issues?.[0] ?? result.error)
      form.setErrors(Object.fromEntries(confirmGroups.map((_, i) => [`groups.${i}`, i === 0 ? text : true])))
      focusFirstInvalid()
    },
    onError: () => form.setErrors({ 'groups.0': t('errors.connection') })
  })

  const submit = form.onSubmit(
    (values) => {
      if (!confirm.isPending) confirm.mutate(values.groups)
    },
    () => focusFirstInvalid()
  )

  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    confirmGroups.map((n) => t('auth.recoveryCode.groupName', { n }))
  )
  return (
    <Stack gap="md">
      <Text>{t('auth.recoveryCode.confirmIntro', { groups: names })}</Text>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          {confirmGroups.map((n, i) => (
            <TextInput
              key={n}
              ref={i === 0 ? firstRef : undefined}
              label={t('auth.recoveryCode.groupLabel', { n })}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={12}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.08em' } }}
              {...form.getInputProps(`groups.${i}`)}
            />
          ))}
          <Group justify="space-between" mt="sm">
            <Button variant="default" onClick={onShowAgain}>
              {t('auth.recoveryCode.showAgain')}
            </Button>
            <Button type="submit" loading={confirm.isPending}>
              {t('auth.recoveryCode.confirmSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  )
}
