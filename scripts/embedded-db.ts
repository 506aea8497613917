/**
 * The embedded default database: PGlite (PostgreSQL compiled to WASM) served on a local port by
 * `pglite-server`, so the app and the Prisma CLI use the same DATABASE_URL code path as with a real server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export type EmbeddedDb = { url: string; port: number; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function canConnect(port: number, host = "127.0.0.1", timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** Starts pglite-server on `dataDir` (created if missing; "memory://" for a throw-away database). */
export async function startEmbeddedDb(dataDir: string, opts: { port?: number; quiet?: boolean } = {}): Promise<EmbeddedDb> {
  if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  const port = opts.port ?? (await freePort());
  const bin = path.resolve("node_modules", "@electric-sql", "pglite-socket", "dist", "scripts", "server.js");
  const child: ChildProcess = spawn(process.execPath, [bin, `--db=${dataDir}`, `--port=${port}`, "--host=127.0.0.1", "--max-connections=10"], {
    stdio: ["ignore", opts.quiet ? "ignore" : "inherit", "inherit"],
  });
  let exited = false;
  child.once("exit", () => (exited = true));

  const deadline = Date.now() + 60_000;
  while (!(await canConnect(port))) {
    if (exited) throw new Error(`The embedded database (pglite-server) exited during start-up; data folder: ${dataDir}`);
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error("The embedded database (pglite-server) did not start within 60 s");
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once("exit", () => resolve());
        // SIGINT lets PGlite close its data files cleanly.
        child.kill("SIGINT");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}
