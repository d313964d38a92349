import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Alert, Button, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { modals } from '@mantine/modals'
import { useTranslation } from 'react-i18next'
import { contract, type ChannelInput, type ChannelOutput } from '@shared/contract'
import { call } from '../../api'
import { useAppSession } from '../../app/session'
import { describeError, schemaValidator } from '../../components/forms'
import { notify } from '../../components/notify'
import { AuthLayout } from '../auth/AuthLayout'
import { splitCallError, useFocusFirstInvalid } from '../auth/formHelpers'
import { PasswordField } from '../auth/PasswordField'
import { FolderField } from './FolderField'
import { useBackupFormat } from './format'

type Backup = ChannelOutput<'backup.inspect'>

interface Values {
  path: string
  kind: 'recoveryCode' | 'password'
  recoveryCode: string
  username: string
  password: string
}

/** The core's issue paths → this form's fields. */
const FIELD_FOR: Record<string, string> = {
  path: 'path',
  'secret.recoveryCode': 'recoveryCode',
  'secret.username': 'username',
  'secret.password': 'password'
}

const toInput = (v: Values, backup: Backup, replaceUnreadable: boolean): ChannelInput<'backup.restoreFresh'> => ({
  path: backup.path,
  confirmCreatedAt: backup.createdAt,
  secret: v.kind === 'recoveryCode' ? { kind: 'recoveryCode', recoveryCode: v.recoveryCode } : { kind: 'password', username: v.username, password: v.password },
  replaceUnreadable
})

interface FreshRestoreProps {
  /** The data folder holds a vault that cannot be opened (the broken screen): replace it, kept aside. */
  replaceUnreadable: boolean
  onBack: () => void
}

/**
 * The first screen's way back from a dead PC: a backup's folder → what it holds (before any key)
 * → the recovery code or an admin's password of that time → confirm → restore → the login screen.
 */
