"use client";

import { useTranslations } from "next-intl";
import { memo, type ComponentProps } from "react";
import { useFormState, useWatch } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Select, SelectOptions } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { catalog, type MsgKey } from "@/lib/message-types/catalog";
import type { FieldKind, FieldMeta } from "@/lib/message-types/types";
import { cn } from "@/components/ui/cn";
import type { ComposeControl, ComposeRegister } from "./compose-form.schema";
import { FieldShell, type ControlProps } from "./field-shell";

type ParamPath = `message.msgParam.${string}`;

interface MessageFieldsProps {
  control: ComposeControl;
  register: ComposeRegister;
  msgKey: MsgKey;
}

/**
 * The msgKey's fields, straight from the catalog. Memoised: it renders again when the type or an
 * error changes, never because the recipient list did.
 */
export const MessageFields = memo(function MessageFields({ control, register, msgKey }: MessageFieldsProps) {
  const t = useTranslations();
  const { errors } = useFormState({ control, name: "message" });
  const paramErrors = errors.message?.msgParam;
  return (
    <div className="flex flex-col gap-5">
      {catalog[msgKey].fields.map((field) => {
        const path: ParamPath = `message.msgParam.${field.name}`;
        const id = `field-${field.name}`;
        return (
          <FieldShell
            key={`${msgKey}-${field.name}`}
            id={id}
            label={t(field.labelKey, field.labelValues)}
            help={field.helpKey ? t(field.helpKey) : undefined}
            error={paramErrors?.[field.name]}
            required={field.required}
            aside={
              field.maxLength && field.kind !== "number" ? (
                <CharCount control={control} name={path} max={field.maxLength} id={`${id}-counter`} />
              ) : undefined
            }
          >
            {(controlProps) => (
              <FieldControl
                field={field}
                controlProps={controlProps}
                register={register}
                path={path}
                placeholder={field.placeholderKey ? t(field.placeholderKey) : undefined}
              />
            )}
          </FieldShell>
        );
      })}
    </div>
  );
});

/**
 * What each single-line kind adds to its input. Numbers are strings of digits (msgParam values are
 * strings): inputMode brings up the number pad on phones.
 */
const inputProps: Record<Exclude<FieldKind, "textarea" | "markdown" | "select">, ComponentProps<"input">> = {
  number: { inputMode: "numeric", autoComplete: "off", className: "max-w-48 tabular-nums" },
  url: { inputMode: "url", autoComplete: "off", spellCheck: false },
  mediaId: { autoComplete: "off", spellCheck: false, className: "font-mono text-[13px]" },
  text: {},
};

interface FieldControlProps {
  field: FieldMeta;
  controlProps: ControlProps;
  register: ComposeRegister;
  path: ParamPath;
  placeholder?: string;
}

function FieldControl({ field, controlProps, register, path, placeholder }: FieldControlProps) {
  const t = useTranslations("compose.field");
  const registered = register(path);
  switch (field.kind) {
    case "textarea":
    case "markdown":
      return (
        <Textarea
          {...controlProps}
          {...registered}
          placeholder={placeholder}
          rows={field.kind === "markdown" ? 8 : 5}
          className={cn(field.kind === "markdown" && "font-mono text-[13px]")}
        />
      );
    case "select":
      return (
        <Select {...controlProps} {...registered}>
          <SelectOptions emptyLabel={t("choose")} options={field.options ?? []} />
        </Select>
      );
    default:
      return <Input {...controlProps} {...registered} {...inputProps[field.kind]} placeholder={placeholder} />;
  }
}

/** Watches only its own field, so typing re-renders the counter and not the whole form. */
function CharCount({ control, name, max, id }: { control: ComposeControl; name: ParamPath; max: number; id: string }) {
  const t = useTranslations("compose.field");
  const value = useWatch({ control, name });
  const count = typeof value === "string" ? value.length : 0;
  return (
    <span id={id} className={cn("text-xs tabular-nums", count > max ? "font-medium text-danger" : "text-muted")}>
      <span aria-hidden>{t("counter", { count, max })}</span>
      <span className="sr-only">{t("counterLabel", { count, max })}</span>
    </span>
  );
}
