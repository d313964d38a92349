import { useCallback, useState, type KeyboardEvent } from 'react'
import { Table } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { StudentRowDto } from '@shared/contract'
import { ROW_HEIGHT, StudentRow } from './StudentRow'

/** Rows kept rendered beyond the visible ones, so Tab always has a next row to land on. */
const OVERSCAN = 12
const PAGE = 10

interface Props {
  rows: StudentRowDto[]
  /** Roles that see the watch list get the tier column. */
  clinical: boolean
}

/**
 * All the students the filters match, thousands of them: only the rows in view (and a few more)
 * are in the page. It stays a real table for screen readers (aria-rowcount/rowindex say where a
 * row sits in the whole list); each row's name is a link to the file, and the arrow keys move
 * between those links, scrolling rows into existence as they go.
 */
export function StudentTable({ rows, clinical }: Props) {
  const { t } = useTranslation()
  // State, not a ref: the body's virtualiser needs the element, and a parent's ref is attached
  // only after its children's layout effects have run.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null)
  return (
    <div ref={setScroller} style={{ height: 'max(320px, calc(100dvh - 340px))', overflow: 'auto' }} data-testid="students-scroll">
      <Table stickyHeader highlightOnHover layout="fixed" captionSide="top" aria-rowcount={rows.length + 1} style={{ minWidth: 860 }}>
        <Table.Caption style={{ textAlign: 'start' }}>{t('students.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th scope="col" w={130}>{t('students.columns.studentNo')}</Table.Th>
            <Table.Th scope="col" w={120}>{t('students.columns.name')}</Table.Th>
            <Table.Th scope="col" w={70}>{t('students.columns.gender')}</Table.Th>
            <Table.Th scope="col">{t('students.columns.college')}</Table.Th>
            <Table.Th scope="col">{t('students.columns.class')}</Table.Th>
            <Table.Th scope="col" w={130}>{t('students.columns.dorm')}</Table.Th>
            <Table.Th scope="col" w={90}>{t('students.columns.status')}</Table.Th>
            {clinical && <Table.Th scope="col" w={100}>{t('students.columns.tier')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <VirtualBody rows={rows} clinical={clinical} scroller={scroller} />
      </Table>
    </div>
  )
}

/**
 * The body alone follows the scroll: re-rendering the whole <Table> on each frame would give
 * its context a new value and so re-render every memoised row's cells as well.
 */
function VirtualBody({ rows, clinical, scroller }: Props & { scroller: HTMLDivElement | null }) {
  const navigate = useNavigate()
  // The app is not built with React Compiler; the virtualiser re-renders this body on scroll itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => rows[index]!.id
  })
  const items = virtualizer.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0))
  const columns = clinical ? 8 : 7
  const open = useCallback((id: string) => void navigate(`/students/${id}`), [navigate])

  const focusRow = (index: number, attempt = 0) => {
    const target = Math.max(0, Math.min(rows.length - 1, index))
    const link = scroller?.querySelector<HTMLElement>(`a[data-row-index="${target}"]`)
    if (link) {
      link.focus()
      link.scrollIntoView({ block: 'nearest' })
      return
    }
    // Not rendered yet: scroll there, and look again once the virtualiser has drawn it.
    virtualizer.scrollToIndex(target, { align: 'auto' })
    if (attempt < 10) requestAnimationFrame(() => focusRow(target, attempt + 1))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const from = Number((event.target as HTMLElement).dataset['rowIndex'])
    if (Number.isNaN(from)) return
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + PAGE,
      PageUp: from - PAGE,
      Home: 0,
      End: rows.length - 1
    }
    const to = moves[event.key]
    if (to === undefined) return
    event.preventDefault()
    focusRow(to)
  }

  return (
    <Table.Tbody onKeyDown={onKeyDown}>
      {before > 0 && <Spacer height={before} columns={columns} />}
      {items.map((item) => (
        <StudentRow key={item.key} row={rows[item.index]!} index={item.index} clinical={clinical} onOpen={open} />
      ))}
      {after > 0 && <Spacer height={after} columns={columns} />}
    </Table.Tbody>
  )
}

/** Stands in for the rows not drawn, so the scrollbar is the length of the whole list. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={columns} style={{ padding: 0, border: 0 }} />
    </tr>
  )
}
