import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import ApiDocs from "./ApiDocs.jsx";
import "../dashboard.css";

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <ApiDocs />
  </StrictMode>,
);
