"use server";
/** Admin: site settings (/dashboard/settings). */
import { revalidatePath } from "../revalidate";
import { authorizedAction } from "./safe-action";
import { settingsSchema } from "../validation/settings";
import { updateSiteSettings } from "../data/settings";

export const updateSettingsAction = authorizedAction("ADMIN", settingsSchema, async (actor, input) => {
  await updateSiteSettings(actor, input);
  // The public header, feeds and metadata read these.
  revalidatePath("/", "layout");
  return { ok: true, data: undefined, message: "Settings saved." };
});
