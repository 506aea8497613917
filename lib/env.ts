/**
 * The one place that reads process.env. Validated with zod at start-up (instrumentation.ts and the
 * start script), failing fast with a message that names the variable. See .env.example.
 */
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "postgresql:" || u.protocol === "postgres:") && u.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a postgresql://user@host:port/database URL");

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl,
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    PICKS_DEMO: flag,
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with `openssl rand -base64 33`)").optional(),
    AUTH_URL: z.url().optional(),
    SITE_URL: z.url().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    ARXIV_API_URL: z.url().default("https://export.arxiv.org/api/query"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    // Encoded bytes of large cached pages kept per process (lib/http/encoded-bodies.ts); 0 turns it off.
    RESPONSE_BYTES_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
    // Whole answers of cached pages kept per process for this many seconds (lib/http/response-cache.ts); 0 turns it off.
    RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(2),
    // Invitation emails (optional): sent through this SMTP server when SMTP_HOST is set.
    SMTP_HOST: z.string().trim().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: flag,
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    MAIL_FROM: z.string().trim().min(3).optional(),
    // GitHub sign-in (optional): enabled only when both are set.
    AUTH_GITHUB_ID: z.string().trim().min(1).optional(),
    AUTH_GITHUB_SECRET: z.string().trim().min(1).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.AUTH_SECRET && !v.PICKS_DEMO) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required outside demo mode (generate one with `openssl rand -base64 33`)",
      });
    }
    if (v.SMTP_HOST && !v.MAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: 'is required when SMTP_HOST is set (e.g. "Picks <picks@example.org>")' });
    }
    if (!!v.AUTH_GITHUB_ID !== !!v.AUTH_GITHUB_SECRET) {
      const missing = v.AUTH_GITHUB_ID ? "AUTH_GITHUB_SECRET" : "AUTH_GITHUB_ID";
      ctx.addIssue({ code: "custom", path: [missing], message: "must be set together with the other AUTH_GITHUB_ variable" });
    }
  });

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses an environment; throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const name = String(i.path[0] ?? "environment");
    const unset = cleaned[name] === undefined && i.code === "invalid_type";
    const message = !unset
      ? i.message
      : name === "DATABASE_URL"
        ? "is not set (`npm start` runs an embedded database when it is unset; `next start` needs it)"
        : "is not set";
    return `  ${name} ${message}`;
  });
  throw new EnvError(`Invalid configuration:\n${lines.join("\n")}\nSee .env.example and the README's Configuration section.`);
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
