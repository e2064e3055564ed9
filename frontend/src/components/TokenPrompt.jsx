import { useEffect, useId, useRef, useState } from "react";

/** Inline form asking once for the admin token after a 401/403; the token goes to sessionStorage only. */
export default function TokenPrompt({ onSubmit, onCancel, reason }) {
  const [token, setToken] = useState("");
  const input = useRef(null);
  // ids unique per prompt: the Sync now and the pending-plan controls may each show one
  const id = useId();
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="token-prompt"
      role="dialog"
      aria-labelledby={`${id}-title`}
      data-testid="token-prompt"
      onSubmit={(e) => {
        e.preventDefault();
        if (token.trim()) onSubmit(token);
      }}
    >
      <h3 id={`${id}-title`}>Admin token needed</h3>
      <p>{reason}</p>
      <label htmlFor={`${id}-token`}>Admin token</label>
      <input id={`${id}-token`} ref={input} type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
      <div className="row">
        <button type="submit">Save and retry</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p className="hint" data-testid="token-source">
        The token is the value of <code>SYNC_ADMIN_TOKEN</code> on the server. Started on this machine without one,
        <code>notion-wix serve</code> and <code>demo</code> print a dashboard link ending in <code>#token=…</code>{" "}
        on their terminal: open that link instead. Kept only in this browser tab (sessionStorage).
      </p>
    </form>
  );
}
