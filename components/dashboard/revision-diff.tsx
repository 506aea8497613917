import { diffWords } from "@/lib/text-diff/words";

type Field = { name: string; label: string };

/**
 * A server-rendered word diff of two revisions, field by field. Removed text is struck through and
 * added text underlined (with "removed"/"added" announced to screen readers), not told by colour alone.
 */
export function RevisionDiff({ fields, before, after }: { fields: Field[]; before: Record<string, string>; after: Record<string, string> }) {
  return (
    <div className="space-y-6">
      <p className="text-sm text-gray-600 dark:text-gray-400">
        Removed text is <del className="line-through decoration-2">struck through</del>; added text is <ins className="underline decoration-2">underlined</ins>.
      </p>
      {fields.map((field) => {
        const parts = diffWords(before[field.name] ?? "", after[field.name] ?? "");
        const changed = parts.some((p) => p.kind !== "same");
        return (
          <section key={field.name} aria-labelledby={`diff-${field.name}`} className="space-y-1">
            <h3 id={`diff-${field.name}`} className="font-semibold">
              {field.label} {changed ? "" : <span className="text-sm font-normal text-gray-600 dark:text-gray-400">(unchanged)</span>}
            </h3>
            <div data-testid={`diff-${field.name}`} className="rounded border border-gray-200 p-3 font-mono text-sm whitespace-pre-wrap dark:border-gray-800">
              {parts.length === 0 && <span className="text-gray-500">(empty)</span>}
              {parts.map((part, i) =>
                part.kind === "same" ? (
                  <span key={i}>{part.text}</span>
                ) : part.kind === "removed" ? (
                  <del key={i} className="bg-red-100 text-red-900 line-through decoration-2 dark:bg-red-950 dark:text-red-200">
                    <span className="sr-only">[removed: </span>
                    {part.text}
                    <span className="sr-only">]</span>
                  </del>
                ) : (
                  <ins key={i} className="bg-green-100 text-green-900 underline decoration-2 dark:bg-green-950 dark:text-green-200">
                    <span className="sr-only">[added: </span>
                    {part.text}
                    <span className="sr-only">]</span>
                  </ins>
                ),
              )}
            </div>
          </section>
        );
      })}
    </div>
  );
}
