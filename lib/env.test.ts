import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const secret = "s".repeat(40);

describe("parseEnv", () => {
  it("accepts a complete production configuration and applies defaults", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://picks@db.internal:5432/picks", AUTH_SECRET: secret, NODE_ENV: "production" });
    expect(env.PICKS_DEMO).toBe(false);
    expect(env.ARXIV_API_URL).toBe("https://export.arxiv.org/api/query");
    expect(env.DATABASE_POOL_MAX).toBe(10);
  });

  it("keeps 64 MB of encoded pages by default, 0 turns it off, a negative size is refused by name", () => {
    const base = { DATABASE_URL: "postgresql://localhost/picks", AUTH_SECRET: secret };
    expect(parseEnv(base).RESPONSE_BYTES_CACHE_MB).toBe(64);
    expect(parseEnv({ ...base, RESPONSE_BYTES_CACHE_MB: "0" }).RESPONSE_BYTES_CACHE_MB).toBe(0);
    expect(() => parseEnv({ ...base, RESPONSE_BYTES_CACHE_MB: "-1" })).toThrow(/RESPONSE_BYTES_CACHE_MB/);
  });

  it("keeps whole answers 2 s by default, 0 turns it off, more than 300 s or a fraction is refused by name", () => {
    const base = { DATABASE_URL: "postgresql://localhost/picks", AUTH_SECRET: secret };
    expect(parseEnv(base).RESPONSE_CACHE_SECONDS).toBe(2);
    expect(parseEnv({ ...base, RESPONSE_CACHE_SECONDS: "0" }).RESPONSE_CACHE_SECONDS).toBe(0);
    expect(() => parseEnv({ ...base, RESPONSE_CACHE_SECONDS: "301" })).toThrow(/RESPONSE_CACHE_SECONDS/);
    expect(() => parseEnv({ ...base, RESPONSE_CACHE_SECONDS: "1.5" })).toThrow(/RESPONSE_CACHE_SECONDS/);
  });

  it("names a malformed DATABASE_URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/picks", AUTH_SECRET: secret })).toThrow(/DATABASE_URL must be a postgresql:/);
    expect(() => parseEnv({ DATABASE_URL: "not a url", AUTH_SECRET: secret })).toThrow(EnvError);
  });

  it("names a missing DATABASE_URL", () => {
    expect(() => parseEnv({ AUTH_SECRET: secret })).toThrow(/DATABASE_URL is not set/);
  });

  it("requires AUTH_SECRET outside demo mode, but not in it", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgresql://localhost/picks" })).toThrow(/AUTH_SECRET is required outside demo mode/);
    expect(parseEnv({ DATABASE_URL: "postgresql://localhost/picks", PICKS_DEMO: "1" }).PICKS_DEMO).toBe(true);
  });

  it("rejects a short AUTH_SECRET and a bad ARXIV_API_URL, naming both", () => {
    try {
      parseEnv({ DATABASE_URL: "postgresql://localhost/picks", AUTH_SECRET: "short", ARXIV_API_URL: "nope" });
      expect.unreachable();
    } catch (e) {
      expect(String(e)).toMatch(/AUTH_SECRET must be at least 32/);
      expect(String(e)).toMatch(/ARXIV_API_URL/);
    }
  });

  it("needs MAIL_FROM with SMTP_HOST, and both GitHub variables or neither", () => {
    const base = { DATABASE_URL: "postgresql://localhost/picks", AUTH_SECRET: secret };
    expect(() => parseEnv({ ...base, SMTP_HOST: "smtp.example.org" })).toThrow(/MAIL_FROM is required when SMTP_HOST is set/);
    const mail = parseEnv({ ...base, SMTP_HOST: "smtp.example.org", MAIL_FROM: "Picks <p@example.org>" });
    expect(mail.SMTP_PORT).toBe(587);
    expect(() => parseEnv({ ...base, AUTH_GITHUB_ID: "id" })).toThrow(/AUTH_GITHUB_SECRET must be set together/);
    expect(parseEnv({ ...base, AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "s" }).AUTH_GITHUB_ID).toBe("id");
  });
});
