import os from "node:os";
import path from "node:path";

/** Where scripts/e2e-server.ts leaves the URL of the database the app under test uses. */
export function e2eDatabaseFile(port: string): string {
  return path.join(os.tmpdir(), `picks-e2e-${port}.json`);
}
