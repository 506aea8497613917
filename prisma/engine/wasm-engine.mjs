/**
 * Loads the WASM schema engine from @prisma/schema-engine-wasm (pinned: its API is internal to Prisma and
 * changes without notice) and turns its errors into the JSON-RPC error payloads the Prisma CLI expects
 * from the native schema-engine binary.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The wasm-bindgen glue calls `global.PRISMA_WASM_PANIC_REGISTRY.set_message()` from Rust's panic hook:
 * it must exist before the engine runs, and it is the only place a panic's message ends up.
 */
export const panicRegistry = {
  message: "",
  set_message(message) {
    this.message = message;
  },
};
globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

/**
 * The package entry does `import * as wasm from "./schema_engine_bg.wasm"` (a WASM ES module), which
 * Node 20 cannot load without a flag. So: instantiate the .wasm file ourselves, with the JS glue module
 * as its import object, and wire the two together the way the entry would.
 * @returns {Promise<typeof import("@prisma/schema-engine-wasm")>}
 */
export async function loadWasmEngine() {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const glue = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

/** JSON-RPC error code the native engine uses for every engine error. */
export const ENGINE_ERROR_CODE = 4466;

/** A WASM trap (Rust panic → `unreachable`): the instance is unusable afterwards. */
export const isWasmPanic = (error) => error instanceof WebAssembly.RuntimeError || error?.name === "RuntimeError";

/**
 * Builds the JSON-RPC `error` object for an exception, in the native engine's shape:
 * `{code: 4466, message, data: {is_panic, message, error_code?, meta?}}`. The CLI prints
 * `data.message` (prefixed with `error_code` when present), or treats `is_panic` as a crash.
 * @param {any} error
 * @param {{consumeError?: (id: number) => {error: any} | undefined}} [errorRegistry] where the driver-adapter
 *   binding keeps JS errors thrown by our adapter (the engine only sees `{kind: "GenericJs", id}`).
 */
export function toRpcError(error, errorRegistry) {
  if (isWasmPanic(error)) {
    const message = panicRegistry.message || String(error?.message ?? error);
    return { code: ENGINE_ERROR_CODE, message, data: { is_panic: true, message, backtrace: error?.stack ?? null } };
  }
  const original = lookupAdapterError(error, errorRegistry);
  if (original) error = original;
  const data = { is_panic: false, message: String(error?.message ?? error) };
  if (typeof error?.code === "string" && /^P\d{4}$/.test(error.code)) {
    data.error_code = error.code;
    data.meta = error.meta ?? {};
  }
  return { code: ENGINE_ERROR_CODE, message: "An error happened. Check the data field for details.", data };
}

/** Finds the JS error behind a `GenericJs` driver-adapter error: the engine reports it as "External error id#N". */
function lookupAdapterError(error, errorRegistry) {
  if (!errorRegistry?.consumeError) return undefined;
  const match = /External error id#(\d+)/.exec(String(error?.message ?? ""));
  if (!match) return undefined;
  return errorRegistry.consumeError(Number(match[1]))?.error;
}
