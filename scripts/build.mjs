// npm run build: bundles the page and the widget (web/src → web/app.js, web/widget.js) and the server
// (src/cli/start.ts → dist/start.mjs). The server runs as plain JavaScript: no TypeScript loader in the
// process that serves (measured ~40 MB less memory under load than running the sources through tsx).
import { copyFile, mkdir } from "node:fs/promises";
import { build } from "esbuild";

const web = build({
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

// The encoder's files stay files of their own next to the bundle: the worker thread is started from
// dist/encoder-worker.mjs, and the main thread imports the model's code only if it runs the model itself.
const ownFile = /\/(encoder-worker|use-lite)\.mjs$/;
const server = build({
  // The parse worker is a thread of its own (src/ingest/file-parser.ts starts dist/parse-worker.mjs).
  entryPoints: { start: "src/cli/start.ts", "parse-worker": "src/ingest/parse-worker.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  plugins: [
    {
      name: "encoder-files",
      setup(builder) {
        builder.onResolve({ filter: ownFile }, (args) => ({ path: `./${args.path.split("/").pop()}`, external: true }));
      },
    },
  ],
});

await Promise.all([web, server]);
await mkdir("dist", { recursive: true });
for (const file of ["encoder-worker.mjs", "use-lite.mjs"]) await copyFile(`src/embed/${file}`, `dist/${file}`);
