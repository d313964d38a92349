import { useEffect, useRef, useState } from 'react'
import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract } from '@shared/contract'
import { call } from '../../api'
import { useAppSession } from '../../app/session'
import { describeError, schemaValidator } from '../../components/forms'
import { useFocusFirstInvalid } from './formHelpers'
import { PasswordField } from './PasswordField'

interface Props {
  /** Set after a lock: only the password is asked. */
  unlockUser: string | null
  onSwitchUser(): void
  onForgot(): void
}

export function LoginForm({ unlockUser, onSwitchUser, onForgot }: Props) {
  const { t } = useTranslation()
  const { sessionChanged } = useAppSession()
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid()
  const usernameRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)
  // Each failure remounts the alert, so a screen reader announces it again even if the text is the same.
  const [failure, setFailure] = useState<{ text: string; attempt: number } | null>(null)
  const form = useForm({
    mode: 'controlled',
    initialValues: { username: unlockUser ?? '', password: '' },
    validate: schemaValidator(contract['auth.login'].input, t)
  })

  // The keyboard starts where the user has to type: the password when unlocking, else the username.
  useEffect(() => {
    ;(unlockUser ? passwordRef : usernameRef).current?.focus()
  }, [unlockUser])

  const login = useMutation({
    mutationFn: (values: { username: string; password: string }) => call('auth.login', values),
    onSuccess: (result) => {
      if (result.ok) {
        sessionChanged(result.value)
        return
      }
      setFailure((f) => ({ text: describeError(t, result.error), attempt: (f?.attempt ?? 0) + 1 }))
      form.setFieldValue('password', '')
      passwordRef.current?.focus()
    },
    onError: () => setFailure((f) => ({ text: t('errors.connection'), attempt: (f?.attempt ?? 0) + 1 }))
  })

  const submit = form.onSubmit(
    (values) => {
      if (!login.isPending) login.mutate(values)
    },
    () => focusFirstInvalid()
  )

  const switchUser = () => {
    form.setValues({ username: '', password: '' })
    setFailure(null)
    onSwitchUser()
  }

  return (
    <Stack gap="md">
      <Text>{unlockUser ? t('auth.login.lockedIntro', { username: unlockUser }) : t('auth.login.intro')}</Text>
      {failure ? (
        <Alert key={failure.attempt} color="red" variant="light">
          {failure.text}
        </Alert>
      ) : null}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          {/* Password managers pair the password with this username; nothing to see or tab to. */}
          {unlockUser ? (
            <input type="text" name="username" autoComplete="username" value={unlockUser} readOnly hidden />
          ) : (
            <TextInput
              ref={usernameRef}
              label={t('auth.login.username')}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              {...form.getInputProps('username')}
            />
          )}
          <PasswordField ref={passwordRef} label={t('auth.login.password')} autoComplete="current-password" {...form.getInputProps('password')} />
          <Button type="submit" loading={login.isPending} mt="sm" fullWidth>
            {unlockUser ? t('auth.login.unlock') : t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
      <Group justify={unlockUser ? 'space-between' : 'flex-end'}>
        {unlockUser ? (
          <Anchor component="button" type="button" size="sm" onClick={switchUser}>
            {t('auth.login.switchUser')}
          </Anchor>
        ) : null}
        <Anchor component="button" type="button" size="sm" onClick={onForgot}>
          {t('auth.login.forgot')}
        </Anchor>
      </Group>
    </Stack>
  )
}
