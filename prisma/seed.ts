/**
 * `npm run db:seed [-- --force]`: seeds the demo issue (and, with PICKS_DEMO=1, the demo accounts) into
 * the database at DATABASE_URL. Without --force it does nothing on a database that was seeded before.
 */
import { createPrismaClient } from "../lib/prisma-client";
import { parseEnv } from "../lib/env";
import { seedDemo, DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo/seed-demo";

async function main() {
  const env = parseEnv({ ...process.env, AUTH_SECRET: process.env.AUTH_SECRET ?? "x".repeat(32) });
  const client = createPrismaClient(env.DATABASE_URL, { max: 2 });
  try {
    const result = await seedDemo(client, { accounts: env.PICKS_DEMO, force: process.argv.includes("--force") });
    if (!result.seeded) {
      console.log("Demo content was seeded before; nothing to do (use --force to re-create issue 2021-03).");
      return;
    }
    console.log("Seeded demo issue 2021-03.");
    if (result.accounts) {
      console.log(`Demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}`);
    }
  } finally {
    await client.$disconnect();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
