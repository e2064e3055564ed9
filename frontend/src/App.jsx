/** The dashboard shell. The Notion and Wix panels arrive with the dashboard issue. */
export default function App() {
  return (
    <main>
      <h1>notion-wix</h1>
      <p>Notion → Wix sync for WIRED CHAOS. The dashboard panels are being built.</p>
    </main>
  );
}
