import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";

/** Last 30 runs, oldest left: duration (line, seconds) and items changed (bars). */
export default function RunsChart({ runs, width = 640, height = 200 }) {
  const data = runs
    .slice(0, 30)
    .reverse()
    .map((r) => ({
      name: (r.startedAt ?? "").slice(5, 16).replace("T", " "),
      seconds: Math.round((r.durationMs ?? 0) / 100) / 10,
      changed: (r.counts?.created ?? 0) + (r.counts?.updated ?? 0) + (r.counts?.deleted ?? 0),
    }));
  return (
    <figure className="chart" data-testid="runs-chart">
      <figcaption>Last {data.length} runs: duration and items changed</figcaption>
      <div className="chart-scroll">
        <ComposedChart width={width} height={height} data={data} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" fontSize={10} />
          <YAxis yAxisId="left" fontSize={10} allowDecimals={false} />
          <YAxis yAxisId="right" orientation="right" fontSize={10} unit="s" />
          <Tooltip />
          <Legend />
          <Bar yAxisId="left" dataKey="changed" name="items changed" fill="#4a6fa5" isAnimationActive={false} />
          <Line yAxisId="right" dataKey="seconds" name="duration (s)" stroke="#c0392b" strokeDasharray="4 2" isAnimationActive={false} />
        </ComposedChart>
      </div>
    </figure>
  );
}
