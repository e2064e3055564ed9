import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Built by Maven into the jar's static resources; `serve` answers / with index.html.
export default defineConfig({
  plugins: [react()],
  build: { outDir: "../target/classes/static", emptyOutDir: true },
  server: { proxy: { "/api": "http://localhost:8080", "/actuator": "http://localhost:8080" } },
  test: { environment: "jsdom", include: ["src/**/*.test.{js,jsx}"] },
});
