import { Checkbox, FileInput, Select, SimpleGrid, Stack } from '@mantine/core'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { callOrThrow } from '../../../api'
import { ACCEPTED } from '../../students/import/fileData'
import { useInstruments, useInstrumentText } from '../useInstruments'

const NONE = 'none'

interface SourceFieldsProps {
  keys: string[]
  onKeys: (keys: string[]) => void
  platformId: string | null
  onPlatform: (id: string | null, keys: string[] | null) => void
  picked: File | null
  onFile: (file: File | null) => void
  fileError: string | null
  disabled: boolean
}

/** Step one: which instruments the export holds, a saved platform if any, and the file. */
export function SourceFields({ keys, onKeys, platformId, onPlatform, picked, onFile, fileError, disabled }: SourceFieldsProps) {
  const { t } = useTranslation()
  const instruments = useInstruments()
  const text = useInstrumentText()
  const platforms = useQuery({ queryKey: ['screening.platforms.list', {}], queryFn: () => callOrThrow('screening.platforms.list', {}) })
  const choosePlatform = (value: string | null) => {
    const platform = platforms.data?.find((p) => p.id === value)
    onPlatform(platform?.id ?? null, platform ? platform.mapping.instruments.map((i) => i.key) : null)
  }
  return (
    <Stack>
      <Checkbox.Group label={t('screening.import.instruments')} description={t('screening.import.instrumentsHelp')} withAsterisk value={keys} onChange={onKeys}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" mt="xs">
          {(instruments.data ?? []).map((instrument) => (
            <Checkbox
              key={instrument.key}
              value={instrument.key}
              label={instrument.definition.short}
              description={text.label(instrument.definition.name)}
              disabled={disabled}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {platforms.data && platforms.data.length > 0 && (
          <Select
            label={t('screening.import.platform')}
            description={t('screening.import.platformHelp')}
            data={[{ value: NONE, label: t('screening.import.noPlatform') }, ...platforms.data.map((p) => ({ value: p.id, label: p.name }))]}
            value={platformId ?? NONE}
            onChange={(v) => choosePlatform(v === NONE ? null : v)}
            allowDeselect={false}
            disabled={disabled}
          />
        )}
        <FileInput
          label={t('screening.import.file')}
          description={t('screening.import.fileHelp')}
          placeholder={t('screening.import.filePlaceholder')}
          withAsterisk
          accept={ACCEPTED.join(',')}
          value={picked}
          onChange={onFile}
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          error={fileError}
          disabled={disabled}
        />
      </SimpleGrid>
    </Stack>
  )
}
