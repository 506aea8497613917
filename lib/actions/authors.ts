"use server";
/** Admin: paper authors (/dashboard/authors). */
import { revalidatePath } from "next/cache";
import { authorizedAction } from "./safe-action";
import { authorEditSchema, authorMergeSchema } from "../validation/authors";
import { mergeAuthors, updateAuthor } from "../data/author-admin";

export const updateAuthorAction = authorizedAction("ADMIN", authorEditSchema, async (actor, input) => {
  await updateAuthor(actor, input);
  // Author names appear on public pages.
  revalidatePath("/", "layout");
  return { ok: true, data: undefined, message: "Author saved." };
});

export const mergeAuthorsAction = authorizedAction("ADMIN", authorMergeSchema, async (actor, input) => {
  const { survivorSlug } = await mergeAuthors(actor, input.survivorId, input.duplicateId);
  revalidatePath("/", "layout");
  return { ok: true, data: { survivorSlug }, message: "Authors merged. The duplicate's address now redirects to the surviving author." };
});
