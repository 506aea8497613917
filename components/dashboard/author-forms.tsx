"use client";

import { useActionState } from "react";
import { mergeAuthorsAction, updateAuthorAction } from "@/lib/actions/authors";
import { Field, TextareaField } from "@/components/ui/field";
import { buttonClass, errorsOf, FormStatus, kept, secondaryButtonClass } from "@/components/ui/form-status";

type Editable = { id: string; name: string; affiliation: string | null; orcid: string | null; links: string[]; updatedAt: string };

export function AuthorEditForm({ author }: { author: Editable }) {
  const [state, action, pending] = useActionState(updateAuthorAction, null);
  const errors = errorsOf(state);
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="authorId" value={author.id} />
      <input type="hidden" name="updatedAt" value={author.updatedAt} />
      <FormStatus state={state} />
      <Field id="name" label="Display name" required defaultValue={kept(state, "name", author.name)} errors={errors.name} />
      <Field id="affiliation" label="Affiliation" defaultValue={kept(state, "affiliation", author.affiliation ?? "")} errors={errors.affiliation} />
      <Field id="orcid" label="ORCID iD" defaultValue={kept(state, "orcid", author.orcid ?? "")} errors={errors.orcid} hint="0000-0000-0000-0000 or an orcid.org URL; the check digit is verified." />
      <TextareaField id="links" label="Links" rows={3} defaultValue={kept(state, "links", author.links.join("\n"))} errors={errors.links} hint="One http(s) URL per line." />
      <button type="submit" disabled={pending} className={buttonClass}>Save author</button>
    </form>
  );
}

/** Merge another author (by address or id) into this one. */
export function MergeIntoForm({ survivorId }: { survivorId: string }) {
  const [state, action, pending] = useActionState(mergeAuthorsAction, null);
  const errors = errorsOf(state);
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="survivorId" value={survivorId} />
      <FormStatus state={state} />
      <Field id="duplicateId" label="Duplicate to merge into this author" defaultValue={kept(state, "duplicateId")} errors={errors.duplicateId} hint="The duplicate's address (the part after /authors/) or id. Its papers move here and its address redirects here." />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>Merge into this author</button>
    </form>
  );
}

type Side = { id: string; name: string; slug: string; paperCount: number };

/** A suggested pair: the admin picks which record survives, then confirms. */
export function SuggestionMergeForm({ a, b, reason }: { a: Side; b: Side; reason: string }) {
  const [state, action, pending] = useActionState(mergeAuthorsAction, null);
  const key = `${a.id}-${b.id}`;
  return (
    <form
      action={(fd: FormData) => {
        const survivor = fd.get("survivor");
        fd.set("survivorId", String(survivor));
        fd.set("duplicateId", survivor === a.id ? b.id : a.id);
        return action(fd);
      }}
      className="space-y-2"
    >
      <FormStatus state={state} />
      <fieldset>
        <legend className="text-sm">
          Likely the same person ({reason}). Keep:
        </legend>
        {[a, b].map((side, i) => (
          <label key={side.id} className="mr-4 inline-flex items-center gap-1 text-sm">
            <input type="radio" name="survivor" value={side.id} defaultChecked={i === 0} />
            {side.name} <span className="text-gray-600 dark:text-gray-400">(/{side.slug}, {side.paperCount} paper{side.paperCount === 1 ? "" : "s"})</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={pending} className={secondaryButtonClass} aria-describedby={`why-${key}`}>
        Merge these two
      </button>
      <span id={`why-${key}`} className="sr-only">Merges {a.name} and {b.name}, keeping the one selected</span>
    </form>
  );
}
