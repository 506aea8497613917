"use client";

import { useActionState } from "react";
import { createIssueAction } from "@/lib/actions/issues";
import { Field } from "@/components/ui/field";

export function NewIssueForm() {
  const [state, action, pending] = useActionState(createIssueAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <Field
        id="month"
        label="Month"
        placeholder="YYYY-MM"
        inputMode="numeric"
        required
        defaultValue={state && !state.ok ? state.values?.month : ""}
        errors={errors.month}
      />
      {state && !state.ok && !errors.month && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus-visible:outline-2 disabled:opacity-60">
        {pending ? "Creating…" : "Create issue"}
      </button>
    </form>
  );
}
