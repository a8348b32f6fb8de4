"use client";

import {
  Braces,
  FileStack,
  Gauge,
  type LucideIcon,
  MessagesSquare,
  PenSquare,
  ScrollText,
  Settings,
  Users,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { hasRole, type Role } from "@/lib/core/roles";
import { cn } from "@/components/ui/cn";

type BaseKey = "overview" | "compose" | "cards" | "messages" | "settings";
type AccountKey = "users" | "audit";
type ApiKey = "apiDocs";

// Links a role cannot use are hidden; the pages themselves refuse them on the server regardless.
const items: { href: string; key: BaseKey | AccountKey | ApiKey; icon: LucideIcon; minRole: Role }[] = [
  { href: "/", key: "overview", icon: Gauge, minRole: "viewer" },
  { href: "/compose", key: "compose", icon: PenSquare, minRole: "sender" },
  { href: "/cards", key: "cards", icon: FileStack, minRole: "viewer" },
  { href: "/messages", key: "messages", icon: MessagesSquare, minRole: "viewer" },
  { href: "/audit", key: "audit", icon: ScrollText, minRole: "sender" },
  { href: "/users", key: "users", icon: Users, minRole: "admin" },
  { href: "/settings", key: "settings", icon: Settings, minRole: "viewer" },
  { href: "/api-docs", key: "apiDocs", icon: Braces, minRole: "viewer" },
];

function isAccountKey(key: BaseKey | AccountKey | ApiKey): key is AccountKey {
  return key === "users" || key === "audit";
}

export function Nav({ role }: { role: Role }) {
  const t = useTranslations("nav");
  const tAccount = useTranslations("auth.nav");
  const tApi = useTranslations("apiDocs");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="flex flex-col gap-1">
      {items
        .filter((item) => hasRole(role, item.minRole))
        .map(({ href, key, icon: Icon }) => {
          const active = href === "/" ? pathname === "/" : pathname.startsWith(href);
          return (
            <Link
              key={href}
              href={href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-muted hover:bg-background hover:text-foreground",
                active && "bg-primary/10 text-primary hover:bg-primary/10 hover:text-primary",
              )}
            >
              <Icon aria-hidden className="size-4" />
              {key === "apiDocs" ? tApi("nav") : isAccountKey(key) ? tAccount(key) : t(key)}
            </Link>
          );
        })}
    </nav>
  );
}
