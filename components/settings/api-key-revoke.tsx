"use client";

import { Ban } from "lucide-react";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { revokeApiKeyAction } from "@/lib/actions/api-keys";

export function ApiKeyRevokeButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("apiKeys");
  const { execute, isPending } = useAction(revokeApiKeyAction, {
    onSuccess: () => toast.success(t("revoked")),
    onError: ({ error }) => toast.error(error.serverError?.message ?? t("revoke")),
  });
  return (
    <Button
      type="button"
      variant="ghost"
      disabled={isPending}
      data-testid="api-key-revoke"
      onClick={() => {
        // A revoked key stops every script using it at once: worth one confirmation.
        if (window.confirm(t("revokeConfirm", { name }))) execute({ id });
      }}
    >
      <Ban aria-hidden />
      {t("revoke")}
    </Button>
  );
}
