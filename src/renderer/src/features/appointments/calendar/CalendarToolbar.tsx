import { ActionIcon, Button, Group, MultiSelect, SegmentedControl, Switch, TextInput } from '@mantine/core'
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { addDays, isRealDate } from '@shared/centreTime'
import { centreToday } from '../../watch/format'
import { DayListButton } from './DayListButton'
import type { CalendarBy } from './useCalendarData'

export type CalendarView = 'day' | 'week'
export type CalendarLayout = 'grid' | 'list'

export interface CalendarState {
  view: CalendarView
  layout: CalendarLayout
  date: string
  by: CalendarBy
  shown: string[]
  includeCancelled: boolean
}

interface ToolbarProps {
  state: CalendarState
  onChange: (patch: Partial<CalendarState>) => void
  /** Counsellors or rooms that may be shown, by the current "by". */
  choices: { value: string; label: string }[]
  /** Counsellors whose day list may be printed. */
  staff: { value: string; label: string }[]
  onNew: () => void
}

/** Which day or week, whose rows, what to include; print the day list; book. */
export function CalendarToolbar({ state, onChange, choices, staff, onNew }: ToolbarProps) {
  const { t } = useTranslation()
  const step = state.view === 'day' ? 1 : 7
  const move = (days: number) => onChange({ date: addDays(state.date, days) })
  return (
    <Group component="section" aria-label={t('calendar.toolbar.label')} gap="sm" align="flex-end" mb="md">
      <SegmentedControl
        aria-label={t('calendar.toolbar.view')}
        value={state.view}
        onChange={(value) => onChange({ view: value as CalendarView })}
        data={[
          { value: 'day', label: t('calendar.toolbar.day') },
          { value: 'week', label: t('calendar.toolbar.week') }
        ]}
      />
      <Group gap={4}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t(state.view === 'day' ? 'calendar.toolbar.previousDay' : 'calendar.toolbar.previousWeek')}
          onClick={() => move(-step)}
        >
          <IconChevronLeft size={18} aria-hidden />
        </ActionIcon>
        <Button variant="default" onClick={() => onChange({ date: centreToday() })}>
          {t('calendar.toolbar.today')}
        </Button>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t(state.view === 'day' ? 'calendar.toolbar.nextDay' : 'calendar.toolbar.nextWeek')}
          onClick={() => move(step)}
        >
          <IconChevronRight size={18} aria-hidden />
        </ActionIcon>
      </Group>
      <TextInput
        type="date"
        label={t('calendar.toolbar.date')}
        value={state.date}
        // A half-typed date is not applied; the view keeps the last real one.
        onChange={(e) => isRealDate(e.currentTarget.value) && onChange({ date: e.currentTarget.value })}
      />
      <SegmentedControl
        aria-label={t('calendar.toolbar.layout')}
        value={state.layout}
        onChange={(value) => onChange({ layout: value as CalendarLayout })}
        data={[
          { value: 'grid', label: t('calendar.toolbar.grid') },
          { value: 'list', label: t('calendar.toolbar.list') }
        ]}
      />
      <SegmentedControl
        aria-label={t('calendar.toolbar.by')}
        value={state.by}
        onChange={(value) => onChange({ by: value as CalendarBy })}
        data={[
          { value: 'counsellor', label: t('calendar.toolbar.byCounsellor') },
          { value: 'room', label: t('calendar.toolbar.byRoom') }
        ]}
      />
      <MultiSelect
        label={t(state.by === 'counsellor' ? 'calendar.toolbar.counsellors' : 'calendar.toolbar.rooms')}
        data={choices}
        value={state.shown}
        onChange={(shown) => onChange({ shown })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('actions.clear') }}
        miw={220}
        maw={520}
      />
      <Switch
        label={t('calendar.toolbar.includeCancelled')}
        checked={state.includeCancelled}
        onChange={(e) => onChange({ includeCancelled: e.currentTarget.checked })}
        mb={8}
      />
      <DayListButton date={state.date} staff={staff} shown={state.by === 'counsellor' ? state.shown : []} />
      <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onNew}>
        {t('calendar.toolbar.newAppointment')}
      </Button>
    </Group>
  )
}
