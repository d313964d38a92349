import { useState } from 'react'
import { Badge, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { QueryState } from '../../../components/QueryState'
import { EditCopyButtons } from '../../notes/admin/EditCopyButtons'
import { useInstruments, useInstrumentText } from '../useInstruments'
import { InstrumentJsonModal, type InstrumentEdit } from './InstrumentJsonModal'

/** Settings → 量表: every instrument with its version; edit one as JSON, or start a new one from a copy. */
export function InstrumentsTab() {
  const { t } = useTranslation()
  const instruments = useInstruments()
  const text = useInstrumentText()
  const [editing, setEditing] = useState<InstrumentEdit | null>(null)
  const keys = instruments.data?.map((i) => i.key) ?? []
  return (
    <Stack>
      <Text size="sm">{t('screening.admin.intro')}</Text>
      <QueryState query={instruments} failedKey="screening.loadFailed" />
      {instruments.data && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped captionSide="top">
            <Table.Caption style={{ textAlign: 'start' }}>{t('screening.admin.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('screening.admin.short')}</Table.Th>
                <Table.Th scope="col">{t('screening.admin.name')}</Table.Th>
                <Table.Th scope="col">{t('screening.admin.key')}</Table.Th>
                <Table.Th scope="col">{t('screening.admin.version')}</Table.Th>
                <Table.Th scope="col">{t('screening.admin.kind')}</Table.Th>
                <Table.Th scope="col">{t('screening.admin.shipped')}</Table.Th>
                <Table.Th scope="col">{t('screening.admin.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {instruments.data.map((instrument) => {
                const { definition } = instrument
                const name = text.label(definition.name)
                return (
                  <Table.Tr key={instrument.key}>
                    <Table.Th scope="row" fw={500}>
                      {definition.short}
                    </Table.Th>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {instrument.key}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t('screening.admin.versionN', { version: instrument.version })}</Table.Td>
                    <Table.Td>{t(`screening.admin.kinds.${definition.kind}`)}</Table.Td>
                    <Table.Td>
                      <Badge color={instrument.shipped ? 'teal' : 'gray'} variant="light">
                        {instrument.shipped ? t('screening.admin.shippedYes') : t('screening.admin.shippedNo')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <EditCopyButtons
                        text={{
                          edit: t('screening.admin.edit'),
                          editFor: t('screening.admin.editFor', { name: definition.short }),
                          copy: t('screening.admin.copy'),
                          copyFor: t('screening.admin.copyFor', { name: definition.short })
                        }}
                        onEdit={() => setEditing({ mode: 'edit', instrument })}
                        onCopy={() => setEditing({ mode: 'copy', instrument })}
                      />
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <InstrumentJsonModal edit={editing} keys={keys} onClose={() => setEditing(null)} />}
    </Stack>
  )
}
