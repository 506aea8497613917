"use client";

/** Both texts side by side after a refused save; the curator chooses, nothing is silently overwritten. */
export function ConflictPanel({
  message,
  fields,
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
}: {
  message: string;
  fields: { name: string; label: string }[];
  mine: Record<string, string>;
  /** The saved text, with who saved it and when. */
  theirs: Record<string, unknown> & { savedBy: string | null; savedAt: Date };
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { savedBy, savedAt } = theirs;
  const when = new Date(savedAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hour12: false });
  return (
    <div role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950">
      <p className="font-medium text-red-900 dark:text-red-200">{message}</p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <section aria-label="Your version">
          <h4 className="font-semibold">Your version (not saved)</h4>
          {fields.map((f) => (
            <div key={f.name} className="mt-2">
              <p className="text-xs uppercase text-gray-500">{f.label}</p>
              <pre className="whitespace-pre-wrap rounded bg-white p-2 font-sans dark:bg-gray-900">{mine[f.name]}</pre>
            </div>
          ))}
        </section>
        <section aria-label="Saved version">
          <h4 className="font-semibold">
            Saved version{savedBy ? ` by ${savedBy}` : ""} at {when}
          </h4>
          {fields.map((f) => (
            <div key={f.name} className="mt-2">
              <p className="text-xs uppercase text-gray-500">{f.label}</p>
              <pre className="whitespace-pre-wrap rounded bg-white p-2 font-sans dark:bg-gray-900">{String(theirs[f.name] ?? "")}</pre>
            </div>
          ))}
        </section>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={onKeepMine} className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 focus-visible:outline-2">
          Keep my version
        </button>
        <button type="button" onClick={onTakeTheirs} className="rounded border border-gray-400 px-3 py-1.5 hover:bg-white focus-visible:outline-2 dark:hover:bg-gray-900">
          Use the saved version
        </button>
      </div>
    </div>
  );
}
