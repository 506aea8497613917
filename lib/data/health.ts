import "server-only";
import { db } from "../db";

/** True when the database answers. */
export async function databaseIsUp(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
