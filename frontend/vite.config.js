import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Built by Maven into the jar's static resources; `serve` answers / with index.html and /api/docs with
// api-docs.html (the page that renders /api/openapi.json).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "../target/classes/static",
    emptyOutDir: true,
    rollupOptions: { input: { main: "index.html", docs: "api-docs.html" } },
  },
  server: { proxy: { "/api": "http://localhost:8080", "/actuator": "http://localhost:8080" } },
  test: { environment: "jsdom", include: ["src/**/*.test.{js,jsx}"] },
});
