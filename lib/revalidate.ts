import { revalidatePath as nextRevalidatePath } from "next/cache";
import { responseCache } from "./http/response-cache";

/**
 * Next.js's revalidatePath, and the same paths purged from this process's response cache
 * (lib/http/response-cache.ts), so that a change is visible at once where it was made. The only
 * revalidatePath the app calls (eslint refuses the one from next/cache elsewhere).
 */
export function revalidatePath(path: string, type?: "layout" | "page"): void {
  nextRevalidatePath(path, type);
  responseCache()?.purge(path, type);
}