export function FreshRestore({ replaceUnreadable, onBack }: FreshRestoreProps) {
  const { t } = useTranslation()
  const format = useBackupFormat()
  const { refresh } = useAppSession()
  const [formRef, focusFirstInvalid] = useFocusFirstInvalid()
  const [backup, setBackup] = useState<Backup | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const checkInspect = schemaValidator(contract['backup.inspect'].input, t)
  const checkRestore = schemaValidator(contract['backup.restoreFresh'].input, t)
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { path: '', kind: 'recoveryCode', recoveryCode: '', username: '', password: '' },
    // A different folder is a different backup: read it again before any key is asked for.
    onValuesChange: (next, previous) => {
      if (next.path !== previous.path) setBackup(null)
    }
  })

  const showFailure = (error: Parameters<typeof splitCallError>[0]) => {
    const { fields, message } = splitCallError(error, t, FIELD_FOR)
    form.setErrors(fields)
    setFailure(message)
    focusFirstInvalid()
  }

  const inspect = async (path: string) => {
    setPending(true)
    try {
      const result = await call('backup.inspect', { path })
      if (!result.ok) return showFailure(result.error)
      setBackup(result.value)
    } catch {
      setFailure(t('errors.connection'))
    } finally {
      setPending(false)
    }
  }

  const restore = async (values: Values, chosen: Backup) => {
    setPending(true)
    try {
      const result = await call('backup.restoreFresh', toInput(values, chosen, replaceUnreadable))
      if (!result.ok) return showFailure(result.error)
      notify(t, t('backup.fresh.done', { at: format.at(result.value.restoredFrom.createdAt) }))
      // The vault is in place and locked: the app shows the login screen.
      await refresh()
    } catch {
      setFailure(t('errors.connection'))
    } finally {
      setPending(false)
    }
  }

  const confirm = (values: Values, chosen: Backup) =>
    modals.openConfirmModal({
      title: t('backup.fresh.confirmTitle'),
      children: <Text size="sm">{t('backup.fresh.confirmBody', { centre: chosen.label, at: format.at(chosen.createdAt) })}</Text>,
      labels: { confirm: t('backup.fresh.confirm'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('actions.close') },
      onConfirm: () => void restore(values, chosen)
    })

  // Checked here rather than by the form: which rules apply depends on the step.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pending) return
    const values = form.getValues()
    const errors = remap(backup ? checkRestore(toInput(values, backup, replaceUnreadable)) : checkInspect({ path: values.path }))
    form.setErrors(errors)
    if (Object.keys(errors).length > 0) return focusFirstInvalid()
    setFailure(null)
    if (backup) confirm(values, backup)
    else void inspect(values.path.trim())
  }

  return (
    <Stack gap="md">
      <Text>{t('backup.fresh.intro')}</Text>
      {replaceUnreadable && <Text fw={600}>{t('backup.fresh.brokenNote')}</Text>}
      {failure && (
        <Alert color="red" variant="light" role="alert">
          {failure}
        </Alert>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FolderField
            label={t('backup.fresh.folder')}
            description={t('backup.fresh.folderHelp')}
            onPicked={(path) => form.setFieldValue('path', path)}
            {...form.getInputProps('path')}
          />
          {!backup && (
            <Button type="submit" loading={pending}>
              {t('backup.fresh.inspect')}
            </Button>
          )}
          {backup && <Found backup={backup} />}
          {backup && (
            <>
              <Radio.Group label={t('backup.fresh.secretKind')} {...form.getInputProps('kind')}>
                <Stack gap={6} mt={6}>
                  <Radio value="recoveryCode" label={t('backup.fresh.byCode')} />
                  <Radio value="password" label={t('backup.fresh.byPassword')} />
                </Stack>
              </Radio.Group>
              {form.values.kind === 'recoveryCode' ? (
                <TextInput
                  label={t('backup.fresh.recoveryCode')}
                  description={t('backup.fresh.recoveryCodeHelp')}
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  withAsterisk
                  {...form.getInputProps('recoveryCode')}
                />
              ) : (
                <>
                  <TextInput
                    label={t('backup.fresh.username')}
                    autoComplete="username"
                    autoCapitalize="none"
                    spellCheck={false}
                    withAsterisk
                    {...form.getInputProps('username')}
                  />
                  <PasswordField
                    label={t('backup.fresh.password')}
                    description={t('backup.fresh.passwordHelp')}
                    autoComplete="current-password"
                    withAsterisk
                    {...form.getInputProps('password')}
                  />
                </>
              )}
              <Button type="submit" color="red" loading={pending} mt="xs">
                {t('backup.fresh.submit')}
              </Button>
            </>
          )}
          <Button variant="subtle" onClick={onBack} style={{ alignSelf: 'flex-start' }}>
            {t('backup.fresh.back')}
          </Button>
        </Stack>
      </form>
    </Stack>
  )
}

/**
 * What the backup holds, read from its manifest before any key: which centre, when, how much.
 * It takes focus when it appears, so a screen reader reads it before the key is asked for.
 */
function Found({ backup }: { backup: Backup }) {
  const { t } = useTranslation()
  const format = useBackupFormat()
  const ref = useRef<HTMLElement>(null)
  useEffect(() => ref.current?.focus(), [backup])
  return (
    <Paper ref={ref} component="section" withBorder p="sm" tabIndex={-1} aria-labelledby="backup-found">
      <Title order={2} size="h5" id="backup-found">
        {t('backup.fresh.found')}
      </Title>
      <Text fw={600}>{t('backup.fresh.centre', { centre: backup.label })}</Text>
      <Text size="sm">{t('backup.fresh.createdAt', { at: format.at(backup.createdAt) })}</Text>
      <Text size="sm">{format.counts(backup.counts)}</Text>
      {backup.problem && (
        <Text size="sm" c="var(--mantine-color-error)">
          {describeError(t, backup.problem)}
        </Text>
      )}
    </Paper>
  )
}

/** The restore screen in the frame of the first screens (setup, or a vault that cannot be opened). */
export function FreshRestoreScreen(props: FreshRestoreProps) {
  const { t } = useTranslation()
  return (
    <AuthLayout title={t('backup.fresh.title')} width={560}>
      <FreshRestore {...props} />
    </AuthLayout>
  )
}

function remap(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, text]) => [FIELD_FOR[path] ?? path, text]))
}
