/**
 * The result charts (uPlot time series and load-duration curve, monthly bars, Sankey), loaded as their own
 * chunk once the first results arrive so that the first paint carries no charting code.
 */
import { useMemo } from 'react';
import type { RunOutput } from '../../worker/engine';
import { energyFlows, monthly } from '../lib/aggregate';
import type { UnitSystem } from '../lib/units';
import { LoadDuration, TimeSeries } from './Charts';
import { MonthlyBars } from './MonthlyBars';
import { EnergySankey } from './Sankey';
import { useWidth } from './useWidth';

export default function Dashboard({
  run,
  pinned = null,
  units,
  hour,
  onHour,
}: {
  run: RunOutput;
  /** Compare mode: the pinned run A, overlaid on the hourly, load-duration and monthly charts. */
  pinned?: RunOutput | null;
  units: UnitSystem;
  hour: number;
  onHour: (h: number) => void;
}) {
  const months = useMemo(() => monthly(run), [run]);
  const pinnedMonths = useMemo(() => (pinned ? monthly(pinned) : undefined), [pinned]);
  const flows = useMemo(() => energyFlows(run), [run]);
  const [monthRef, monthWidth] = useWidth<HTMLDivElement>();
  const [sankeyRef, sankeyWidth] = useWidth<HTMLDivElement>();
  return (
    <div className="charts">
      <TimeSeries run={run} pinned={pinned} units={units} hour={hour} onHour={onHour} />
      <div className="side-charts">
        <LoadDuration run={run} pinned={pinned} units={units} />
        <div ref={monthRef} className="svg-box">
          <MonthlyBars
            monthly={months}
            pinned={pinnedMonths}
            units={units}
            width={Math.max(320, monthWidth - 20)}
            height={262}
          />
        </div>
        <div ref={sankeyRef} className="svg-box wide">
          <EnergySankey flows={flows} units={units} width={Math.max(360, sankeyWidth - 20)} height={300} />
        </div>
      </div>
    </div>
  );
}
