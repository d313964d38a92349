import { useEffect, useState } from 'react'
import { Badge, Modal, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput, InstrumentDefinition, InstrumentLabel, ResultDto } from '@shared/contract'
import { callOrThrow } from '../../../api'
import { focusOrigin, returnFocus } from '../../../components/focusReturn'
import { QueryState } from '../../../components/QueryState'
import { useWatchFormat } from '../../watch/format'
import { WHOLE } from '../flags/SeverityBadge'
import { useInstrumentText, type InstrumentText } from '../useInstruments'

type Detail = ChannelOutput<'screening.result.get'>

/** One result with its item answers (reading them is audited by the core). */
export function ResultModal({ result, onClose }: { result: ResultDto; onClose: () => void }) {
  const { t } = useTranslation()
  const text = useInstrumentText()
  const format = useWatchFormat()
  const [origin] = useState(focusOrigin)
  useEffect(() => () => returnFocus(origin), [origin])
  const input = { id: result.id }
  const detail = useQuery({ queryKey: ['screening.result.get', input], queryFn: () => callOrThrow('screening.result.get', input) })
  const title = t('screening.result.title', { instrument: text.short(result.instrumentKey), date: format.date(result.takenOn) })
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <QueryState query={detail} failedKey="screening.result.loadFailed" />
      {detail.data && <ResultDetail detail={detail.data} text={text} />}
    </Modal>
  )
}

function ResultDetail({ detail, text }: { detail: Detail; text: InstrumentText }) {
  const { t } = useTranslation()
  const { result, answers, extras, levelValue, definition } = detail
  const { score } = result
  // Texts and labels of the version the result was scored with, even if the admin has edited it since.
  const itemTexts = definition.itemTexts?.length === answers.length ? definition.itemTexts : undefined
  const named = (list: readonly { key: string; label: InstrumentLabel }[], key: string | null): string | undefined =>
    key === null ? undefined : text.label(list.find((x) => x.key === key)?.label) || undefined
  const band = named(definition.bands, score.band) ?? named([...definition.flags, ...definition.levels], score.level) ?? t('screening.none')
  return (
    <Stack>
      {score.total !== null && <Text fw={600}>{t('screening.result.summary', { total: score.total, band })}</Text>}
      {levelValue !== null && <Text>{t('screening.result.level', { value: levelValue })}</Text>}
      {score.positive !== null && <Text>{t('screening.result.positive', { count: score.positive })}</Text>}
      <Text size="sm">{t('screening.result.versionNote', { version: result.instrumentVersion })}</Text>
      {Object.keys(score.factors).length > 0 && <FactorTable factors={score.factors} definition={definition} text={text} />}
      {Object.keys(extras).length > 0 && (
        <Stack gap={2}>
          <Title order={3} size="h5">
            {t('screening.result.extras')}
          </Title>
          {Object.entries(extras).map(([extraKey, value]) => (
            <Text size="sm" key={extraKey}>
              {t('screening.result.extraValue', { name: text.label(definition?.extras.find((e) => e.key === extraKey)?.label) || extraKey, value })}
            </Text>
          ))}
        </Stack>
      )}
      {answers.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table striped captionSide="top">
            <Table.Caption style={{ textAlign: 'start' }}>{t('screening.result.answers')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                  {t('screening.result.item')}
                </Table.Th>
                {itemTexts && <Table.Th scope="col">{t('screening.result.itemText')}</Table.Th>}
                <Table.Th scope="col" miw={140}>
                  {t('screening.result.answer')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {answers.map((value, n) => {
                const labels = definition?.answers?.labels
                const words = value !== null && labels ? text.label(labels[value - (definition?.answers?.min ?? 0)]) : ''
                return (
                  <Table.Tr key={n}>
                    <Table.Th scope="row" fw={400}>
                      {n + 1}
                      {score.keyHits.includes(n + 1) && (
                        <Badge color="red" variant="light" size="sm" ml={6} style={WHOLE}>
                          {t('screening.result.keyHit')}
                        </Badge>
                      )}
                    </Table.Th>
                    {itemTexts && <Table.Td>{text.label(itemTexts[n])}</Table.Td>}
                    <Table.Td>
                      {value === null ? t('screening.result.unanswered') : words ? t('screening.result.answerValue', { value, label: words }) : value}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}

function FactorTable({ factors, definition, text }: { factors: Record<string, number>; definition: InstrumentDefinition | undefined; text: InstrumentText }) {
  const { t, i18n } = useTranslation()
  const number = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  return (
    <Table striped captionSide="top" maw={480}>
      <Table.Caption style={{ textAlign: 'start' }}>{t('screening.result.factorsCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('screening.result.factor')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('screening.result.mean')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {Object.entries(factors).map(([key, mean]) => (
          <Table.Tr key={key}>
            <Table.Th scope="row" fw={400}>
              {text.label(definition?.factors.find((f) => f.key === key)?.label) || key}
            </Table.Th>
            <Table.Td ta="end">{number.format(mean)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
