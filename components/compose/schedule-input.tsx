"use client";

import { Clock } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFormState, useWatch } from "react-hook-form";
import { Input } from "@/components/ui/input";
import type { ComposeControl, ComposeRegister } from "./compose-form.schema";
import { FieldShell } from "./field-shell";
import { useBrowserZone } from "./use-browser-zone";

/** "Send now" or "Schedule" at a local time; the time zone is shown because the server gets an offset. */
export function ScheduleInput({ control, register }: { control: ComposeControl; register: ComposeRegister }) {
  const t = useTranslations("compose");
  const mode = useWatch({ control, name: "schedule.mode" });
  const { errors } = useFormState({ control, name: "schedule" });
  const zone = useBrowserZone();
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="sr-only">{t("sections.schedule")}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {(["now", "schedule"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              value={value}
              {...register("schedule.mode")}
              className="size-4 accent-primary"
              data-testid={`schedule-${value}`}
            />
            {value === "now" ? t("schedule.now") : t("schedule.later")}
          </label>
        ))}
      </div>
      {mode === "schedule" && (
        <FieldShell
          id="field-scheduledAt"
          label={t("schedule.at")}
          help={
            zone ? (
              <span className="inline-flex items-center gap-1">
                <Clock aria-hidden className="size-3.5" />
                {t("schedule.timeZone", { zone: zone.zone, offset: zone.offset })}
              </span>
            ) : undefined
          }
          error={errors.schedule?.at}
          required
        >
          {(props) => <Input {...props} {...register("schedule.at")} type="datetime-local" className="max-w-64" />}
        </FieldShell>
      )}
    </fieldset>
  );
}
