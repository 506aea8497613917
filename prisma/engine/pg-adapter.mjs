/**
 * The driver-adapter factory handed to the WASM schema engine: @prisma/adapter-pg with its migration-path
 * bugs worked around, and shadow databases handled here.
 *
 * This depends on @prisma/adapter-pg internals of the pinned version (7.10.1: `performIO`, `queryRaw` on
 * the prototype, `underlyingDriver()`, `onError`): re-test when upgrading (docs/decisions/002-wasm-schema-engine.md).
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, DriverAdapterError } from "@prisma/driver-adapter-utils";
import { parseDatabaseUrl, quoteIdent, UserFacingError, withAdminClient, withClient } from "./pg-admin.mjs";

/**
 * Column types of the pinned adapter-pg, asked through its own `queryRaw` on a fake result so this file
 * does not copy its type table. Returns null for the oids it rejects ("Unsupported column type").
 */
const columnTypeCache = new Map();
async function adapterColumnType(proto, oid) {
  if (columnTypeCache.has(oid)) return columnTypeCache.get(oid);
  let type = null;
  try {
    const fake = { performIO: async () => ({ fields: [{ name: "c", dataTypeID: oid }], rows: [] }), pgOptions: undefined };
    type = (await proto.queryRaw.call(fake, { sql: "", args: [], argTypes: [] })).columnTypes[0];
  } catch (error) {
    if (!(error instanceof DriverAdapterError && error.cause?.kind === "UnsupportedNativeDataType")) throw error;
  }
  columnTypeCache.set(oid, type);
  return type;
}

/** pg oids the schema engine's catalog queries return that adapter-pg rejects (prisma/orm#27403). */
const OID_CHAR = 18; // "char", e.g. pg_constraint.contype: the engine reads it as a single character
const OID_CHAR_ARRAY = 1002;

/**
 * Patches a Queryable (adapter or transaction) from adapter-pg: catalog columns of type `"char"` are
 * reported as Character, other types the adapter rejects (name[], int2vector, …) as Text; values stay
 * whatever node-postgres parsed (strings for these types).
 */
function patchQueryRaw(queryable) {
  const proto = Object.getPrototypeOf(queryable);
  queryable.queryRaw = async function queryRaw(query) {
    const { fields, rows } = await this.performIO(query);
    const columnTypes = [];
    for (const [i, { dataTypeID: oid }] of fields.entries()) {
      if (oid === OID_CHAR) columnTypes.push(ColumnTypeEnum.Character);
      else if (oid === OID_CHAR_ARRAY) columnTypes.push(ColumnTypeEnum.CharacterArray);
      else columnTypes.push((await adapterColumnType(proto, oid)) ?? (Array.isArray(rows[0]?.[i]) ? ColumnTypeEnum.TextArray : ColumnTypeEnum.Text));
    }
    return { columnNames: fields.map((f) => f.name), columnTypes, rows };
  };
  return queryable;
}

/**
 * Patches an adapter from adapter-pg for the migration path:
 * - queryRaw: see patchQueryRaw (also on transactions it starts);
 * - executeScript: adapter-pg splits scripts on every `;`, which breaks `DEFAULT 'a;b'` and `$$` function
 *   bodies; send the whole script as one simple-protocol query instead (PostgreSQL then runs it as one
 *   implicit transaction, like the native engine does).
 */
