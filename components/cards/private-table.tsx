"use client";

import { Trash2, UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormWatch,
} from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { CardFormValues } from "@/lib/cards/form.model";
import type { CardVariable } from "@/lib/cards/card-export.model";
import { useIssueText } from "./issue-text";
import { VariableField } from "./variable-field";

interface Props {
  variables: readonly CardVariable[];
  control: Control<CardFormValues>;
  register: UseFormRegister<CardFormValues>;
  watch: UseFormWatch<CardFormValues>;
  errors: FieldErrors<CardFormValues>;
  initial: Record<string, string>;
  disabled?: boolean;
}

/** Private variables: a defaults row for everyone, then one row per user with their own values. */
export function PrivateTable({ variables, control, register, watch, errors, initial, disabled }: Props) {
  const t = useTranslations("cards.editor");
  const issue = useIssueText();
  const { fields, append, remove } = useFieldArray({ control, name: "privateRows" });
  return (
    <div className="flex flex-col gap-3" data-testid="private-table">
      <p className="text-sm text-muted">{t("privateIntro")}</p>
      <fieldset className="rounded-md border border-border p-3">
        <legend className="px-1 text-sm font-medium">{t("everyoneElse")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {variables.map((variable) => (
            <VariableField
              key={variable.name}
              id={`private-default-${variable.name}`}
              variable={variable}
              registration={register(`privateDefaults.${variable.name}`)}
              value={watch(`privateDefaults.${variable.name}`) ?? ""}
              error={issue(errors.privateDefaults?.[variable.name]?.message)}
              disabled={disabled}
            />
          ))}
        </div>
      </fieldset>
      {fields.map((field, index) => (
        <fieldset key={field.id} className="rounded-md border border-border p-3" data-testid={`private-row-${index}`}>
          <legend className="px-1 text-sm font-medium">
            {t("userId")} {index + 1}
          </legend>
          <div className="mb-3 flex items-end gap-2">
            <div className="flex flex-1 flex-col gap-1">
              <label htmlFor={`private-${index}-userId`} className="text-sm font-medium">
                {t("userId")}
              </label>
              <Input
                id={`private-${index}-userId`}
                autoComplete="off"
                disabled={disabled}
                aria-invalid={errors.privateRows?.[index]?.userId ? true : undefined}
                {...register(`privateRows.${index}.userId`)}
              />
              {errors.privateRows?.[index]?.userId ? (
                <p className="text-xs text-danger">{issue(errors.privateRows[index]?.userId?.message)}</p>
              ) : null}
            </div>
            <Button type="button" variant="ghost" size="sm" onClick={() => remove(index)} disabled={disabled}>
              <Trash2 aria-hidden="true" />
              {t("removeRow")}
            </Button>
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            {variables.map((variable) => (
              <VariableField
                key={variable.name}
                id={`private-${index}-${variable.name}`}
                variable={variable}
                registration={register(`privateRows.${index}.values.${variable.name}`)}
                value={watch(`privateRows.${index}.values.${variable.name}`) ?? ""}
                error={issue(errors.privateRows?.[index]?.values?.[variable.name]?.message)}
                disabled={disabled}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          data-testid="add-private-row"
          onClick={() => append({ userId: "", values: { ...initial } })}
          disabled={disabled}
        >
          <UserPlus aria-hidden="true" />
          {t("addRow")}
        </Button>
      </div>
    </div>
  );
}
