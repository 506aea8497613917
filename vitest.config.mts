import net from "node:net";
import path from "node:path";
import { defineConfig } from "vitest/config";

/** Same choice as lib/testing/global-setup.ts: is there a real PostgreSQL server to use? */
function realServerAvailable(): Promise<boolean> {
  if (process.env.DATABASE_URL) return Promise.resolve(true);
  return new Promise((resolve) => {
    const socket = net.connect({ port: 5432, host: "127.0.0.1" });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export default defineConfig(async () => ({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The real package throws outside React Server Components; tests call lib/data directly.
      "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".next-test/**", ".next-bench/**", ".data/**"],
    globalSetup: ["lib/testing/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Each file gets its own database (cloned from a migrated template) on a real server. The embedded
    // fallback has a single database, so there files run one after another.
    fileParallelism: await realServerAvailable(),
  },
}));
