"use client";

import { useActionState } from "react";
import { deleteFigureAction, uploadFigureAction } from "@/lib/actions/figures";
import type { EditorPick } from "@/lib/data/issue-editor";
import { Field } from "@/components/ui/field";
import { FormStatus, errorsOf, kept, secondaryButtonClass } from "@/components/ui/form-status";

/** A pick's figures: the list (with Remove) and the upload form. */
export function PickFigures({ pick }: { pick: EditorPick }) {
  const [state, action, pending] = useActionState(uploadFigureAction, null);
  const errors = errorsOf(state);
  const id = (name: string) => `figure-${pick.id}-${name}`;
  return (
    <details className="rounded border border-gray-200 p-3 dark:border-gray-800" open={pick.figures.length > 0 || !!state}>
      <summary className="cursor-pointer text-sm font-medium">Figures ({pick.figures.length})</summary>
      {pick.figures.length > 0 && (
        <ul className="mt-3 space-y-3">
          {pick.figures.map((f) => (
            <li key={f.id} className="flex items-start gap-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- a stored, re-encoded upload served by /figures/[id] */}
              <img src={f.url} alt={f.alt} className="h-16 w-24 rounded border border-gray-200 object-contain dark:border-gray-800" />
              <div className="grow text-sm">
                <p>{f.caption}</p>
                <p className="text-gray-600 dark:text-gray-400">Source: {f.sourceCredit}</p>
              </div>
              <form action={deleteFigureAction}>
                <input type="hidden" name="figureId" value={f.id} />
                <button type="submit" className={secondaryButtonClass} aria-label={`Remove figure: ${f.caption}`}>
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="mt-3 grid gap-3 sm:grid-cols-2" noValidate>
        <input type="hidden" name="pickId" value={pick.id} />
        <Field id={id("image")} name="image" label="Figure image" type="file" accept="image/png,image/jpeg,image/webp" hint="PNG, JPEG or WebP, at most 4 MB; choose the file again after an error." errors={errors.image} />
        <Field id={id("alt")} name="alt" label="Alt text" defaultValue={kept(state, "alt")} errors={errors.alt} />
        <Field id={id("caption")} name="caption" label="Caption" defaultValue={kept(state, "caption")} errors={errors.caption} />
        <Field id={id("sourceCredit")} name="sourceCredit" label="Source credit" defaultValue={kept(state, "sourceCredit")} errors={errors.sourceCredit} />
        <Field id={id("sourceUrl")} name="sourceUrl" label="Source URL (optional)" defaultValue={kept(state, "sourceUrl")} errors={errors.sourceUrl} />
        <div className="flex items-end gap-3">
          <button type="submit" disabled={pending} className={secondaryButtonClass}>
            {pending ? "Uploading…" : "Upload figure"}
          </button>
        </div>
        <div className="sm:col-span-2">
          <FormStatus state={state && !state.ok && Object.keys(errors).length > 0 ? null : state} />
        </div>
      </form>
    </details>
  );
}
