"use client";

import { useTranslations } from "next-intl";
import { useFormState } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Select, SelectOptions } from "@/components/ui/select";
import { Tabs } from "@/components/ui/tabs";
import { AudienceUsers } from "./audience-users";
import type { AudienceType, ComposeControl, ComposeRegister } from "./compose-form.schema";
import { FieldShell } from "./field-shell";
import type { AudienceController } from "./use-audience";

interface AudienceInputProps {
  control: ComposeControl;
  register: ComposeRegister;
  audienceType: AudienceType;
  onAudienceTypeChange: (type: AudienceType) => void;
  audience: AudienceController;
  /** Translated problem with the userId list, shown once the admin tried to review. */
  usersError: string | null;
  robotCodes: readonly string[];
}

/** Who receives the message (users or a coolapp chat) and which robot sends it. */
export function AudienceInput({
  control,
  register,
  audienceType,
  onAudienceTypeChange,
  audience,
  usersError,
  robotCodes,
}: AudienceInputProps) {
  const t = useTranslations("compose");
  const { errors } = useFormState({ control, name: ["audience", "robotCode"] });
  return (
    <div className="flex flex-col gap-6">
      <Tabs
        label={t("audience.tabsLabel")}
        value={audienceType}
        onValueChange={onAudienceTypeChange}
        items={[
          {
            value: "users",
            label: t("audience.users"),
            panel: <AudienceUsers audience={audience} errorText={usersError} />,
          },
          {
            value: "conversation",
            label: t("audience.conversation"),
            panel: (
              <div className="flex flex-col gap-4">
                <p className="text-sm text-muted">{t("audience.conversationHelp")}</p>
                {(["openConversationId", "coolAppCode"] as const).map((name) => (
                  <FieldShell
                    key={name}
                    id={`field-${name}`}
                    label={t(`audience.${name}`)}
                    help={t(`audience.${name}Help`)}
                    error={errors.audience?.[name]}
                    required
                  >
                    {(props) => (
                      <Input
                        {...props}
                        {...register(`audience.${name}`)}
                        autoComplete="off"
                        spellCheck={false}
                        placeholder={name === "openConversationId" ? "cid…" : undefined}
                        className="font-mono text-[13px]"
                      />
                    )}
                  </FieldShell>
                ))}
              </div>
            ),
          },
        ]}
      />
      <FieldShell
        id="field-robotCode"
        label={t("robot.label")}
        help={robotCodes.length === 0 ? t("robot.none") : t("robot.help")}
        error={errors.robotCode}
        required
      >
        {(props) => (
          <Select
            {...props}
            {...register("robotCode")}
            disabled={robotCodes.length === 0}
            className="font-mono text-[13px] sm:max-w-sm"
          >
            <SelectOptions emptyLabel={robotCodes.length !== 1 ? t("robot.choose") : undefined} options={robotCodes} />
          </Select>
        )}
      </FieldShell>
    </div>
  );
}
