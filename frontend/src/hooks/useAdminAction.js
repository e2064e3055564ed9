import { useCallback, useRef, useState } from "react";
import { adminToken, apiRequest } from "../api/client.js";

/**
 * A mutating call that needs the admin token. On 401/403 it asks for the token (needsToken = true); after
 * submitToken() it stores the token in sessionStorage and retries the same call once with it.
 */
export function useAdminAction(path) {
  const [state, setState] = useState({ pending: false, error: null, result: null, needsToken: false });
  const lastBody = useRef(undefined);

  const send = useCallback(
    async (body) => {
      lastBody.current = body;
      setState((s) => ({ ...s, pending: true, error: null }));
      try {
        const result = await apiRequest(path, { method: "POST", body });
        setState({ pending: false, error: null, result, needsToken: false });
        return result;
      } catch (error) {
        const needsToken = error.status === 401 || error.status === 403;
        if (needsToken) adminToken.clear();
        setState({ pending: false, error, result: null, needsToken });
        return null;
      }
    },
    [path],
  );

  const submitToken = useCallback(
    (token) => {
      adminToken.set(token.trim());
      setState((s) => ({ ...s, needsToken: false }));
      return send(lastBody.current);
    },
    [send],
  );

  const cancelToken = useCallback(() => setState((s) => ({ ...s, needsToken: false })), []);
  return { ...state, send, submitToken, cancelToken };
}

export const useTriggerSync = () => useAdminAction("/sync/trigger");
/** The same trigger route, for the dry run behind "pages pending sync" (its own state, prompt and result). */
export const usePlanRefresh = () => useAdminAction("/sync/trigger");
export const useRollback = (runId) => useAdminAction(`/sync/runs/${encodeURIComponent(runId)}/rollback`);
