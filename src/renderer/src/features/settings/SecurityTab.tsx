import { Alert, Button, Group, NumberInput, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract } from '@shared/contract'
import { callOrThrow } from '../../api'
import { useAppSession } from '../../app/session'
import { schemaValidator } from '../../components/forms'
import { useFormCall } from '../../components/useFormCall'
import { QueryState } from '../../components/QueryState'
import { notify } from '../../components/notify'

export function SecurityTab() {
  const security = useQuery({ queryKey: ['settings.security.get', {}], queryFn: () => callOrThrow('settings.security.get', {}) })
  return security.data ? <SecurityForm minutes={security.data.idleTimeoutMinutes} /> : <QueryState query={security} failedKey="settings.loadFailed" />
}

const toInput = (v: { idleTimeoutMinutes: number | string }) => ({ idleTimeoutMinutes: Number(v.idleTimeoutMinutes) })

/** How soon an unattended PC locks itself. */
function SecurityForm({ minutes }: { minutes: number }) {
  const { t } = useTranslation()
  const { refresh } = useAppSession()
  const check = schemaValidator(contract['settings.security.update'].input, t)
  const form = useForm<{ idleTimeoutMinutes: number | string }>({
    initialValues: { idleTimeoutMinutes: minutes },
    // An empty number field is "required", not "not a number".
    validate: (v) => check({ idleTimeoutMinutes: v.idleTimeoutMinutes === '' ? undefined : v.idleTimeoutMinutes })
  })
  const send = useFormCall('settings.security.update', form, {
    toInput,
    invalidate: ['settings.security.get'],
    onDone: () => {
      notify(t, t('settings.security.saved'))
      // The shell's idle timer reads the timeout from the session.
      void refresh()
    }
  })
  return (
    <form onSubmit={send.submit} noValidate>
      <Stack maw={560}>
        <NumberInput
          label={t('settings.security.idleTimeout')}
          description={t('settings.security.idleTimeoutHelp')}
          min={1}
          max={60}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          withAsterisk
          {...form.getInputProps('idleTimeoutMinutes')}
        />
        {send.failure && (
          <Alert color="red" role="alert" title={t('settings.failed')}>
            {send.failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={send.pending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
