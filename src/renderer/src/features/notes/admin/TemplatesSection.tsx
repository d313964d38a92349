import { useState } from 'react'
import { Badge, Button, Stack, Table, Text } from '@mantine/core'
import { IconArchive, IconArchiveOff } from '@tabler/icons-react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { TemplateDto } from '@shared/contract'
import { call, callOrThrow } from '../../../api'
import { describeError } from '../../../components/forms'
import { notify } from '../../../components/notify'
import { QueryState } from '../../../components/QueryState'
import { kindLabel } from '../../appointments/desk/format'
import { EditCopyButtons } from './EditCopyButtons'
import { TemplateJsonModal, type TemplateEdit } from './TemplateJsonModal'
import { useTemplateName } from './useTemplateName'

const LIST_INPUT = { includeRetired: true }

/** Every template, retired ones too, with their versions; edit as JSON, copy, retire or restore. */
export function TemplatesSection() {
  const { t } = useTranslation()
  const nameOf = useTemplateName()
  const queryClient = useQueryClient()
  const [editing, setEditing] = useState<TemplateEdit | null>(null)
  const templates = useQuery({ queryKey: ['notes.templates.list', LIST_INPUT], queryFn: () => callOrThrow('notes.templates.list', LIST_INPUT) })
  const retire = useMutation({
    mutationFn: (template: TemplateDto) => call('notes.templates.retire', { key: template.definition.key, retired: !template.retired }),
    onSuccess: async (result, template) => {
      const name = nameOf(template.definition)
      if (!result.ok) return notify(t, describeError(t, result.error), t('notesAdmin.templates.retire'))
      await queryClient.invalidateQueries({ queryKey: ['notes.templates.list'] })
      notify(t, result.value.retired ? t('notesAdmin.templates.retired', { name }) : t('notesAdmin.templates.restored', { name }))
    }
  })
  const keys = templates.data?.map((tpl) => tpl.definition.key) ?? []

  return (
    <Stack>
      <Text size="sm">{t('notesAdmin.templates.intro')}</Text>
      <QueryState query={templates} failedKey="notesAdmin.loadFailed" />
      {templates.data && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped captionSide="top">
            <Table.Caption>{t('notesAdmin.templates.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('notesAdmin.templates.name')}</Table.Th>
                <Table.Th scope="col">{t('notesAdmin.templates.key')}</Table.Th>
                <Table.Th scope="col">{t('notesAdmin.templates.version')}</Table.Th>
                <Table.Th scope="col">{t('notesAdmin.templates.risk')}</Table.Th>
                <Table.Th scope="col">{t('notesAdmin.templates.kinds')}</Table.Th>
                <Table.Th scope="col">{t('notesAdmin.templates.status')}</Table.Th>
                <Table.Th scope="col">{t('notesAdmin.templates.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {templates.data.map((template) => {
                const { definition } = template
                const name = nameOf(definition)
                return (
                  <Table.Tr key={definition.key}>
                    <Table.Th scope="row" fw={500}>
                      {name}
                    </Table.Th>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {definition.key}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t('notesAdmin.templates.versionN', { version: template.version })}</Table.Td>
                    <Table.Td>{t(`notesAdmin.templates.riskModes.${definition.risk}`)}</Table.Td>
                    <Table.Td>
                      {definition.kinds.length === 0 ? t('notesAdmin.templates.anyKind') : definition.kinds.map((k) => kindLabel(t, k)).join('、')}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={template.retired ? 'gray' : 'teal'} variant="light">
                        {template.retired ? t('notesAdmin.templates.retiredBadge') : t('notesAdmin.templates.inUse')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <EditCopyButtons
                        text={{
                          edit: t('notesAdmin.templates.edit'),
                          editFor: t('notesAdmin.templates.editFor', { name }),
                          copy: t('notesAdmin.templates.copy'),
                          copyFor: t('notesAdmin.templates.copyFor', { name })
                        }}
                        onEdit={() => setEditing({ mode: 'edit', template })}
                        onCopy={() => setEditing({ mode: 'copy', template })}
                      >
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={template.retired ? <IconArchiveOff size={14} aria-hidden /> : <IconArchive size={14} aria-hidden />}
                          aria-label={t(template.retired ? 'notesAdmin.templates.restoreFor' : 'notesAdmin.templates.retireFor', { name })}
                          loading={retire.isPending && retire.variables.definition.key === definition.key}
                          onClick={() => retire.mutate(template)}
                        >
                          {template.retired ? t('notesAdmin.templates.restore') : t('notesAdmin.templates.retire')}
                        </Button>
                      </EditCopyButtons>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <TemplateJsonModal edit={editing} keys={keys} onClose={() => setEditing(null)} />}
    </Stack>
  )
}
