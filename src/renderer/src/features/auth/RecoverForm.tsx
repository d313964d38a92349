import { useEffect, useRef, useState } from 'react'
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract } from '@shared/contract'
import { PASSWORD_MIN_LENGTH } from '@shared/validation'
import { call } from '../../api'
import { useAppSession } from '../../app/session'
import { schemaValidator } from '../../components/forms'
import { confirmError, useFocusFirstInvalid, splitCallError } from './formHelpers'
import { PasswordField } from './PasswordField'

interface RecoverValues {
  username: string
  recoveryCode: string
  newPassword: string
  confirmPassword: string
}

const FIELD_FOR: Record<string, keyof RecoverValues> = {
  username: 'username',
  recoveryCode: 'recoveryCode',
  newPassword: 'newPassword'
}

/** Recovery code → new admin password. The core then issues a new code, which the next screen shows. */
export function RecoverForm({ onBack }: { onBack(): void }) {
  const { t } = useTranslation()
  const { sessionChanged } = useAppSession()
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid()
  const [failure, setFailure] = useState<{ text: string; attempt: number } | null>(null)
  const validateInput = schemaValidator(contract['auth.recover'].input, t)
  const form = useForm<RecoverValues>({
    mode: 'controlled',
    initialValues: { username: '', recoveryCode: '', newPassword: '', confirmPassword: '' },
    validate: ({ confirmPassword, ...input }) => ({ ...validateInput(input), ...confirmError(input.newPassword, confirmPassword, t) })
  })

  const usernameRef = useRef<HTMLInputElement>(null)
  useEffect(() => usernameRef.current?.focus(), [])

  const recover = useMutation({
    mutationFn: ({ confirmPassword: _, ...input }: RecoverValues) => call('auth.recover', input),
    onSuccess: (result) => {
      if (result.ok) {
        sessionChanged(result.value)
        return
      }
      const { fields, message } = splitCallError(result.error, t, FIELD_FOR)
      form.setErrors(fields)
      if (message) setFailure((f) => ({ text: message, attempt: (f?.attempt ?? 0) + 1 }))
      focusFirstInvalid()
    },
    onError: () => setFailure((f) => ({ text: t('errors.connection'), attempt: (f?.attempt ?? 0) + 1 }))
  })

  const submit = form.onSubmit(
    (values) => {
      if (recover.isPending) return
      setFailure(null)
      recover.mutate(values)
    },
    () => focusFirstInvalid()
  )

  return (
    <Stack gap="md">
      <Text>{t('auth.recover.intro')}</Text>
      <Text fw={600}>{t('auth.recover.staffNote')}</Text>
      {failure ? (
        <Alert key={failure.attempt} color="red" variant="light">
          {failure.text}
        </Alert>
      ) : null}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            ref={usernameRef}
            label={t('auth.recover.username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            {...form.getInputProps('username')}
          />
          <TextInput
            label={t('auth.recover.code')}
            description={t('auth.recover.codeHint')}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('recoveryCode')}
          />
          <PasswordField
            label={t('auth.recover.newPassword')}
            description={t('auth.passwordRule', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordField label={t('auth.recover.confirmPassword')} autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
          <Button type="submit" loading={recover.isPending} mt="sm" fullWidth>
            {t('auth.recover.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component="button" type="button" size="sm" onClick={onBack} style={{ alignSelf: 'flex-start' }}>
        {t('auth.recover.back')}
      </Anchor>
    </Stack>
  )
}
