/** The one logger: JSON lines in production, readable lines in development. */
import { env } from "./env";

type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

function write(level: Level, message: string, data?: Record<string, unknown>) {
  const e = env();
  if (order[level] < order[e.LOG_LEVEL]) return;
  const out = level === "error" || level === "warn" ? console.error : console.log;
  if (e.NODE_ENV === "production") {
    out(JSON.stringify({ time: new Date().toISOString(), level, message, ...data }));
  } else {
    out(`[${level}] ${message}${data ? " " + JSON.stringify(data) : ""}`);
  }
}

export const logger = {
  debug: (m: string, d?: Record<string, unknown>) => write("debug", m, d),
  info: (m: string, d?: Record<string, unknown>) => write("info", m, d),
  warn: (m: string, d?: Record<string, unknown>) => write("warn", m, d),
  error: (m: string, d?: Record<string, unknown>) => write("error", m, d),
};
