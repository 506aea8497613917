/** A labelled multi-line input. */
export function TextArea({ id, label, hint, ...props }: { id: string; label: string; hint?: string } & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-xs text-gray-500">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        aria-describedby={hintId}
        className="mt-1 block w-full rounded border border-gray-300 bg-white px-3 py-2 font-mono text-sm text-gray-900 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100"
        {...props}
      />
    </div>
  );
}
