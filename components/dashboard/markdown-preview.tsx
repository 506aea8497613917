"use client";

/**
 * Live preview rendered on the server by the public site's renderer (lib/markdown/render.ts), debounced.
 * The browser never runs a Markdown or math library: what the curator sees is what readers will see.
 */
import { useEffect, useState } from "react";
import { renderPreviewAction } from "@/lib/actions/issues";

export function MarkdownPreview({ source, label }: { source: string; label: string }) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const result = await renderPreviewAction(source);
        if (!cancelled && result.ok) setHtml(result.html);
      } catch {
        // Offline: keep the last preview; the text itself is safe in the editor.
      }
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [source]);
  return (
    <section aria-label={label} className="rounded border border-dashed border-gray-300 p-3 dark:border-gray-700">
      <h4 className="mb-2 text-xs font-semibold uppercase tracking-wide text-gray-500">{label}</h4>
      {html === null ? (
        <p className="text-sm text-gray-500">{source.trim() ? "Rendering…" : "Nothing to preview yet."}</p>
      ) : (
        <div className="prose prose-gray max-w-none text-sm dark:prose-invert" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </section>
  );
}
