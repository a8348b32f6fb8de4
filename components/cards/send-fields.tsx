"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister, UseFormWatch } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { CardFormValues } from "@/lib/cards/form.schema";
import { useIssueText } from "./issue-text";

interface Props {
  register: UseFormRegister<CardFormValues>;
  watch: UseFormWatch<CardFormValues>;
  errors: FieldErrors<CardFormValues>;
  robotCodes: readonly string[];
}

function Error({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} role="alert" className="text-xs text-danger">
      {message}
    </p>
  ) : null;
}

/** Summary, robot, audience and the seed's send options. */
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
          <div className="flex flex-col gap-1">
            <Label htmlFor="summary-zh">zh_CN</Label>
            <Input id="summary-zh" {...register("lastMessageI18n.zh_CN")} />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="summary-en">en_US</Label>
            <Input id="summary-en" {...register("lastMessageI18n.en_US")} />
          </div>
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="robotCode">{t("robotCode")}</Label>
          <Select id="robotCode" {...register("robotCode")}>
            {robotCodes.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </Select>
          <Error id="robotCode-error" message={issue(errors.robotCode?.message)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="audienceType">{t("audience")}</Label>
          <Select id="audienceType" {...register("audienceType")}>
            <option value="users">{t("audienceUsers")}</option>
            <option value="conversation">{t("audienceConversation")}</option>
          </Select>
        </div>
      </div>
      {audienceType === "users" ? (
        <div className="flex flex-col gap-1">
          <Label htmlFor="userIdsText">{t("userIds")}</Label>
          <Textarea id="userIdsText" rows={3} aria-describedby="userIdsText-hint" aria-invalid={errors.userIdsText ? true : undefined} {...register("userIdsText")} />
          <p id="userIdsText-hint" className="text-xs text-muted">
            {t("userIdsHint")}
          </p>
          <Error id="userIdsText-error" message={issue(errors.userIdsText?.message)} />
        </div>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <Label htmlFor="openConversationId">{t("openConversationId")}</Label>
            <Input id="openConversationId" autoComplete="off" aria-invalid={errors.openConversationId ? true : undefined} {...register("openConversationId")} />
            <Error id="openConversationId-error" message={issue(errors.openConversationId?.message)} />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="coolAppCode">{t("coolAppCode")}</Label>
            <Input id="coolAppCode" autoComplete="off" aria-invalid={errors.coolAppCode ? true : undefined} {...register("coolAppCode")} />
            <Error id="coolAppCode-error" message={issue(errors.coolAppCode?.message)} />
          </div>
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
