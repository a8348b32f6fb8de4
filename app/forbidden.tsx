import Link from "next/link";
import { ShieldAlertIcon } from "@/components/shell/static-icons";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

// Rendered with status 403 when a page calls forbidden() (requireRole with too low a role).
export default async function Forbidden() {
  const t = await getTranslations("auth.forbidden");
  return (
    <main
      className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-4 px-6 text-center"
      data-testid="forbidden"
    >
      <ShieldAlertIcon className="size-10 text-warning" />
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-muted">{t("description")}</p>
      <Button asChild variant="secondary">
        <Link href="/">{t("back")}</Link>
      </Button>
    </main>
  );
}
