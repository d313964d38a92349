import { useQuery } from '@tanstack/react-query'
import { callOrThrow } from '../../../api'
import { QueryState } from '../../../components/QueryState'
import { CoverageTable } from './CoverageTable'
import { HeatMap } from './HeatMap'

/** The round's classes, read once, shown as the heat map or as the coverage table. */
export function OverviewPanel({ roundId, view }: { roundId: string; view: 'heatmap' | 'coverage' }) {
  const input = { roundId }
  const overview = useQuery({ queryKey: ['screening.overview', input], queryFn: () => callOrThrow('screening.overview', input) })
  if (!overview.data) return <QueryState query={overview} failedKey="screening.loadFailed" />
  return view === 'heatmap' ? (
    <HeatMap roundId={roundId} cells={overview.data.cells} threshold={overview.data.threshold} />
  ) : (
    <CoverageTable cells={overview.data.cells} />
  )
}
