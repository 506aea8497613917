/**
 * Plain node-postgres helpers of the schema-engine stand-in: Prisma connection URLs, the P-coded errors the
 * CLI expects, and the database-level operations the WASM schema engine does not do itself (probe, create
 * and drop a database).
 */
import pg from "pg";

/** URL query parameters that Prisma understands but node-postgres does not (they would be sent as startup options or ignored). */
const PRISMA_ONLY_PARAMS = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout", "connect_timeout", "single_use_connections"];

/** A user-facing error with a Prisma P-code, as the native engine reports it. */
export class UserFacingError extends Error {
  /** @param {string} code e.g. "P1001" @param {string} message @param {object} [meta] */
  constructor(code, message, meta = {}) {
    super(message);
    this.code = code;
    this.meta = meta;
  }
}

/**
 * Parses a Prisma PostgreSQL connection URL into what node-postgres needs.
 * @param {string} url
 */
export function parseDatabaseUrl(url) {
  if (!url) throw new UserFacingError("P1012", "The datasource URL is empty. Set DATABASE_URL (see prisma.config.ts).");
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserFacingError("P1013", "The provided database string is invalid. The URL could not be parsed.");
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new UserFacingError("P1013", `The provided database string is invalid. This stand-in only supports postgresql:// URLs, got ${parsed.protocol}//.`);
  }
  const schema = parsed.searchParams.get("schema") || "public";
  const connectTimeout = Number(parsed.searchParams.get("connect_timeout") ?? 5);
  for (const name of PRISMA_ONLY_PARAMS) parsed.searchParams.delete(name);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
  const host = parsed.searchParams.get("host") ?? parsed.hostname ?? "localhost";
  const port = parsed.port || "5432";
  return {
    schema,
    database,
    location: `${host}:${port}`,
    /** node-postgres pool/client config, optionally for another database on the same server. */
    pgConfig(otherDatabase) {
      const u = new URL(parsed.href);
      if (otherDatabase !== undefined) u.pathname = `/${encodeURIComponent(otherDatabase)}`;
      return {
        connectionString: u.href,
        connectionTimeoutMillis: connectTimeout > 0 ? connectTimeout * 1000 : 0,
      };
    },
  };
}

/** Quotes an identifier for PostgreSQL. */
export const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

/**
 * Maps a node-postgres connection error to the Prisma error code and message the CLI shows.
 * @param {any} error @param {ReturnType<typeof parseDatabaseUrl>} info
 */
export function toUserFacingError(error, info) {
  if (error instanceof UserFacingError) return error;
  const code = error?.code;
  if (code === "3D000") {
    return new UserFacingError("P1003", `Database \`${info.database}\` does not exist on the database server at \`${info.location}\`.`, { database_name: info.database, database_location: info.location });
  }
  if (code === "28P01" || code === "28000") {
    return new UserFacingError("P1000", `Authentication failed against database server, the provided database credentials are not valid.\n\n${error.message}`, { database_host: info.location });
  }
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH" || code === "EAI_AGAIN" || code === "ENOENT") {
    return new UserFacingError("P1001", `Can't reach database server at \`${info.location}\`\n\nPlease make sure your database server is running at \`${info.location}\`.`, { database_location: info.location });
  }
  if (/timeout/i.test(error?.message ?? "") || code === "ETIMEDOUT") {
    return new UserFacingError("P1002", `The database server at \`${info.location}\` was reached but timed out.\n\nPlease try again.`, { database_location: info.location });
  }
  return new UserFacingError("P1000", `Could not connect to the database at \`${info.location}\`: ${error?.message ?? String(error)}`);
}

/** Runs `fn` with a single pg client connected to `config`; connection errors become user-facing errors. */
export async function withClient(info, config, fn) {
  const client = new pg.Client(config);
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw toUserFacingError(error, info);
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `cli can-connect-to-database`: connects to the database named in the URL (P1003 when it is missing). */
export async function canConnect(url) {
  const info = parseDatabaseUrl(url);
  await withClient(info, info.pgConfig(), (c) => c.query("SELECT 1"));
}

/**
 * Connects to a maintenance database on the same server (for CREATE/DROP DATABASE): `postgres`, else
 * `template1`, else the URL's own database.
 */
export async function withAdminClient(info, fn) {
  let lastError;
  for (const db of ["postgres", "template1", info.database]) {
    try {
      return await withClient(info, info.pgConfig(db), fn);
    } catch (error) {
      lastError = error;
      if (!(error instanceof UserFacingError) || error.code !== "P1003") throw error;
    }
  }
  throw lastError;
}

/** `cli create-database` and the `createDatabase` RPC (not implemented by the WASM engine). Returns the name. */
export async function createDatabase(url) {
  const info = parseDatabaseUrl(url);
  await withAdminClient(info, async (c) => {
    try {
      await c.query(`CREATE DATABASE ${quoteIdent(info.database)}`);
    } catch (error) {
      if (error.code === "42P04") throw new UserFacingError("P1009", `Database \`${info.database}\` already exists on the database server at \`${info.location}\``, { database_name: info.database, database_host: info.location });
      throw error;
    }
  });
  return info.database;
}

/** `cli drop-database`. */
export async function dropDatabase(url) {
  const info = parseDatabaseUrl(url);
  await withAdminClient(info, (c) => c.query(`DROP DATABASE ${quoteIdent(info.database)}`));
}
