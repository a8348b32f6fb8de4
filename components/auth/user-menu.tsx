"use client";

import { LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { signOutAction } from "@/lib/actions/auth";
import type { Role } from "@/lib/core/roles";

export function UserMenu({ email, role }: { email: string; role: Role }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  // The action redirects to /login; if the session had already ended, go there anyway. It is called
  // directly (not through next-safe-action's hooks), which keeps the hooks out of every page's first load.
  const signOut = () =>
    startTransition(async () => {
      const result = await signOutAction();
      if (result?.serverError || result?.validationErrors) router.replace("/login");
    });
  return (
    <div className="flex items-center gap-3" data-testid="user-menu">
      <span className="hidden text-sm text-muted sm:inline" data-testid="user-email">
        {email}
      </span>
      <Badge data-testid="user-role">{t(`roles.${role}`)}</Badge>
      <Button type="button" variant="ghost" size="sm" onClick={signOut} disabled={isPending} data-testid="sign-out">
        <LogOut aria-hidden />
        {isPending ? t("userMenu.signingOut") : t("userMenu.signOut")}
      </Button>
    </div>
  );
}
