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
  units,
  hour,
  onHour,
}: {
  run: RunOutput;
  units: UnitSystem;
  hour: number;
  onHour: (h: number) => void;
}) {
  const months = useMemo(() => monthly(run), [run]);
  const flows = useMemo(() => energyFlows(run), [run]);
  const [monthRef, monthWidth] = useWidth<HTMLDivElement>();
  const [sankeyRef, sankeyWidth] = useWidth<HTMLDivElement>();
  return (
    <div className="charts">
      <TimeSeries run={run} units={units} hour={hour} onHour={onHour} />
      <div className="side-charts">
        <LoadDuration run={run} units={units} />
        <div ref={monthRef} className="svg-box">
          <MonthlyBars monthly={months} units={units} width={Math.max(320, monthWidth - 20)} height={262} />
        </div>
        <div ref={sankeyRef} className="svg-box wide">
          <EnergySankey flows={flows} units={units} width={Math.max(360, sankeyWidth - 20)} height={300} />
        </div>
      </div>
    </div>
  );
}
