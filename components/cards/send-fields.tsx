"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister, UseFormWatch } from "react-hook-form";
import { Field, InputField, SelectField } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { CardFormValues } from "@/lib/cards/form.model";
import { useIssueText } from "./issue-text";

interface Props {
  register: UseFormRegister<CardFormValues>;
  watch: UseFormWatch<CardFormValues>;
  errors: FieldErrors<CardFormValues>;
  robotCodes: readonly string[];
}

/**
 * Summary, robot, audience and the send options of
 * https://open.dingtalk.com/document/development/send-dingtalk-interactive-cards-to-person-to-person-chat-sessions.
 */
export function SendFields({ register, watch, errors, robotCodes }: Props) {
  const t = useTranslations("cards.editor");
  const issue = useIssueText();
  const audienceType = watch("audienceType");
  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t("summary")}</legend>
        <p className="text-xs text-muted">{t("summaryHint")}</p>
        <div className="grid gap-2 sm:grid-cols-2">
          {(["zh_CN", "en_US"] as const).map((locale) => (
            <InputField
              key={locale}
              id={`summary-${locale.slice(0, 2)}`}
              label={locale}
              {...register(`lastMessageI18n.${locale}`)}
            />
          ))}
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="robotCode"
          label={t("robotCode")}
          error={issue(errors.robotCode?.message)}
          options={robotCodes}
          {...register("robotCode")}
        />
        <SelectField
          id="audienceType"
          label={t("audience")}
          options={[
            { value: "users", label: t("audienceUsers") },
            { value: "conversation", label: t("audienceConversation") },
          ]}
          {...register("audienceType")}
        />
      </div>
      {audienceType === "users" ? (
        <Field
          id="userIdsText"
          label={t("userIds")}
          hint={t("userIdsHint")}
          error={issue(errors.userIdsText?.message)}
          keepHint
        >
          {(control) => <Textarea {...control} rows={3} {...register("userIdsText")} />}
        </Field>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          {(["openConversationId", "coolAppCode"] as const).map((name) => (
            <InputField
              key={name}
              id={name}
              label={t(name)}
              error={issue(errors[name]?.message)}
              autoComplete="off"
              {...register(name)}
            />
          ))}
        </div>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <div className="flex items-center gap-2">
          <Label htmlFor="userIdType">{t("userIdType")}</Label>
          <Select id="userIdType" className="w-auto" {...register("userIdType")}>
            <option value="1">{t("userIdTypeUserId")}</option>
            <option value="2">{t("userIdTypeUnionId")}</option>
          </Select>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...register("pullStrategy")} />
          {t("pullStrategy")}
        </label>
      </div>
    </div>
  );
}
