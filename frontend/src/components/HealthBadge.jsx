const LOOK = {
  UP: { icon: "✔", text: "Healthy" },
  STALE: { icon: "⏰", text: "Stale" },
  DOWN: { icon: "✖", text: "Down" },
};

/** Health from /api/health, as text + icon (colour is only a secondary cue). */
export default function HealthBadge({ state }) {
  const { data, error, loading } = state;
  let status = data?.status ?? (error ? "UNREACHABLE" : "LOADING");
  const look = LOOK[status] ?? (status === "LOADING" ? { icon: "⏳", text: "Checking…" } : { icon: "⚠", text: "Service unreachable" });
  return (
    <p className={`badge badge-${status.toLowerCase()}`} data-testid="health-badge" data-status={status} aria-busy={loading ? "true" : "false"}>
      <span aria-hidden="true">{look.icon}</span> Health: {look.text}
    </p>
  );
}
