"use client";

import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/select";
import { catalog, isMsgKey, msgKeys, type MsgKey } from "@/lib/message-types/catalog";
import type { MessageFamily } from "@/lib/message-types/types";
import { FieldShell } from "./field-shell";

/** Picker groups: what an admin looks for first, not DingTalk's internal families. */
const groupOf = {
  text: "text",
  markdown: "text",
  link: "cards",
  actionCard: "cards",
  image: "media",
  media: "media",
} as const satisfies Record<MessageFamily, string>;

/** Each group's msgKeys in catalog order. */
const groups = (["text", "cards", "media"] as const).map((key) => ({
  key,
  msgKeys: msgKeys.filter((msgKey) => groupOf[catalog[msgKey].family] === key),
}));

export function MessageTypePicker({ value, onChange }: { value: MsgKey; onChange: (msgKey: MsgKey) => void }) {
  const t = useTranslations();
  return (
    <FieldShell id="field-msgKey" label={t("compose.type.label")} help={t("compose.type.help")}>
      {(control) => (
        <Select
          {...control}
          value={value}
          onChange={(event) => {
            if (isMsgKey(event.target.value)) onChange(event.target.value);
          }}
          data-testid="msgkey-select"
          className="sm:max-w-sm"
        >
          {groups.map((group) => (
            <optgroup key={group.key} label={t(`compose.type.groups.${group.key}`)}>
              {group.msgKeys.map((msgKey) => (
                <option key={msgKey} value={msgKey}>
                  {t(catalog[msgKey].labelKey)}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      )}
    </FieldShell>
  );
}
