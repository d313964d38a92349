import { useState } from 'react'
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract, type ChannelInput } from '@shared/contract'
import { PASSWORD_MIN_LENGTH } from '@shared/validation'
import { call } from '../../api'
import { useAppSession } from '../../app/session'
import { schemaValidator } from '../../components/forms'
import { FreshRestoreScreen } from '../backup/FreshRestore'
import { AuthLayout } from './AuthLayout'
import { confirmError, useFocusFirstInvalid, splitCallError } from './formHelpers'
import { PasswordField } from './PasswordField'

interface SetupValues {
  centreName: string
  displayName: string
  username: string
  password: string
  confirmPassword: string
}

const toInput = (v: SetupValues): ChannelInput<'auth.setup'> => ({
  centreName: v.centreName,
  admin: { username: v.username, displayName: v.displayName, password: v.password }
})

/** The core's issue paths → this form's fields. */
const FIELD_FOR: Record<string, keyof SetupValues> = {
  centreName: 'centreName',
  'admin.displayName': 'displayName',
  'admin.username': 'username',
  'admin.password': 'password'
}

function remap(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, text]) => [FIELD_FOR[path] ?? path, text]))
}

/** First run: names the centre and creates the first administrator (and the encrypted vault). */
export function SetupScreen() {
  const { t } = useTranslation()
  const { sessionChanged } = useAppSession()
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid()
  const [message, setMessage] = useState<string | null>(null)
  // A reinstalled or replacement PC: bring the centre back from a backup instead of starting empty.
  const [restoring, setRestoring] = useState(false)
  const validateInput = schemaValidator(contract['auth.setup'].input, t)
  const form = useForm<SetupValues>({
    mode: 'controlled',
    initialValues: { centreName: '', displayName: '', username: '', password: '', confirmPassword: '' },
    validate: (values) => ({ ...remap(validateInput(toInput(values))), ...confirmError(values.password, values.confirmPassword, t) })
  })

  const setup = useMutation({
    mutationFn: (values: SetupValues) => call('auth.setup', toInput(values)),
    onSuccess: (result) => {
      if (result.ok) {
        sessionChanged(result.value)
        return
      }
      const { fields, message } = splitCallError(result.error, t, FIELD_FOR)
      form.setErrors(fields)
      setMessage(message)
      focusFirstInvalid()
    },
    onError: () => setMessage(t('errors.connection'))
  })

  const submit = form.onSubmit(
    (values) => {
      if (setup.isPending) return
      setMessage(null)
      setup.mutate(values)
    },
    () => focusFirstInvalid()
  )

  if (restoring) return <FreshRestoreScreen replaceUnreadable={false} onBack={() => setRestoring(false)} />
  const passwordRule = t('auth.passwordRule', { min: PASSWORD_MIN_LENGTH })
  return (
    <AuthLayout title={t('auth.setup.title')} width={520}>
      <Stack gap="md">
        <Text>{t('auth.setup.intro')}</Text>
        {message ? (
          <Alert color="red" variant="light">
            {message}
          </Alert>
        ) : null}
        <form ref={formRef} onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput label={t('auth.setup.centreName')} description={t('auth.setup.centreNameHint')} {...form.getInputProps('centreName')} />
            <TextInput
              label={t('auth.setup.displayName')}
              description={t('auth.setup.displayNameHint')}
              autoComplete="name"
              {...form.getInputProps('displayName')}
            />
            <TextInput
              label={t('auth.setup.username')}
              description={t('auth.setup.usernameHint')}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              {...form.getInputProps('username')}
            />
            <PasswordField label={t('auth.setup.password')} description={passwordRule} autoComplete="new-password" {...form.getInputProps('password')} />
            <PasswordField label={t('auth.setup.confirmPassword')} autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
            <Button type="submit" loading={setup.isPending} mt="sm" fullWidth>
              {t('auth.setup.submit')}
            </Button>
            <Button variant="subtle" onClick={() => setRestoring(true)} disabled={setup.isPending}>
              {t('backup.fresh.entry')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </AuthLayout>
  )
}
