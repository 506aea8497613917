#!/usr/bin/env node
/**
 * Project-owned stand-in for Prisma's native `schema-engine` binary.
 *
 * Why: the Prisma CLI downloads a native schema engine from Prisma's servers for `migrate *` / `db *`;
 * that fails offline, on CI and air-gapped machines. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY
 * here, and this program speaks the binary's protocol while running the WASM schema engine shipped on npm
 * (@prisma/schema-engine-wasm) through a node-postgres driver adapter. See
 * docs/decisions/002-wasm-schema-engine.md; the protocol is internal to the pinned Prisma version.
 *
 * How the CLI uses a schema engine (Prisma 7.10):
 * - `schema-engine --datamodels <file>… --datasource '{"url","shadowDatabaseUrl"}'`: a JSON-RPC 2.0
 *   server, one JSON object per line on stdin/stdout, logs as JSON lines on stderr.
 * - `schema-engine --datasource '{"url"}' cli can-connect-to-database | create-database | drop-database`:
 *   one-shot; exit 0, or exit 1 with an ERROR log line carrying the P-code (the CLI skips the first
 *   stderr line and parses every other one as JSON).
 * - `schema-engine --version`.
 */
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { createAdapterFactory, dropLeftoverShadowDatabases } from "./pg-adapter.mjs";
import { canConnect, createDatabase, dropDatabase } from "./pg-admin.mjs";
import { isWasmPanic, loadWasmEngine, toRpcError } from "./wasm-engine.mjs";

