"use server";
/** Admin: paper authors (/dashboard/authors). */
import { revalidatePath } from "../revalidate";
import { redirect } from "next/navigation";
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
  const { mergedSlug } = await mergeAuthors(actor, input.survivorId, input.duplicateId);
  revalidatePath("/", "layout");
  // To the survivor's page, which says what happened (the suggestion that was merged is gone).
  redirect(`/dashboard/authors/${encodeURIComponent(input.survivorId)}?merged=${encodeURIComponent(mergedSlug)}`);
});
