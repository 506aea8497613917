/**
 * The search form above a dashboard list (issues, papers, candidates, authors): a visible label, a search
 * box that keeps the current query, optional filters, one button. A plain GET form: it works before any
 * script has loaded, and the result is a URL that can be shared or bookmarked.
 */

/** For a filter (a select) placed next to the search box. */
export const listSearchFieldClass =
  "mt-1 rounded border border-gray-300 bg-white px-3 py-2 text-sm text-gray-900 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100";

export function ListSearch({
  action,
  id,
  label,
  placeholder,
  value,
  children,
}: {
  /** The list's own path. */
  action: string;
  /** The search box's id (unique on the page). */
  id: string;
  label: string;
  placeholder?: string;
  /** The query being shown. */
  value?: string;
  /** Filters, each with its own label. */
  children?: React.ReactNode;
}) {
  return (
    <form role="search" action={action} className="mt-6 flex flex-wrap items-end gap-2">
      <div className="min-w-48 grow">
        <label htmlFor={id} className="block text-sm font-medium">
          {label}
        </label>
        <input id={id} name="q" type="search" defaultValue={value} maxLength={100} placeholder={placeholder} className={`${listSearchFieldClass} w-full`} />
      </div>
      {children}
      <button
        type="submit"
        className="rounded border border-gray-300 px-3 py-2 text-sm hover:bg-gray-50 focus-visible:outline-2 dark:border-gray-700 dark:hover:bg-gray-900"
      >
        Search
      </button>
    </form>
  );
}
