import { FlaskConical } from "lucide-react";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Nav } from "@/components/shell/nav";
import { ConsoleToaster } from "@/components/console-toaster";
import { Badge } from "@/components/ui/badge";
import { requireSession } from "@/lib/runtime/session";
import { getRuntime } from "@/lib/runtime/runtime";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  // Every page checks again itself: a layout is not re-rendered on client navigation.
  const session = await requireSession();
  const [{ connection }, t] = await Promise.all([getRuntime(), getTranslations("shell")]);
  const sandbox = connection.mode === "sandbox";
  return (
    <NextIntlClientProvider>
      <div className="flex min-h-screen flex-col">
        {sandbox && (
          <div
            role="note"
            data-testid="sandbox-banner"
            className="flex items-center justify-center gap-2 bg-sandbox-bg px-4 py-1.5 text-xs text-sandbox"
          >
            <FlaskConical aria-hidden className="size-3.5" />
            {t("sandboxHint")}
          </div>
        )}
        <div className="flex flex-1">
          <aside className="hidden w-56 shrink-0 flex-col gap-6 border-r border-border bg-surface px-3 py-5 md:flex">
            <div className="px-3 text-lg font-semibold tracking-tight">Dingcast</div>
            <Nav role={session.user.role} />
          </aside>
          <div className="flex min-w-0 flex-1 flex-col">
            <header className="flex min-h-14 flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-border bg-surface px-4 py-2 md:px-6">
              <div className="flex items-center gap-3 md:hidden">
                <span className="font-semibold">Dingcast</span>
              </div>
              <div className="hidden md:block" />
              <div className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-2">
                <Badge tone={sandbox ? "sandbox" : "success"} data-testid="mode-badge">
                  {sandbox ? t("sandboxBadge") : t("liveBadge")}
                </Badge>
                <LanguageSwitch />
                <UserMenu email={session.user.email} role={session.user.role} />
              </div>
            </header>
            <div className="border-b border-border bg-surface px-3 py-2 md:hidden">
              <Nav role={session.user.role} />
            </div>
            <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 md:px-6 md:py-8">{children}</main>
            <ConsoleToaster />
          </div>
        </div>
      </div>
    </NextIntlClientProvider>
  );
}
