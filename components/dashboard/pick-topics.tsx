"use client";

import { useActionState } from "react";
import { addPickTopicAction, removePickTopicAction, type PickTopicState } from "@/lib/actions/picks";
import type { EditorPick } from "@/lib/data/issue-editor";
import { FormStatus, errorsOf, kept, secondaryButtonClass } from "@/components/ui/form-status";
import { TOPIC_NAMES_LIST_ID } from "./topic-names";

/** A pick's topics: each with a Remove button, and a field to add one (existing or new). */
export function PickTopics({ pick }: { pick: Pick<EditorPick, "id" | "topics"> }) {
  // One state for both forms, so the status line tells what happened last.
  const [state, act, pending] = useActionState(
    (prev: PickTopicState, formData: FormData) => (formData.has("topicId") ? removePickTopicAction(prev, formData) : addPickTopicAction(prev, formData)),
    null,
  );
  const inputId = `pick-${pick.id}-topic`;
  const error = errorsOf(state).name;
  const added = state?.ok && state.data.change === "added" ? state.data.topic : null;
  return (
    <div className="space-y-2">
      <ul aria-label="Topics of this pick" className="flex flex-wrap gap-2">
        {pick.topics.map((t) => (
          <li key={t.id} className="flex items-center gap-1 rounded-full border border-gray-300 px-2 py-0.5 text-sm dark:border-gray-700">
            <span>{t.name}</span>
            <form action={act}>
              <input type="hidden" name="pickId" value={pick.id} />
              <input type="hidden" name="topicId" value={t.id} />
              <button type="submit" disabled={pending} aria-label={`Remove topic ${t.name}`} className="rounded px-1 text-gray-600 hover:bg-gray-100 focus-visible:outline-2 dark:text-gray-400 dark:hover:bg-gray-800">
                <span aria-hidden="true">×</span>
              </button>
            </form>
          </li>
        ))}
        {pick.topics.length === 0 && <li className="text-sm text-gray-600 dark:text-gray-400">No topics yet.</li>}
      </ul>
      <form action={act} className="flex flex-wrap items-end gap-2" noValidate>
        <input type="hidden" name="pickId" value={pick.id} />
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium">
            Topics
          </label>
          <input
            // A new key after each success empties the field; after a failure what was typed stays.
            key={added ? `added-${added}-${pick.topics.length}` : "typing"}
            id={inputId}
            name="name"
            list={TOPIC_NAMES_LIST_ID}
            autoComplete="off"
            defaultValue={kept(state, "name")}
            aria-invalid={error?.length ? true : undefined}
            aria-describedby={error?.length ? `${inputId}-error` : `${inputId}-hint`}
            className="mt-1 block rounded border border-gray-300 bg-white px-3 py-1.5 text-sm dark:border-gray-700 dark:bg-gray-900"
          />
        </div>
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {pending ? "Saving…" : "Add topic"}
        </button>
        {error?.length ? (
          <p id={`${inputId}-error`} className="w-full text-sm text-red-700 dark:text-red-400">
            {error.join(" ")}
          </p>
        ) : (
          <p id={`${inputId}-hint`} className="w-full text-xs text-gray-600 dark:text-gray-400">
            Choose an existing topic or type a new one.
          </p>
        )}
      </form>
      <FormStatus state={error?.length ? null : state} />
    </div>
  );
}
