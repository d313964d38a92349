import { NumberInput, Select, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, ROOM_KINDS, type RoomDto } from '@shared/contract'
import { schemaValidator } from '../../components/forms'
import { FormModal } from '../../components/FormModal'
import { useFormCall } from '../../components/useFormCall'
import { notify } from '../../components/notify'

type RoomKind = RoomDto['kind']

interface RoomValues extends Record<string, unknown> {
  name: string
  kind: RoomKind | null
  location: string
  /** NumberInput gives '' while the field is empty. */
  capacity: number | string
  active: boolean
}

function roomFields(v: RoomValues) {
  return {
    name: v.name,
    kind: v.kind as RoomKind,
    location: v.location,
    capacity: Number(v.capacity),
    active: v.active
  }
}

/** Adds a room, or edits `room` when given. */
export function RoomModal({ room, onClose }: { room?: RoomDto; onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['settings.room.create'].input, t)
  const form = useForm<RoomValues>({
    initialValues: {
      name: room?.name ?? '',
      kind: room?.kind ?? null,
      location: room?.location ?? '',
      capacity: room?.capacity ?? 1,
      active: room?.active ?? true
    },
    // An empty number field is "required", not "not a number".
    validate: (v) => check({ ...roomFields(v), capacity: v.capacity === '' ? undefined : v.capacity })
  })
  const onDone = () => {
    notify(t, t('settings.rooms.saved'))
    onClose()
  }
  const create = useFormCall('settings.room.create', form, { toInput: roomFields, invalidate: ['settings.rooms.list'], onDone })
  const update = useFormCall('settings.room.update', form, {
    toInput: (v) => ({ id: room?.id ?? '', ...roomFields(v) }),
    invalidate: ['settings.rooms.list'],
    onDone
  })
  const send = room ? update : create
  const kinds = ROOM_KINDS.map((kind) => ({ value: kind, label: t(`settings.rooms.kinds.${kind}`) }))

  return (
    <FormModal
      title={t(room ? 'settings.rooms.editTitle' : 'settings.rooms.newTitle')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('actions.save')}
    >
      <TextInput label={t('settings.rooms.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <Select<RoomKind> label={t('settings.rooms.kind')} data={kinds} allowDeselect={false} withAsterisk {...form.getInputProps('kind')} />
      <TextInput label={t('settings.rooms.location')} {...form.getInputProps('location')} />
      <NumberInput
        label={t('settings.rooms.capacity')}
        min={1}
        max={500}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        withAsterisk
        {...form.getInputProps('capacity')}
      />
      <Switch label={t('settings.rooms.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
    </FormModal>
  )
}
