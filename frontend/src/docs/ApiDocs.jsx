import { useEffect, useState } from "react";
import { apiRequest, explainError } from "../api/client.js";

const METHODS = ["get", "post", "put", "patch", "delete"];

/** Flattens an OpenAPI 3 document into one row per operation, in path order. */
export function operationsOf(document) {
  return Object.entries(document?.paths ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({ method, path, ...item[method] })),
    );
}

function schemaName(schema) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.type === "array") return `${schemaName(schema.items)}[]`;
  return schema.type ?? "object";
}

function Operation({ op }) {
  const body = op.requestBody?.content && Object.entries(op.requestBody.content)[0];
  return (
    <section className="panel api-op" aria-labelledby={`op-${op.operationId}`} data-testid="api-operation">
      <h2 id={`op-${op.operationId}`}>
        <span className={`method method-${op.method}`}>{op.method.toUpperCase()}</span> <code>{op.path}</code>
      </h2>
      {op.summary && <p>{op.summary}</p>}
      <dl className="facts">
        {op.security && (
          <>
            <dt>Auth</dt>
            <dd>Bearer admin token</dd>
          </>
        )}
        {(op.parameters ?? []).map((p) => (
          <div key={`${p.in}-${p.name}`} className="contents">
            <dt>
              {p.in} <code>{p.name}</code>
            </dt>
            <dd>
              {schemaName(p.schema)}
              {p.required ? ", required" : ""}
            </dd>
          </div>
        ))}
        {body && (
          <>
            <dt>Body</dt>
            <dd>
              <code>{body[0]}</code> {schemaName(body[1].schema)}
            </dd>
          </>
        )}
        <dt>Answers</dt>
        <dd>{Object.keys(op.responses ?? {}).join(", ")}</dd>
      </dl>
    </section>
  );
}

/** The API docs page: the service's own OpenAPI document, rendered without inline scripts or styles. */
export default function ApiDocs() {
  const [state, setState] = useState({ document: null, error: null });
  useEffect(() => {
    apiRequest("/openapi.json").then(
      (document) => setState({ document, error: null }),
      (error) => setState({ document: null, error }),
    );
  }, []);
  const { document, error } = state;
  return (
    <>
      <header className="top">
        <h1>notion-wix HTTP API</h1>
        <p className="hint">
          OpenAPI 3: <a href="/api/openapi.json">/api/openapi.json</a> · <a href="/">dashboard</a>
        </p>
      </header>
      <main>
        {error && (
          <p className="banner banner-error" role="alert">
            Could not load the API document: {explainError(error)}
          </p>
        )}
        {!document && !error && <p role="status">⏳ Loading…</p>}
        {document && (
          <>
            <p>{document.info?.description}</p>
            {operationsOf(document).map((op) => (
              <Operation key={`${op.method} ${op.path}`} op={op} />
            ))}
          </>
        )}
      </main>
    </>
  );
}
