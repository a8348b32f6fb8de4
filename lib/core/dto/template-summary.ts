import type { ComposeMessage } from "@/lib/message-types/compose.schema";

/** A saved compose template, as the compose page lists it (lib/messages/drafts.ts). */
export interface TemplateSummary {
  id: string;
  name: string;
  message: ComposeMessage;
  updatedAt: string;
}
