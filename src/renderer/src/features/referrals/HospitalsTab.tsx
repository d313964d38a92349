import { useState } from 'react'
import { ActionIcon, Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconPencil, IconPlayerPause, IconPlayerPlay, IconPlus } from '@tabler/icons-react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { HospitalDto } from '@shared/contract'
import { call, callOrThrow } from '../../api'
import { describeError } from '../../components/forms'
import { notify } from '../../components/notify'
import { QueryState } from '../../components/QueryState'
import { HospitalModal } from './HospitalModal'

const INPUT = { includeInactive: true }

/** Settings → hospitals (admin): the directory new referrals choose from. */
export function HospitalsTab() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [dialog, setDialog] = useState<{ hospital?: HospitalDto } | null>(null)
  const list = useQuery({ queryKey: ['referrals.hospitals.list', INPUT], queryFn: () => callOrThrow('referrals.hospitals.list', INPUT) })
  const toggle = useMutation({
    mutationFn: ({ id, createdAt: _c, updatedAt: _u, ...hospital }: HospitalDto) =>
      call('referrals.hospitals.save', { id, hospital: { ...hospital, active: !hospital.active } }),
    onSuccess: async (result) => {
      if (!result.ok) return notify(t, describeError(t, result.error), t('referrals.hospitals.failed'))
      await queryClient.invalidateQueries({ queryKey: ['referrals.hospitals.list'] })
      const name = result.value.name
      notify(t, t(result.value.active ? 'referrals.hospitals.activated' : 'referrals.hospitals.deactivated', { name }))
    }
  })

  const deactivate = (hospital: HospitalDto) =>
    modals.openConfirmModal({
      title: t('referrals.hospitals.deactivateTitle', { name: hospital.name }),
      children: <Text size="sm">{t('referrals.hospitals.deactivateBody')}</Text>,
      labels: { confirm: t('actions.confirm'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('actions.close') },
      onConfirm: () => toggle.mutate(hospital)
    })

  return (
    <Stack>
      <Text size="sm">{t('referrals.hospitals.intro')}</Text>
      <Group>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({})}>
          {t('referrals.hospitals.add')}
        </Button>
      </Group>
      <QueryState query={list} failedKey="referrals.hospitals.loadFailed" />
      {list.data?.length === 0 && <Text c="dimmed">{t('referrals.hospitals.none')}</Text>}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped captionSide="top">
            <Table.Caption>{t('referrals.hospitals.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('referrals.hospitals.name')}</Table.Th>
                <Table.Th scope="col">{t('referrals.hospitals.department')}</Table.Th>
                <Table.Th scope="col">{t('referrals.hospitals.phone')}</Table.Th>
                <Table.Th scope="col">{t('referrals.hospitals.contactName')}</Table.Th>
                <Table.Th scope="col">{t('referrals.hospitals.status')}</Table.Th>
                <Table.Th scope="col">{t('referrals.hospitals.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((hospital) => (
                <Table.Tr key={hospital.id}>
                  <Table.Th scope="row" fw={500}>
                    {hospital.name}
                    {hospital.address && (
                      <Text size="xs" c="dimmed">
                        {hospital.address}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{hospital.department}</Table.Td>
                  <Table.Td>{hospital.phone}</Table.Td>
                  <Table.Td>
                    {hospital.contactName} {hospital.contactPhone}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={hospital.active ? 'teal' : 'gray'} variant="light">
                      {hospital.active ? t('status.active') : t('status.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="subtle" aria-label={t('referrals.hospitals.edit', { name: hospital.name })} onClick={() => setDialog({ hospital })}>
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                      {hospital.active ? (
                        <ActionIcon variant="subtle" color="red" aria-label={t('referrals.hospitals.deactivate', { name: hospital.name })} onClick={() => deactivate(hospital)}>
                          <IconPlayerPause size={16} aria-hidden />
                        </ActionIcon>
                      ) : (
                        <ActionIcon variant="subtle" aria-label={t('referrals.hospitals.activate', { name: hospital.name })} onClick={() => toggle.mutate(hospital)}>
                          <IconPlayerPlay size={16} aria-hidden />
                        </ActionIcon>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog && <HospitalModal hospital={dialog.hospital} onClose={() => setDialog(null)} />}
    </Stack>
  )
}
