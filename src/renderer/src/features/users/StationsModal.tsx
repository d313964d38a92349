import { MultiSelect, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { UserDto } from '@shared/contract'
import { callOrThrow } from '../../api'
import { FormModal } from '../../components/FormModal'
import { notify } from '../../components/notify'
import { useFormCall } from '../../components/useFormCall'

/** A part-time counsellor's college stations: the colleges whose students they work with. */
export function StationsModal({ user, onClose }: { user: UserDto; onClose: () => void }) {
  const { t } = useTranslation()
  const org = useQuery({ queryKey: ['settings.org.get', {}], queryFn: () => callOrThrow('settings.org.get', {}) })
  const form = useForm<{ collegeIds: string[] }>({ initialValues: { collegeIds: user.stationCollegeIds } })
  const send = useFormCall('users.setStations', form, {
    toInput: (v) => ({ id: user.id, collegeIds: v.collegeIds }),
    invalidate: ['users.list'],
    onDone: (saved) => {
      notify(t, t('users.stations.saved', { name: saved.displayName }))
      onClose()
    }
  })
  const colleges = (org.data ?? []).map((c) => ({ value: c.id, label: c.name }))
  return (
    <FormModal
      title={t('users.stations.title', { name: user.displayName })}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('actions.save')}
    >
      <Text size="sm">{t('users.stations.help')}</Text>
      <MultiSelect
        label={t('users.stations.label')}
        data={colleges}
        searchable
        data-autofocus
        nothingFoundMessage={t('users.stations.noColleges')}
        hidePickedOptions
        {...form.getInputProps('collegeIds')}
      />
    </FormModal>
  )
}
