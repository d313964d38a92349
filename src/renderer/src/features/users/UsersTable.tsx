import { CENTRE_TIME_ZONE } from '@shared/centreTime'
import { ActionIcon, Badge, Group, Menu, Table, Text } from '@mantine/core'
import { IconBuildingCommunity, IconDotsVertical, IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { UserDto } from '@shared/contract'

export type UserAction = 'edit' | 'stations' | 'reset' | 'deactivate' | 'reactivate'

interface UsersTableProps {
  users: UserDto[]
  currentUserId: string
  /** College names by id, for a part-time counsellor's stations. */
  collegeNames: Map<string, string>
  onAction: (action: UserAction, user: UserDto) => void
}

export function UsersTable({ users, currentUserId, collegeNames, onAction }: UsersTableProps) {
  const { t, i18n } = useTranslation()
  const formatTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: CENTRE_TIME_ZONE })
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('users.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.columns.displayName')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.username')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.lastLogin')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const self = user.id === currentUserId
            return (
              <Table.Tr key={user.id}>
                <Table.Th scope="row" fw={500}>
                  <Group gap="xs" wrap="nowrap">
                    {user.displayName}
                    {self && (
                      <Badge variant="outline" size="sm">
                        {t('users.you')}
                      </Badge>
                    )}
                  </Group>
                </Table.Th>
                <Table.Td>{user.username}</Table.Td>
                <Table.Td>
                  {t(`roles.${user.role}`)}
                  {user.role === 'part_time' && <Stations ids={user.stationCollegeIds} collegeNames={collegeNames} />}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Badge color={user.active ? 'teal' : 'gray'} variant="light">
                      {user.active ? t('status.active') : t('status.inactive')}
                    </Badge>
                    {user.active && user.mustChangePassword && (
                      <Badge color="orange" variant="dot">
                        {t('users.mustChangePassword')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {user.lastLoginAt ? (
                    <time dateTime={user.lastLoginAt}>{formatTime.format(new Date(user.lastLoginAt))}</time>
                  ) : (
                    <Text span c="dimmed" size="sm">
                      {t('users.neverLoggedIn')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <RowMenu user={user} self={self} onAction={onAction} />
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function RowMenu({ user, self, onAction }: { user: UserDto; self: boolean; onAction: UsersTableProps['onAction'] }) {
  const { t } = useTranslation()
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" size="lg" aria-label={t('users.rowActions', { name: user.displayName })}>
          <IconDotsVertical size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onAction('edit', user)}>
          {t('users.menu.edit')}
        </Menu.Item>
        {user.role === 'part_time' && (
          <Menu.Item leftSection={<IconBuildingCommunity size={16} />} onClick={() => onAction('stations', user)}>
            {t('users.menu.stations')}
          </Menu.Item>
        )}
        {user.active ? (
          <>
            <Menu.Item leftSection={<IconKey size={16} />} onClick={() => onAction('reset', user)}>
              {t('users.menu.resetPassword')}
            </Menu.Item>
            {/* The core refuses it too; not offering it spares a pointless refusal. */}
            {!self && (
              <Menu.Item leftSection={<IconUserOff size={16} />} onClick={() => onAction('deactivate', user)}>
                {t('users.menu.deactivate')}
              </Menu.Item>
            )}
          </>
        ) : (
          <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => onAction('reactivate', user)}>
            {t('users.menu.reactivate')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  )
}

/** Which colleges a part-time counsellor serves; none is worth seeing, as they can open no student. */
function Stations({ ids, collegeNames }: { ids: string[]; collegeNames: Map<string, string> }) {
  const { t } = useTranslation()
  if (ids.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('users.stations.none')}
      </Text>
    )
  }
  const names = ids.map((id) => collegeNames.get(id)).filter((name): name is string => Boolean(name))
  return <Text size="sm">{t('users.stations.list', { names: names.join(t('users.stations.separator')) })}</Text>
}
