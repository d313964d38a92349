import { useState } from 'react'
import { ActionIcon, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ClassDto, CollegeDto } from '@shared/contract'
import { callOrThrow } from '../../api'
import { ClassModal, CollegeModal } from './OrgModals'
import { QueryState } from '../../components/QueryState'
import { useConfirmDelete } from './useConfirmDelete'

type Dialog =
  | { kind: 'college'; college?: CollegeDto }
  | { kind: 'class'; college: CollegeDto; klass?: ClassDto }
  | null

/** Colleges and their classes: the college and class levels of the early-warning network. */
export function OrgTab() {
  const { t } = useTranslation()
  const [dialog, setDialog] = useState<Dialog>(null)
  const org = useQuery({ queryKey: ['settings.org.get', {}], queryFn: () => callOrThrow('settings.org.get', {}) })
  const confirmDelete = useConfirmDelete()

  const deleteCollege = (college: CollegeDto) =>
    confirmDelete({
      channel: 'settings.college.delete',
      id: college.id,
      title: t('settings.org.deleteCollegeTitle', { name: college.name }),
      body: t('settings.org.deleteCollegeBody'),
      invalidate: 'settings.org.get'
    })
  const deleteClass = (klass: ClassDto) =>
    confirmDelete({
      channel: 'settings.class.delete',
      id: klass.id,
      title: t('settings.org.deleteClassTitle', { name: klass.name }),
      body: t('settings.org.deleteClassBody'),
      invalidate: 'settings.org.get'
    })

  return (
    <Stack>
      <Text size="sm">{t('settings.org.intro')}</Text>
      <Group>
        <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ kind: 'college' })}>
          {t('settings.org.addCollege')}
        </Button>
      </Group>
      <QueryState query={org} failedKey="settings.loadFailed" />
      {org.data?.length === 0 && <Text c="dimmed">{t('settings.org.noColleges')}</Text>}
      {org.data?.map((college) => (
        <Paper key={college.id} withBorder p="md" component="section" aria-labelledby={`college-${college.id}`}>
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id={`college-${college.id}`}>
              {college.name}
            </Title>
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={16} />}
                aria-label={t('settings.org.addClass', { name: college.name })}
                onClick={() => setDialog({ kind: 'class', college })}
              >
                {t('settings.org.addClassShort')}
              </Button>
              <ActionIcon
                variant="subtle"
                size="lg"
                aria-label={t('settings.org.editCollege', { name: college.name })}
                onClick={() => setDialog({ kind: 'college', college })}
              >
                <IconPencil size={18} />
              </ActionIcon>
              <ActionIcon variant="subtle" size="lg" aria-label={t('settings.org.deleteCollege', { name: college.name })} onClick={() => deleteCollege(college)}>
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          </Group>
          {college.classes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('settings.org.noClasses')}
            </Text>
          ) : (
            <ClassTable college={college} onEdit={(klass) => setDialog({ kind: 'class', college, klass })} onDelete={deleteClass} />
          )}
        </Paper>
      ))}
      {dialog?.kind === 'college' && <CollegeModal college={dialog.college} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'class' && <ClassModal college={dialog.college} klass={dialog.klass} onClose={() => setDialog(null)} />}
    </Stack>
  )
}

interface ClassTableProps {
  college: CollegeDto
  onEdit: (klass: ClassDto) => void
  onDelete: (klass: ClassDto) => void
}

function ClassTable({ college, onEdit, onDelete }: ClassTableProps) {
  const { t } = useTranslation()
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-label={t('settings.org.classesOf', { name: college.name })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('settings.org.className')}</Table.Th>
            <Table.Th scope="col">{t('settings.org.grade')}</Table.Th>
            <Table.Th scope="col">{t('settings.org.advisorName')}</Table.Th>
            <Table.Th scope="col">{t('settings.org.advisorPhone')}</Table.Th>
            <Table.Th scope="col">{t('settings.org.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {college.classes.map((klass) => (
            <Table.Tr key={klass.id}>
              <Table.Th scope="row" fw={500}>
                {klass.name}
              </Table.Th>
              <Table.Td>{klass.grade}</Table.Td>
              <Table.Td>{klass.advisorName}</Table.Td>
              <Table.Td>{klass.advisorPhone}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={t('settings.org.editClass', { name: klass.name })} onClick={() => onEdit(klass)}>
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" aria-label={t('settings.org.deleteClass', { name: klass.name })} onClick={() => onDelete(klass)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
