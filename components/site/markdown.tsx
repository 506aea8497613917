import { renderMarkdown } from "@/lib/markdown/render";

/** Sanitized, server-rendered Markdown (see lib/markdown/render.ts). */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return (
    <div
      className={`prose prose-gray max-w-none dark:prose-invert ${className}`}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
