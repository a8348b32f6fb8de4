import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { MessageDetail } from "@/lib/core/dto/message";
import messages from "@/i18n/messages/en.json";
import { MessageActions } from "./message-actions";

const detail = (kind: MessageDetail["kind"]): MessageDetail => ({
  id: "m1",
  kind,
  msgKey: kind === "card" ? "card" : "sampleText",
  msgParam: {},
  title: "Notice",
  status: "sent",
  robotCode: "r",
  audienceType: "users",
  openConversationId: null,
  coolAppCode: null,
  recipientCount: 2,
  createdBy: null,
  createdAt: "2026-12-01T00:00:00.000Z",
  scheduledAt: null,
  startedAt: null,
  finishedAt: null,
  recalledAt: null,
  remindOf: null,
  counts: { pending: 0, sent: 2, invalid: 0, throttled: 0, failed: 0, unknown: 0, total: 2 },
  chunks: { pending: 0, in_flight: 0, sent: 1, failed: 0, unknown: 0, cancelled: 0 },
  final: true,
  reads: {
    readers: 0,
    delivered: 2,
    rate: 0,
    tracking: "active",
    endedReason: null,
    sendStatus: null,
    lastPolledAt: null,
    nextPollAt: null,
  },
});

const render = (kind: MessageDetail["kind"]) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={messages} timeZone="Asia/Shanghai">
      <MessageActions detail={detail(kind)} onChanged={() => undefined} />
    </NextIntlClientProvider>,
  );

describe("MessageActions", () => {
  it("offers recall for a sent bot message", () => {
    const html = render("robot");
    expect(html).toContain('data-testid="recall-button"');
    expect(html).not.toContain("card-recall-note");
  });

  it("does not offer recall for a card, and says why", () => {
    const html = render("card");
    expect(html).not.toContain('data-testid="recall-button"');
    expect(html).toContain("Cards cannot be recalled");
  });
});
