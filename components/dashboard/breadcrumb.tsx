import Link from "next/link";

/** The trail above a dashboard page's heading: each step a link, separated by "/". */
export function Breadcrumb({ trail }: { trail: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      {trail.map((step, i) => (
        <span key={step.href}>
          {i > 0 && " / "}
          <Link href={step.href} className="underline">
            {step.label}
          </Link>
        </span>
      ))}
    </nav>
  );
}
