"use client";

import { FileStack, Gauge, type LucideIcon, MessagesSquare, PenSquare, Settings } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

const items: { href: string; key: "overview" | "compose" | "cards" | "messages" | "settings"; icon: LucideIcon }[] = [
  { href: "/", key: "overview", icon: Gauge },
  { href: "/compose", key: "compose", icon: PenSquare },
  { href: "/cards", key: "cards", icon: FileStack },
  { href: "/messages", key: "messages", icon: MessagesSquare },
  { href: "/settings", key: "settings", icon: Settings },
];

export function Nav() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="flex flex-col gap-1">
      {items.map(({ href, key, icon: Icon }) => {
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
            {t(key)}
          </Link>
        );
      })}
    </nav>
  );
}
