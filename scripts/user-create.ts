/**
 * `npm run user:create -- --email ada@example.org --role admin [--name "Ada Lovelace"]`
 *
 * Creates an account on the database at DATABASE_URL — how a real deployment gets its first admin.
 * The password is read from a hidden prompt, or from the first line of standard input when it is piped
 * (`printf '%s\n' "$PASSWORD" | npm run user:create -- …`); it is never taken from the command line.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "../lib/prisma-client";
import { hashPassword } from "../lib/auth/password";
import { newPasswordSchema } from "../lib/validation/auth";

const argsSchema = z.object({
  email: z.email("--email must be an email address").trim().toLowerCase(),
  role: z
    .string()
    .transform((r) => r.toUpperCase())
    .pipe(z.enum(["CURATOR", "EDITOR", "ADMIN"], "--role must be curator, editor or admin")),
  name: z.string().trim().min(1).max(120).optional(),
});

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.split(/\r?\n/)[0] ?? "";
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const out = rl as unknown as { _writeToOutput: (s: string) => void };
      process.stdout.write(prompt);
      out._writeToOutput = () => {}; // hide what is typed
      rl.question("", (answer) => {
        rl.close();
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Password (at least 12 characters): ");
  const second = await ask("Repeat the password: ");
  if (first !== second) throw new Error("The two passwords differ.");
  return first;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "admin" }, name: { type: "string" } },
    strict: true,
  });
  const args = argsSchema.safeParse(values);
  if (!args.success) {
    console.error(args.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join("\n"));
    console.error('Usage: npm run user:create -- --email <email> --role <curator|editor|admin> [--name "Full Name"]');
    return 2;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set: point it at the database the account belongs to.");
    return 2;
  }
  const password = newPasswordSchema.safeParse(await readPassword());
  if (!password.success) {
    console.error(`Password: ${password.error.issues[0]?.message}`);
    return 2;
  }

  const client = createPrismaClient(url, { max: 1 });
  try {
    const email = args.data.email;
    if (await client.user.findUnique({ where: { email }, select: { id: true } })) {
      console.error(`An account for ${email} already exists.`);
      return 1;
    }
    const passwordHash = await hashPassword(password.data);
    const user = await client.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email, name: args.data.name ?? email.split("@")[0], role: args.data.role, passwordHash },
        select: { id: true, email: true, role: true },
      });
      await tx.auditEvent.create({
        data: { action: "user.create", targetType: "User", targetId: created.id, data: { via: "cli", role: created.role } },
      });
      return created;
    });
    console.log(`Created ${user.role.toLowerCase()} account ${user.email}.`);
    return 0;
  } finally {
    await client.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
