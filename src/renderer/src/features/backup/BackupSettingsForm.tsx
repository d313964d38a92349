import { Alert, Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, type ChannelInput, type ChannelOutput } from '@shared/contract'
import { schemaValidator } from '../../components/forms'
import { notify } from '../../components/notify'
import { useFormCall } from '../../components/useFormCall'
import { FolderField } from './FolderField'

type Settings = ChannelOutput<'backup.settings.get'>

interface Values extends Record<string, unknown> {
  folder: string
  dailyAt: string
  keep: number | string
}

/** Empty boxes mean "not set": no folder yet, or no daily time (on demand and on quit only). */
const toInput = (v: Values): ChannelInput<'backup.settings.update'> => ({
  folder: v.folder.trim() === '' ? null : v.folder.trim(),
  dailyAt: v.dailyAt === '' ? null : v.dailyAt,
  keep: v.keep === '' ? Number.NaN : Number(v.keep)
})

/** Where backups go, when they are made by themselves, and how many are kept. */
export function BackupSettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['backup.settings.update'].input, t)
  const form = useForm<Values>({
    initialValues: { folder: settings.folder ?? '', dailyAt: settings.dailyAt ?? '', keep: settings.keep },
    // An empty number box is "required", not "not a number".
    validate: (v) => (v.keep === '' ? { ...check({ ...toInput(v), keep: 1 }), keep: t('validation.required') } : check(toInput(v)))
  })
  const send = useFormCall('backup.settings.update', form, {
    toInput,
    invalidate: ['backup.settings.get', 'backup.status', 'backup.list'],
    onDone: () => notify(t, t('backup.settings.saved'))
  })

  return (
    <section aria-labelledby="backup-settings">
      <Title order={2} size="h4" id="backup-settings" mb="xs">
        {t('backup.settings.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('backup.settings.intro')}
      </Text>
      <form onSubmit={send.submit} noValidate>
        <Stack maw={640}>
          <FolderField
            label={t('backup.settings.folder')}
            description={t('backup.settings.folderHelp')}
            onPicked={(path) => form.setFieldValue('folder', path)}
            {...form.getInputProps('folder')}
          />
          <Group align="flex-start" grow>
            <TextInput type="time" label={t('backup.settings.dailyAt')} description={t('backup.settings.dailyAtHelp')} {...form.getInputProps('dailyAt')} />
            <NumberInput
              label={t('backup.settings.keep')}
              description={t('backup.settings.keepHelp')}
              min={1}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              withAsterisk
              {...form.getInputProps('keep')}
            />
          </Group>
          {send.failure && (
            <Alert color="red" role="alert" title={t('backup.failed')}>
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
    </section>
  )
}
