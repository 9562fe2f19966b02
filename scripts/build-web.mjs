// Bundles the page and the widget from web/src (TypeScript) into web/app.js and web/widget.js.
import { build } from "esbuild";

await build({
  entryPoints: { app: "web/src/app.ts", widget: "web/src/widget.ts" },
  outdir: "web",
  bundle: true,
  format: "iife",
  target: ["es2020"],
  minify: false,
  sourcemap: false,
  logLevel: "warning",
  loader: { ".css": "text" },
});
