/** Labelled form controls with their errors tied to them through aria-describedby. */
const controlClass =
  "mt-1 block w-full rounded border border-gray-300 bg-white px-3 py-2 text-gray-900 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-100";

type Common = { id: string; label: string; errors?: string[]; hint?: string };

function describedBy(id: string, errors?: string[], hint?: string): string | undefined {
  const ids = [errors?.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Messages({ id, errors, hint }: Omit<Common, "label">) {
  return (
    <>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-gray-600 dark:text-gray-400">
          {hint}
        </p>
      ) : null}
    </>
  );
}

export function Field({ id, label, errors, hint, name, ...input }: Common & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} name={name ?? id} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)} className={controlClass} {...input} />
      <Messages id={id} errors={errors} hint={hint} />
    </div>
  );
}

export function TextareaField({ id, label, errors, hint, name, ...input }: Common & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea id={id} name={name ?? id} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)} className={controlClass} {...input} />
      <Messages id={id} errors={errors} hint={hint} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  errors,
  hint,
  name,
  options,
  ...input
}: Common & { options: { value: string; label: string }[] } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name ?? id} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors, hint)} className={controlClass} {...input}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} errors={errors} hint={hint} />
    </div>
  );
}
