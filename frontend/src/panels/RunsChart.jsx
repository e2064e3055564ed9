import { useLayoutEffect, useRef, useState } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";

/** The width of the element, followed on resize (ResizeObserver; jsdom has none and keeps the first value). */
function useWidth(ref) {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => setWidth(element.clientWidth);
    measure();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * Last 30 runs, oldest left: duration (line, seconds) and items changed (bars). As wide as its panel (never wider
 * than the screen); with few runs the bars keep a sensible width and each run's point is drawn.
 */
export default function RunsChart({ runs, height = 200 }) {
  const box = useRef(null);
  const width = Math.max(240, useWidth(box));
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
      <figcaption>
        Last {data.length} runs: duration and items changed
        {data.length < 3 ? " (the trend shows after a few more runs)" : ""}
      </figcaption>
      <div className="chart-box" ref={box}>
        <ComposedChart width={width} height={height} data={data} accessibilityLayer margin={{ top: 8, right: 4, bottom: 0, left: -12 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" fontSize={10} minTickGap={16} />
          <YAxis yAxisId="left" fontSize={10} allowDecimals={false} domain={[0, "auto"]} width={40} />
          <YAxis yAxisId="right" orientation="right" fontSize={10} unit="s" domain={[0, "auto"]} width={44} />
          <Tooltip />
          <Legend />
          <Bar yAxisId="left" dataKey="changed" name="items changed" fill="#4a6fa5" maxBarSize={36} isAnimationActive={false} />
          <Line yAxisId="right" dataKey="seconds" name="duration (s)" stroke="#c0392b" strokeDasharray="4 2" dot={{ r: 3 }} isAnimationActive={false} />
        </ComposedChart>
      </div>
    </figure>
  );
}
