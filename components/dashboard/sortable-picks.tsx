"use client";

/**
 * The picks list with drag and drop (a handle per pick) on top of the keyboard-accessible
 * Move up / Move down buttons inside each pick. The new order is written in one transaction.
 */
import { useRef, useState } from "react";
import { reorderPicksAction } from "@/lib/actions/picks";
import type { EditorPick } from "@/lib/data/issue-editor";
import { PickEditor } from "./pick-editor";

export function SortablePicks({ issueId, issueSlug, picks }: { issueId: string; issueSlug: string; picks: EditorPick[] }) {
  const [dragged, setDraggedState] = useState<string | null>(null);
  // Read by dragover/drop handlers, which may fire before React re-renders after dragstart.
  const draggedRef = useRef<string | null>(null);
  const setDragged = (id: string | null) => {
    draggedRef.current = id;
    setDraggedState(id);
  };
  const [over, setOver] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function drop(targetId: string) {
    const from = draggedRef.current;
    setDragged(null);
    setOver(null);
    if (!from || from === targetId) return;
    const ids = picks.map((p) => p.id).filter((id) => id !== from);
    ids.splice(ids.indexOf(targetId) + (picks.findIndex((p) => p.id === from) < picks.findIndex((p) => p.id === targetId) ? 1 : 0), 0, from);
    try {
      const result = await reorderPicksAction(issueId, ids);
      setMessage(result.ok ? null : (result.message ?? "Could not reorder."));
    } catch {
      setMessage("Could not reorder: the server is unreachable.");
    }
  }

  return (
    <>
      {message && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
      <ol className="space-y-4">
        {picks.map((pick, i) => (
          <li
            key={pick.id}
            onDragOver={(e) => {
              if (!draggedRef.current) return;
              e.preventDefault();
              setOver(pick.id);
            }}
            onDragLeave={() => setOver((o) => (o === pick.id ? null : o))}
            onDrop={(e) => {
              e.preventDefault();
              void drop(pick.id);
            }}
            className={over === pick.id && dragged !== pick.id ? "rounded outline-2 outline-dashed outline-blue-500" : ""}
          >
            <div
              draggable
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = "move";
                e.dataTransfer.setData("text/plain", pick.id);
                setDragged(pick.id);
              }}
              onDragEnd={() => setDragged(null)}
              className="mb-1 inline-block cursor-grab select-none rounded bg-gray-100 px-2 py-0.5 text-xs text-gray-600 dark:bg-gray-800 dark:text-gray-300"
              title="Drag to reorder (or use Move up / Move down)"
              aria-hidden="true"
            >
              ⠿ drag
            </div>
            <PickEditor pick={pick} isFirst={i === 0} isLast={i === picks.length - 1} historyHref={`/dashboard/issues/${issueSlug}/history?pick=${encodeURIComponent(pick.id)}`} />
          </li>
        ))}
      </ol>
    </>
  );
}
