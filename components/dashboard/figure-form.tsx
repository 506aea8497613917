"use client";

import { useActionState } from "react";
import { deleteFigureAction, moveFigureAction, updateFigureAction, uploadFigureAction } from "@/lib/actions/figures";
import type { EditorPick } from "@/lib/data/issue-editor";
import { Field } from "@/components/ui/field";
import { FormStatus, errorsOf, kept, secondaryButtonClass } from "@/components/ui/form-status";

type EditorFigure = EditorPick["figures"][number];
type FormState = Parameters<typeof kept>[0];

/** The text of a figure, in the upload and the edit form: what was typed wins over what is saved. */
function FigureTextFields({ id, state, saved }: { id: (name: string) => string; state: FormState; saved?: EditorFigure }) {
  const errors = errorsOf(state);
  return (
    <>
      <Field id={id("alt")} name="alt" label="Alt text" defaultValue={kept(state, "alt", saved?.alt)} errors={errors.alt} />
      <Field id={id("caption")} name="caption" label="Caption" defaultValue={kept(state, "caption", saved?.caption)} errors={errors.caption} />
      <Field id={id("sourceCredit")} name="sourceCredit" label="Source credit" defaultValue={kept(state, "sourceCredit", saved?.sourceCredit)} errors={errors.sourceCredit} />
      <Field id={id("sourceUrl")} name="sourceUrl" label="Source URL (optional)" defaultValue={kept(state, "sourceUrl", saved?.sourceUrl ?? "")} errors={errors.sourceUrl} />
    </>
  );
}

/** The submit button and the form's status; field errors stand next to their fields, so they are not repeated here. */
function FigureFormFooter({ state, pending, label, pendingLabel, wide = false }: { state: FormState; pending: boolean; label: string; pendingLabel: string; wide?: boolean }) {
  const hasFieldErrors = Object.keys(errorsOf(state)).length > 0;
  return (
    <>
      <div className={`flex items-end gap-3${wide ? " sm:col-span-2" : ""}`}>
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {pending ? pendingLabel : label}
        </button>
      </div>
      <div className="sm:col-span-2">
        <FormStatus state={state && !state.ok && hasFieldErrors ? null : state} />
      </div>
    </>
  );
}

/** Edit a figure's alt text, caption and source; what was typed stays on any failure (conflicts included). */
function FigureEditForm({ figure }: { figure: EditorFigure }) {
  const [state, action, pending] = useActionState(updateFigureAction, null);
  const id = (name: string) => `figure-edit-${figure.id}-${name}`;
  return (
    <details className="mt-2" open={!!state}>
      <summary className="cursor-pointer text-sm text-blue-800 dark:text-blue-300">Edit caption, source and alt text</summary>
      <form action={action} className="mt-2 grid gap-3 sm:grid-cols-2" aria-label={`Edit figure: ${figure.caption}`} noValidate>
        <input type="hidden" name="figureId" value={figure.id} />
        <input type="hidden" name="version" value={kept(state, "version", String(figure.version))} />
        <FigureTextFields id={id} state={state} saved={figure} />
        <FigureFormFooter state={state} pending={pending} label="Save figure" pendingLabel="Saving…" wide />
      </form>
    </details>
  );
}

/** A pick's figures: the list (reorder, edit, remove) and the upload form. */
export function PickFigures({ pick }: { pick: EditorPick }) {
  const [state, action, pending] = useActionState(uploadFigureAction, null);
  const errors = errorsOf(state);
  const id = (name: string) => `figure-${pick.id}-${name}`;
  return (
    <details className="rounded border border-gray-200 p-3 dark:border-gray-800" open={pick.figures.length > 0 || !!state}>
      <summary className="cursor-pointer text-sm font-medium">Figures ({pick.figures.length})</summary>
      {pick.figures.length > 0 && (
        <ul className="mt-3 space-y-3">
          {pick.figures.map((f, i) => (
            <li key={f.id} className="rounded border border-gray-100 p-2 dark:border-gray-900">
              <div className="flex items-start gap-3">
                {/* eslint-disable-next-line @next/next/no-img-element -- a stored, re-encoded upload served by /figures/[id] */}
                <img src={f.url} alt={f.alt} className="h-16 w-24 rounded border border-gray-200 object-contain dark:border-gray-800" />
                <div className="grow text-sm">
                  <p data-testid="figure-caption">{f.caption}</p>
                  <p className="text-gray-600 dark:text-gray-400">Source: {f.sourceCredit}</p>
                </div>
                <div className="flex flex-wrap gap-1">
                  <form action={moveFigureAction}>
                    <input type="hidden" name="figureId" value={f.id} />
                    <input type="hidden" name="direction" value="up" />
                    <button type="submit" className={secondaryButtonClass} disabled={i === 0} aria-label={`Move figure up: ${f.caption}`}>
                      ↑ Up
                    </button>
                  </form>
                  <form action={moveFigureAction}>
                    <input type="hidden" name="figureId" value={f.id} />
                    <input type="hidden" name="direction" value="down" />
                    <button type="submit" className={secondaryButtonClass} disabled={i === pick.figures.length - 1} aria-label={`Move figure down: ${f.caption}`}>
                      ↓ Down
                    </button>
                  </form>
                  <form action={deleteFigureAction}>
                    <input type="hidden" name="figureId" value={f.id} />
                    <button type="submit" className={secondaryButtonClass} aria-label={`Remove figure: ${f.caption}`}>
                      Remove
                    </button>
                  </form>
                </div>
              </div>
              <FigureEditForm figure={f} />
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="mt-3 grid gap-3 sm:grid-cols-2" aria-label="Upload a figure" noValidate>
        <input type="hidden" name="pickId" value={pick.id} />
        <Field id={id("image")} name="image" label="Figure image" type="file" accept="image/png,image/jpeg,image/webp" hint="PNG, JPEG or WebP, at most 4 MB; choose the file again after an error." errors={errors.image} />
        <FigureTextFields id={id} state={state} />
        <FigureFormFooter state={state} pending={pending} label="Upload figure" pendingLabel="Uploading…" />
      </form>
    </details>
  );
}
