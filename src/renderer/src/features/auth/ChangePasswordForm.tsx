import { useState } from 'react'
import { Alert, Button, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract } from '@shared/contract'
import { PASSWORD_MIN_LENGTH } from '@shared/validation'
import { call } from '../../api'
import { useAppSession, useSession } from '../../app/session'
import { schemaValidator } from '../../components/forms'
import { notify } from '../../components/notify'
import { confirmError, useFocusFirstInvalid, splitCallError } from './formHelpers'
import { PasswordField } from './PasswordField'

interface ChangeValues {
  currentPassword: string
  newPassword: string
  confirmPassword: string
}

const FIELD_FOR: Record<string, keyof ChangeValues> = { currentPassword: 'currentPassword', newPassword: 'newPassword' }
const EMPTY: ChangeValues = { currentPassword: '', newPassword: '', confirmPassword: '' }

/** Current, new and repeated password → auth.changePassword. Used at first login and on the account page. */
export function ChangePasswordForm() {
  const { t } = useTranslation()
  const { sessionChanged } = useAppSession()
  const { user } = useSession()
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid()
  const [failure, setFailure] = useState<{ text: string; attempt: number } | null>(null)
  const validateInput = schemaValidator(contract['auth.changePassword'].input, t)
  const form = useForm<ChangeValues>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: ({ confirmPassword, ...input }) => ({ ...validateInput(input), ...confirmError(input.newPassword, confirmPassword, t) })
  })

  const change = useMutation({
    mutationFn: ({ confirmPassword: _, ...input }: ChangeValues) => call('auth.changePassword', input),
    onSuccess: (result) => {
      if (result.ok) {
        form.setValues(EMPTY)
        notify(t, t('auth.changePassword.success'))
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
      if (change.isPending) return
      setFailure(null)
      change.mutate(values)
    },
    () => focusFirstInvalid()
  )

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {failure ? (
          <Alert key={failure.attempt} color="red" variant="light">
            {failure.text}
          </Alert>
        ) : null}
        {/* Password managers pair the new password with this username; nothing to see or tab to. */}
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <PasswordField label={t('auth.changePassword.current')} autoComplete="current-password" {...form.getInputProps('currentPassword')} />
        <PasswordField
          label={t('auth.changePassword.newPassword')}
          description={t('auth.passwordRule', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          {...form.getInputProps('newPassword')}
        />
        <PasswordField label={t('auth.changePassword.confirmPassword')} autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
        <Button type="submit" loading={change.isPending} mt="sm" style={{ alignSelf: 'flex-start' }}>
          {t('auth.changePassword.submit')}
        </Button>
      </Stack>
    </form>
  )
}
