import type { ReactNode } from "react";

/**
 * A few lucide icons (https://lucide.dev, ISC licence) drawn as plain SVG for the pages every visitor
 * loads first. lucide-react's icons are client components (they read a React context), so using one
 * in the sign-in page or the 403 boundary would add lucide's runtime to every first load.
 */
function StaticIcon({ className, children }: { className: string; children: ReactNode }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
    >
      {children}
    </svg>
  );
}

export function ShieldAlertIcon({ className }: { className: string }) {
  return (
    <StaticIcon className={className}>
      <path d="M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z" />
      <path d="M12 8v4" />
      <path d="M12 16h.01" />
    </StaticIcon>
  );
}

export function LanguagesIcon({ className }: { className: string }) {
  return (
    <StaticIcon className={className}>
      <path d="m5 8 6 6" />
      <path d="m4 14 6-6 2-3" />
      <path d="M2 5h12" />
      <path d="M7 2h1" />
      <path d="m22 22-5-10-5 10" />
      <path d="M14 18h6" />
    </StaticIcon>
  );
}

export function LogInIcon({ className }: { className: string }) {
  return (
    <StaticIcon className={className}>
      <path d="m10 17 5-5-5-5" />
      <path d="M15 12H3" />
      <path d="M15 3h4a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-4" />
    </StaticIcon>
  );
}

export function ShieldCheckIcon({ className }: { className: string }) {
  return (
    <StaticIcon className={className}>
      <path d="M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z" />
      <path d="m9 12 2 2 4-4" />
    </StaticIcon>
  );
}
