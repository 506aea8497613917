"use client";

import { useActionState } from "react";
import { addCandidatesAction, pickCandidateAction } from "@/lib/actions/candidates";
import { SelectField, TextareaField } from "@/components/ui/field";
import { FormStatus, buttonClass, errorsOf, kept, secondaryButtonClass } from "@/components/ui/form-status";

/** Paste ids or URLs and a note; on any failure what was typed stays. */
export function AddCandidatesForm() {
  const [state, action, pending] = useActionState(addCandidatesAction, null);
  const errors = errorsOf(state);
  return (
    <form action={action} className="space-y-3" aria-labelledby="add-candidates-heading" noValidate>
      <h2 id="add-candidates-heading" className="text-lg font-semibold">
        Add candidates
      </h2>
      <TextareaField
        id="candidate-ids"
        name="ids"
        label="arXiv ids or URLs"
        rows={3}
        hint="One or many, separated by spaces, commas or new lines."
        defaultValue={kept(state, "ids")}
        errors={errors.ids}
      />
      <TextareaField id="candidate-note" name="note" label="Note" rows={2} hint="Optional: why this paper, in a sentence." defaultValue={kept(state, "note")} errors={errors.note} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Adding…" : "Add candidates"}
        </button>
        {pending && <p role="status" className="text-sm">Asking arXiv… (requests are spaced a few seconds apart)</p>}
      </div>
      {state?.ok && <FormStatus state={state} />}
      {state && !state.ok && !errors.ids && !errors.note && <FormStatus state={state} />}
    </form>
  );
}

/** "Pick for issue…": the chosen issue gets this paper as its last pick. */
export function PickCandidateForm({ candidateId, title, issues }: { candidateId: string; title: string; issues: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState(pickCandidateAction, null);
  const errors = errorsOf(state);
  const fieldId = `pick-issue-${candidateId}`;
  if (issues.length === 0) return <p className="text-sm text-gray-600 dark:text-gray-400">Create an issue to pick this paper for.</p>;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-label={`Pick ${title} for an issue`} noValidate>
      <input type="hidden" name="candidateId" value={candidateId} />
      <div className="min-w-56">
        <SelectField
          id={fieldId}
          name="issueId"
          label="Pick for issue…"
          defaultValue={kept(state, "issueId", issues[0].id)}
          errors={errors.issueId}
          options={issues.map((i) => ({ value: i.id, label: i.label }))}
        />
      </div>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Picking…" : "Pick"}
      </button>
      {state && !state.ok && !errors.issueId && <FormStatus state={state} />}
    </form>
  );
}
