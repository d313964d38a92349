import { useState } from 'react'
import { ActionIcon, Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { RoomDto } from '@shared/contract'
import { callOrThrow } from '../../api'
import { QueryState } from '../../components/QueryState'
import { RoomModal } from './RoomModal'
import { useConfirmDelete } from './useConfirmDelete'

/** The rooms appointments can be booked in. */
export function RoomsTab() {
  const { t } = useTranslation()
  const [dialog, setDialog] = useState<{ room?: RoomDto } | null>(null)
  const rooms = useQuery({ queryKey: ['settings.rooms.list', {}], queryFn: () => callOrThrow('settings.rooms.list', {}) })
  const confirmDelete = useConfirmDelete()

  const deleteRoom = (room: RoomDto) =>
    confirmDelete({
      channel: 'settings.room.delete',
      id: room.id,
      title: t('settings.rooms.deleteTitle', { name: room.name }),
      body: t('settings.rooms.deleteBody'),
      invalidate: 'settings.rooms.list'
    })

  return (
    <Stack>
      <Text size="sm">{t('settings.rooms.intro')}</Text>
      <Group>
        <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({})}>
          {t('settings.rooms.add')}
        </Button>
      </Group>
      <QueryState query={rooms} failedKey="settings.loadFailed" />
      {rooms.data?.length === 0 && <Text c="dimmed">{t('settings.rooms.none')}</Text>}
      {rooms.data && rooms.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped captionSide="top">
            <Table.Caption>{t('settings.rooms.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('settings.rooms.name')}</Table.Th>
                <Table.Th scope="col">{t('settings.rooms.kind')}</Table.Th>
                <Table.Th scope="col">{t('settings.rooms.location')}</Table.Th>
                <Table.Th scope="col">{t('settings.rooms.capacity')}</Table.Th>
                <Table.Th scope="col">{t('settings.rooms.status')}</Table.Th>
                <Table.Th scope="col">{t('settings.rooms.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rooms.data.map((room) => (
                <Table.Tr key={room.id}>
                  <Table.Th scope="row" fw={500}>
                    {room.name}
                  </Table.Th>
                  <Table.Td>{t(`settings.rooms.kinds.${room.kind}`)}</Table.Td>
                  <Table.Td>{room.location}</Table.Td>
                  <Table.Td>{room.capacity}</Table.Td>
                  <Table.Td>
                    <Badge color={room.active ? 'teal' : 'gray'} variant="light">
                      {room.active ? t('status.active') : t('status.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="subtle" aria-label={t('settings.rooms.edit', { name: room.name })} onClick={() => setDialog({ room })}>
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon variant="subtle" aria-label={t('settings.rooms.delete', { name: room.name })} onClick={() => deleteRoom(room)}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog && <RoomModal room={dialog.room} onClose={() => setDialog(null)} />}
    </Stack>
  )
}
