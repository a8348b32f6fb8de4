"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useForm } from "react-hook-form";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { updateCardAction } from "@/lib/actions/cards";
import type { UpdateCardInput } from "@/lib/cards/templates.schema";
import { lazyZodResolver } from "@/components/lazy-resolver";
import { SettingsFields } from "./settings-fields";

// The schema (and zod) loads on the form's first check, not with the page (docs/architecture.md).
const resolver = lazyZodResolver<UpdateCardInput>(() =>
  import("@/lib/cards/templates.schema").then((module) => module.updateCardSchema),
);

/** Edit a template's name, id, API and options (the layout itself comes only from an import). */
export function SettingsForm({ initial, disabled }: { initial: UpdateCardInput; disabled: boolean }) {
  const t = useTranslations("cards.settings");
  const router = useRouter();
  const { register, handleSubmit, formState } = useForm<UpdateCardInput>({
    resolver,
    defaultValues: initial,
  });
  const { executeAsync, isPending } = useAction(updateCardAction);
  const submit = handleSubmit(async (input) => {
    const result = await executeAsync(input);
    if (result?.data) {
      toast.success(t("saved"));
      router.refresh();
    } else toast.error(result?.serverError?.message ?? "");
  });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" data-testid="settings-form">
      <SettingsFields register={register} errors={formState.errors} disabled={disabled} />
      {disabled ? null : (
        <div>
          <Button type="submit" variant="secondary" disabled={isPending}>
            {t("save")}
          </Button>
        </div>
      )}
    </form>
  );
}
