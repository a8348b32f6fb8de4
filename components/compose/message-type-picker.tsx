"use client";

import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/select";
import { catalog, isMsgKey, type MsgKey } from "@/lib/messages/catalog";
import { FieldShell } from "./field-shell";

/** Picker groups: what an admin looks for first, not DingTalk's internal families. */
const groups: readonly { key: "text" | "cards" | "media"; msgKeys: readonly MsgKey[] }[] = [
  { key: "text", msgKeys: ["sampleText", "sampleMarkdown"] },
  {
    key: "cards",
    msgKeys: ["sampleLink", "sampleActionCard", "sampleActionCard2", "sampleActionCard3", "sampleActionCard4", "sampleActionCard5", "sampleActionCard6"],
  },
  { key: "media", msgKeys: ["sampleImageMsg", "sampleAudio", "sampleFile", "sampleVideo"] },
];

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
