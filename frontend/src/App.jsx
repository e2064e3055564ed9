import { useState } from "react";
import HealthBadge from "./components/HealthBadge.jsx";
import ProgressStrip from "./components/ProgressStrip.jsx";
import SyncControls from "./components/SyncControls.jsx";
import SyncStatusBanner from "./components/SyncStatusBanner.jsx";
import { useHealth, useSyncStatus } from "./hooks/endpoints.js";
import { useSyncEvents } from "./hooks/useSyncEvents.js";
import NotionPanel from "./panels/NotionPanel.jsx";
import RunDetail from "./panels/RunDetail.jsx";
import RunsTable from "./panels/RunsTable.jsx";
import WixPanel from "./panels/WixPanel.jsx";
import "./dashboard.css";

/** The dashboard: is it working (health, banner), what changed (panels, runs), what failed (errors). */
export default function App() {
  const live = useSyncEvents();
  const [triggered, setTriggered] = useState(0);
  // Everything re-fetches on each SSE run-finished and after a trigger, instead of fast polling.
  const refreshKey = live.finishedCount * 1000 + triggered;
  const health = useHealth(refreshKey);
  const status = useSyncStatus(refreshKey);
  const [selectedRun, setSelectedRun] = useState(null);

  return (
    <>
      <header className="top">
        <h1>notion-wix</h1>
        <p className="hint">Notion → Wix sync for WIRED CHAOS</p>
        <HealthBadge state={health} />
      </header>
      <main>
        <SyncStatusBanner state={status} />
        <SyncControls running={Boolean(live.run || status.data?.running)} onTriggered={() => setTriggered((t) => t + 1)} />
        <ProgressStrip live={live} />
        <div className="grid">
          <NotionPanel refreshKey={refreshKey} onTriggered={() => setTriggered((t) => t + 1)} />
          <WixPanel refreshKey={refreshKey} lastRun={status.data?.lastRun ?? null} lastSyncAt={status.data?.lastSuccessAt ?? null} />
        </div>
        <RunsTable refreshKey={refreshKey} onSelect={setSelectedRun} />
        {selectedRun && <RunDetail runId={selectedRun} onClose={() => setSelectedRun(null)} />}
      </main>
    </>
  );
}
