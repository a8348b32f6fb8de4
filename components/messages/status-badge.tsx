import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { MessageStatus } from "@/lib/core/message-states";

const tones: Record<MessageStatus, "neutral" | "success" | "warning" | "danger"> = {
  scheduled: "neutral",
  queued: "neutral",
  sending: "warning",
  sent: "success",
  partially_failed: "warning",
  failed: "danger",
  recalled: "neutral",
  cancelled: "neutral",
};

export function StatusBadge({ status }: { status: MessageStatus }) {
  const t = useTranslations("messageStatus");
  return (
    <Badge tone={tones[status]} data-testid="message-status" data-status={status}>
      {t(status)}
    </Badge>
  );
}