/** Writes one log line in the native engine's format (the CLI reads `level` and `fields`). */
function log(level, message, extra = {}) {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target: "schema_engine::logger" })}\n`);
}

// stdout carries the protocol and stderr must stay JSON: route stray console output (e.g. pg warnings) into logs.
for (const [method, level] of [["log", "INFO"], ["info", "INFO"], ["debug", "DEBUG"], ["warn", "WARN"], ["error", "ERROR"]]) {
  console[method] = (...args) => log(level, args.map((a) => (typeof a === "string" ? a : a instanceof Error ? a.stack : JSON.stringify(a))).join(" "));
}

/** Parses the native binary's command line. Unknown flags (preview features, extension types) are ignored. */
function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, cli: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--datamodels") args.datamodels.push(argv[++i]);
    else if (a === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (a === "--version" || a === "-V") args.version = true;
    else if (a === "cli") args.cli = argv[++i];
    else if (a.startsWith("--") && !a.includes("=") && argv[i + 1] !== undefined && !argv[i + 1].startsWith("-")) i++;
  }
  return args;
}

/** One-shot `cli <command>`: plain pg, no WASM. */
async function runCliCommand(command, datasource) {
  log("INFO", `Starting schema engine CLI (${command})`); // skipped by the CLI: it drops the first stderr line
  try {
    if (command === "can-connect-to-database") await canConnect(datasource.url);
    else if (command === "create-database") log("INFO", `Database '${await createDatabase(datasource.url)}' was successfully created.`);
    else if (command === "drop-database") await dropDatabase(datasource.url);
    else throw Object.assign(new Error(`Unknown cli command: ${command}`), { code: "P1000" });
    return 0;
  } catch (error) {
    log("ERROR", error?.message ?? String(error), error?.code ? { error_code: error.code } : {});
    return 1;
  }
}

/** RPC method names that differ from the WASM engine's method names. */
const METHOD_ALIASES = { getDatabaseVersion: "version", migrateDiff: "diff" };

/** Runs the JSON-RPC server until stdin closes. */
async function runRpcServer(args) {
  const factory = bindMigrationAwareSqlAdapterFactory(createAdapterFactory(args.datasource, (message) => log("INFO", message)));
  /** @type {any} */
  let engine;
  // Start listening at once: if start-up fails (e.g. an invalid schema), every request gets that error.
  const ready = (async () => {
    const datamodels = args.datamodels.length ? args.datamodels.map((file) => [file, readFileSync(file, "utf8")]) : undefined;
    const wasm = await loadWasmEngine();
    log("INFO", "Starting schema engine RPC server (WASM stand-in)", { git_hash: wasm.version() });
    try {
      // The WASM engine connects at construction (it queries the server version).
      engine = await wasm.SchemaEngine.new({ datamodels }, (line) => process.stderr.write(`${String(line).trimEnd()}\n`), factory);
    } catch (error) {
      // Its connection errors carry no P-code: probe with pg to report P1001/P1003/… like the native engine.
      await canConnect(args.datasource.url);
      throw error;
    }
  })();
  ready.catch(() => {}); // reported per request

  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  /** @type {{id: unknown} | null} */
  let inFlight = null;
  const queue = [];
  let draining = false;
  let stdinClosed = false;
  const pendingPrints = new Map();
  let printId = 0;

  /**
   * If the process is about to die, the request being handled must still get an answer: otherwise the
   * CLI may wait for nothing or exit 0 having done nothing.
   */
  const failInFlight = (error) => {
    if (!inFlight) return;
    send({ jsonrpc: "2.0", id: inFlight.id, error: toRpcError(error, factory.errorRegistry) });
    inFlight = null;
  };
  const die = async (error, code) => {
    if (inFlight || code !== 0) log("ERROR", error?.stack ?? String(error));
    failInFlight(error);
    await dropLeftoverShadowDatabases();
    process.exit(code);
  };
  process.on("uncaughtException", (e) => void die(e, 1));
  process.on("unhandledRejection", (e) => void die(e, 1));
  // The CLI stops the engine by closing stdin and sending SIGTERM at once: clean up, answer anything pending.
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
    process.on(signal, () => void die(new Error(`Schema engine stand-in received ${signal}`), 0));
  }

  /** The native engine prints diff output by asking the CLI to `print` it; the WASM engine returns it. */
  const print = (content) =>
    new Promise((resolve) => {
      const id = `print-${++printId}`;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  /** The WASM engine needs its shadow-database cache filled by diagnoseMigrationHistory first in some flows. */
  const withShadowRetry = async (method, params) => {
    try {
      return await engine[method](params);
    } catch (error) {
      if (!/shadow DB must be provided/i.test(String(error?.message)) || !params?.migrationsList) throw error;
      log("INFO", `${method}: priming the engine's shadow database via diagnoseMigrationHistory, then retrying`);
      await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters: params.filters ?? { externalTables: [], externalEnums: [] } });
      return await engine[method](params);
    }
  };

  const handle = async ({ method, params }) => {
    await ready;
    const name = METHOD_ALIASES[method] ?? method;
    switch (name) {
      case "createDatabase": {
        const url = params?.datasource?.tag === "ConnectionString" ? params.datasource.url : args.datasource.url;
        return { databaseName: await createDatabase(url) };
      }
      case "diff": {
        const { stdout, ...rest } = await engine.diff(params);
        if (stdout) await print(stdout.replace(/\n$/, ""));
        return rest;
      }
      case "debugPanic":
        return engine.debugPanic();
      case "createMigration":
      case "evaluateDataLoss":
      case "devDiagnostic":
        return withShadowRetry(name, params);
      default:
        if (typeof engine[name] !== "function" || name === "free" || name === "constructor") {
          throw Object.assign(new Error(`Method not supported by the WASM schema engine stand-in: ${method}`), { rpcCode: -32601 });
        }
        return engine[name](params);
    }
  };

  const drain = async () => {
    if (draining) return;
    draining = true;
    while (queue.length) {
      const request = queue.shift();
      inFlight = request;
      let response;
      try {
        const result = await handle(request);
        response = { jsonrpc: "2.0", id: request.id, result: result ?? {} };
      } catch (error) {
        if (error?.rpcCode) response = { jsonrpc: "2.0", id: request.id, error: { code: error.rpcCode, message: error.message } };
        else response = { jsonrpc: "2.0", id: request.id, error: toRpcError(error, factory.errorRegistry) };
        if (isWasmPanic(error)) {
          // A trapped WASM instance cannot be reused: answer, then exit like the native engine (101).
          send(response);
          inFlight = null;
          await dropLeftoverShadowDatabases();
          process.exit(101);
        }
      }
      inFlight = null;
      send(response);
    }
    draining = false;
    if (stdinClosed) await shutdown();
  };

  const shutdown = async () => {
    try {
      engine?.free();
    } catch {}
    await dropLeftoverShadowDatabases();
    process.exit(0);
  };

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined) {
      // A response to one of our own requests (`print`).
      pendingPrints.get(message.id)?.();
      pendingPrints.delete(message.id);
      return;
    }
    if (message.id === undefined) return; // notification: nothing to answer
    queue.push(message);
    void drain();
  });
  lines.on("close", () => {
    stdinClosed = true;
    // Nobody is left to acknowledge a `print`: do not wait for it.
    for (const resolve of pendingPrints.values()) resolve();
    pendingPrints.clear();
    if (!draining) void shutdown();
  });
}

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  log("INFO", "Starting schema engine"); // the CLI skips the first stderr line
  log("ERROR", `Invalid command line: ${error?.message ?? error}`);
  process.exit(1);
}
if (args.version) {
  const wasm = await loadWasmEngine();
  process.stdout.write(`schema-engine-cli ${wasm.version()} (@prisma/schema-engine-wasm stand-in)\n`);
} else if (args.cli) {
  process.exitCode = await runCliCommand(args.cli, args.datasource);
} else {
  await runRpcServer(args);
}
