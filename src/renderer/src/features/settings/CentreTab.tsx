import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract, type CentreDto } from '@shared/contract'
import { callOrThrow } from '../../api'
import { useAppSession } from '../../app/session'
import { schemaValidator } from '../../components/forms'
import { useFormCall } from '../../components/useFormCall'
import { LogoField } from './LogoField'
import { QueryState } from '../../components/QueryState'
import { notify } from '../../components/notify'

export function CentreTab() {
  const centre = useQuery({ queryKey: ['settings.centre.get', {}], queryFn: () => callOrThrow('settings.centre.get', {}) })
  return centre.data ? <CentreForm centre={centre.data} /> : <QueryState query={centre} failedKey="settings.loadFailed" />
}

/** Name, address, phone and logo: the letterhead of every printed document. */
function CentreForm({ centre }: { centre: CentreDto }) {
  const { t } = useTranslation()
  const { refresh } = useAppSession()
  const check = schemaValidator(contract['settings.centre.update'].input, t)
  const form = useForm<CentreDto>({ initialValues: centre, validate: (values) => check(values) })
  const send = useFormCall('settings.centre.update', form, {
    toInput: (v) => ({ name: v.name, address: v.address, phone: v.phone, logo: v.logo }),
    invalidate: ['settings.centre.get'],
    onDone: (saved) => {
      form.setInitialValues(saved)
      form.setValues(saved)
      notify(t, t('settings.centre.saved'))
      // The header and the login screen show the centre's name.
      void refresh()
    }
  })

  return (
    <form onSubmit={send.submit} noValidate>
      <Stack maw={560}>
        <Text size="sm">{t('settings.centre.intro')}</Text>
        <TextInput label={t('settings.centre.name')} withAsterisk {...form.getInputProps('name')} />
        <TextInput label={t('settings.centre.address')} {...form.getInputProps('address')} />
        <TextInput label={t('settings.centre.phone')} type="tel" {...form.getInputProps('phone')} />
        <LogoField
          value={form.values.logo}
          onChange={(logo) => {
            form.setFieldValue('logo', logo)
            form.clearFieldError('logo')
          }}
          error={typeof form.errors.logo === 'string' ? form.errors.logo : undefined}
          onError={(message) => form.setFieldError('logo', message)}
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
