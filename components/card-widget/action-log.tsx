"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionNote, PromptReply, TapResult } from "@/lib/cards/widget/actions.model";
import { toStr } from "@/lib/cards/widget/values.model";
import { Button } from "@/components/ui/button";

function Payload({ value }: { value: unknown }) {
  let text = toStr(value);
  try {
    text = JSON.stringify(value, null, 2) ?? text;
  } catch {
    // A value JSON cannot hold (a cycle): its plain text stays.
  }
  return (
    // Scrollable, so reachable by keyboard (tabIndex), as axe's scrollable-region-focusable asks.
    <pre
      tabIndex={0}
      data-testid="widget-payload"
      className="mt-1 max-h-40 overflow-auto rounded bg-background p-2 font-mono text-xs whitespace-pre-wrap"
    >
      {text}
    </pre>
  );
}

type Answer = (reply: PromptReply) => void;

/** The card's prompt (device.notification.prompt), answerable here: the chain goes on with the answer. */
function Prompt({ note, onAnswer }: { note: Extract<ActionNote, { kind: "prompt" }>; onAnswer: Answer }) {
  const t = useTranslations("cards.widget");
  const [value, setValue] = useState(note.defaultText);
  const buttons = note.buttons.length > 0 ? note.buttons : [t("promptOk")];
  return (
    <div className="mt-1 flex flex-col gap-2 rounded-md border border-border p-2" data-testid="widget-prompt">
      <span>{t("notePrompt", { title: note.title })}</span>
      {note.message ? <span className="text-xs text-muted">{note.message}</span> : null}
      <input
        aria-label={note.title || t("input")}
        className="rounded-md border border-border bg-surface px-2 py-1 text-sm"
        value={value}
        data-testid="widget-prompt-input"
        onChange={(event) => setValue(event.target.value)}
      />
      <div className="flex gap-2">
        {buttons.map((label, buttonIndex) => (
          <Button
            key={buttonIndex}
            type="button"
            size="sm"
            variant={buttonIndex === 0 ? "primary" : "secondary"}
            onClick={() => onAnswer({ handler: note.handler, step: note.step, value, buttonIndex })}
          >
            {label}
          </Button>
        ))}
      </div>
    </div>
  );
}

function Note({ note, onAnswer }: { note: ActionNote; onAnswer: Answer }) {
  const t = useTranslations("cards.widget");
  switch (note.kind) {
    case "local":
      return <>{t("noteLocal", { keys: note.keys.join(", ") })}</>;
    case "send":
      return (
        <>
          {t("noteSend")}
          <Payload value={note.payload} />
        </>
      );
    case "open":
      return <>{note.url ? t("noteOpen", { url: note.url }) : t("noteOpenNone")}</>;
    case "confirm":
      return (
        <>
          {t("noteConfirm", { title: note.title, message: note.message })}
          <Notes notes={note.then} onAnswer={onAnswer} />
        </>
      );
    case "toast":
      return <>{t("noteToast", { text: note.text })}</>;
    case "image":
      return <>{t("noteImage", { url: note.url })}</>;
    case "copy":
      return <>{t("noteCopy", { text: note.text.slice(0, 200) })}</>;
    case "stat":
      return <>{t("noteStat")}</>;
    case "handler":
      return <>{t("noteHandler", { id: note.id })}</>;
    case "then":
      return (
        <>
          {t("noteThen")}
          <Notes notes={note.notes} onAnswer={onAnswer} />
        </>
      );
    case "either":
      return (
        <>
          {t("noteEither")}
          <Notes notes={note.first} onAnswer={onAnswer} />
          {t("noteOr")}
          <Notes notes={note.second} onAnswer={onAnswer} />
        </>
      );
    case "prompt":
      return <Prompt note={note} onAnswer={onAnswer} />;
    case "other":
      return (
        <>
          {t("noteOther", { name: note.name })}
          <Payload value={note.payload} />
        </>
      );
  }
}

function Notes({ notes, onAnswer }: { notes: readonly ActionNote[]; onAnswer: Answer }) {
  return (
    <ul className="ml-4 list-disc">
      {notes.map((note, index) => (
        <li key={index} data-kind={note.kind}>
          <Note note={note} onAnswer={onAnswer} />
        </li>
      ))}
    </ul>
  );
}

/** What the last tap did or would do, under the card. */
export function ActionLog({ tap, onReset, onAnswer }: { tap: TapResult | null; onReset(): void; onAnswer: Answer }) {
  const t = useTranslations("cards.widget");
  return (
    <div className="w-full max-w-[520px] text-sm" data-testid="widget-action-log" aria-live="polite">
      <div className="flex items-center gap-2">
        <span className="mr-auto font-medium">{t("log")}</span>
        {tap ? (
          <Button type="button" variant="ghost" size="sm" onClick={onReset}>
            {t("reset")}
          </Button>
        ) : null}
      </div>
      {tap ? (
        <>
          <Notes notes={tap.notes} onAnswer={onAnswer} />
          {tap.after.length > 0 ? (
            <>
              <p className="mt-1">{t("noteAfter")}</p>
              <Notes notes={tap.after} onAnswer={onAnswer} />
            </>
          ) : null}
        </>
      ) : (
        <p className="text-xs text-muted">{t("logHint")}</p>
      )}
    </div>
  );
}