function patchAdapter(adapter) {
  patchQueryRaw(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => patchQueryRaw(await startTransaction(...args));
  adapter.executeScript = async function executeScript(script) {
    try {
      await this.underlyingDriver().query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  return adapter;
}

/** Shadow databases this process created and has not dropped yet (dropped on exit, see dropLeftoverShadowDatabases). */
const liveShadowDatabases = new Map();

/** Drops a database we created, disconnecting other sessions first (PostgreSQL 13+: WITH (FORCE)). */
async function dropOwnDatabase(info, name) {
  await withAdminClient(info, async (c) => {
    const { rows } = await c.query("SELECT current_setting('server_version_num')::int AS v");
    await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}${rows[0].v >= 130000 ? " WITH (FORCE)" : ""}`);
  });
  liveShadowDatabases.delete(name);
}

/** Best effort, for exit paths: drop the shadow databases still alive. */
export async function dropLeftoverShadowDatabases() {
  await Promise.allSettled([...liveShadowDatabases.entries()].map(([name, info]) => dropOwnDatabase(info, name)));
}

/** PGlite (pglite-server) serves one database whatever the name, and cannot CREATE DATABASE. */
const isPglite = async (client) => /PGlite/i.test((await client.query("SELECT version() AS v")).rows[0]?.v ?? "");

/**
 * No SHADOW_DATABASE_URL: create a uniquely named database on the main server (refused on PGlite, where
 * it would be the main database itself).
 */
async function createShadowDatabase(info) {
  const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
  await withAdminClient(info, async (c) => {
    if (await isPglite(c)) {
      // A plain Error: the driver-adapter binding registers it and the engine reports "External error id#N".
      throw new Error("PGlite serves a single database and cannot create a shadow database: set SHADOW_DATABASE_URL to a second, empty pglite-server.");
    }
    try {
      await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (error) {
      if (error.code === "42501") throw new UserFacingError("P3014", `Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases, or set SHADOW_DATABASE_URL.\n\n${error.message}`);
      throw error;
    }
  });
  liveShadowDatabases.set(name, info);
  return name;
}

/**
 * SHADOW_DATABASE_URL given: the native engine empties that database before replaying migrations into it;
 * the WASM engine does not (a second run fails with "type … already exists"). So: refuse if it is the main
 * database (for PGlite, which ignores database names: the same server), then drop and recreate its schema.
 */
async function resetGivenShadowDatabase(datasource) {
  const main = parseDatabaseUrl(datasource.url);
  const info = parseDatabaseUrl(datasource.shadowDatabaseUrl);
  const sameServer = info.location === main.location;
  if (sameServer && info.database === main.database) {
    throw new Error("The shadow database you configured appears to be the same as the main database. Please specify another shadow database.");
  }
  await withClient(info, info.pgConfig(), async (c) => {
    if (sameServer && (await isPglite(c))) {
      throw new Error("SHADOW_DATABASE_URL points at the same PGlite server as DATABASE_URL (PGlite ignores database names): start a second pglite-server for the shadow database.");
    }
    await c.query(`DROP SCHEMA IF EXISTS ${quoteIdent(info.schema)} CASCADE; CREATE SCHEMA ${quoteIdent(info.schema)}`);
  });
}

/**
 * The migration-aware adapter factory handed to the WASM engine.
 * @param {{url?: string, shadowDatabaseUrl?: string}} datasource
 * @param {(message: string) => void} [log]
 */
export function createAdapterFactory(datasource, log = () => {}) {
  const connectTo = async (url, database) => {
    const info = parseDatabaseUrl(url);
    const factory = new PrismaPg(info.pgConfig(database), { schema: info.schema });
    return patchAdapter(await factory.connect());
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(datasource.url),
    /**
     * adapter-pg's own connectToShadowDb connects to the *main* database when configured with a
     * connectionString and drops the shadow database while still connected to it. Instead: use
     * SHADOW_DATABASE_URL when given, else create a uniquely named database on the main server and drop it
     * when the engine disposes of the adapter.
     */
    async connectToShadowDb() {
      if (datasource.shadowDatabaseUrl) {
        await resetGivenShadowDatabase(datasource);
        return connectTo(datasource.shadowDatabaseUrl);
      }
      const info = parseDatabaseUrl(datasource.url);
      const name = await createShadowDatabase(info);
      log(`Created shadow database ${name}`);
      const shadow = await connectTo(datasource.url, name);
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await dropOwnDatabase(info, name);
        log(`Dropped shadow database ${name}`);
      };
      return shadow;
    },
  };
}
