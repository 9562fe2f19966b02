import express, { type Express } from "express";
import type { AppState } from "./app-state.js";
import { errorHandler, notFound } from "./http-errors.js";
import { chatRoutes } from "./routes/chat-routes.js";
import { healthRoutes } from "./routes/health-routes.js";
import { searchRoutes } from "./routes/search-routes.js";

export interface AppOptions {
  state: AppState;
  /** Where unexpected errors are logged. Default: console.error. */
  logError?: (error: unknown) => void;
}

/** The HTTP app: JSON API under /api. Express 5 forwards async errors to the error handler. */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(express.json({ limit: "64kb" }));
  const api = express.Router();
  api.use(healthRoutes(options.state));
  api.use(searchRoutes(options.state));
  api.use(chatRoutes(options.state));
  app.use("/api", api);
  app.use(notFound);
  app.use(errorHandler(options.logError ?? ((error) => console.error(error))));
  return app;
}
