import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";

// Sign-in and first-run setup: outside the console, so no session is required here.
export const dynamic = "force-dynamic";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex h-14 items-center justify-between px-6">
        <span className="text-lg font-semibold tracking-tight">Dingcast</span>
        <LanguageSwitch />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-12 pb-16">
        <div className="w-full max-w-sm">{children}</div>
      </main>
    </div>
  );
}
