// The small router: commands by name, choices by payload kind (parsed first), then typed text and
// files through the features that take them, then the fallback.
import { AppError } from "../services/app-error.ts";
import { decodeChoice, type ChoiceKind, type TChoice } from "./choice-payload.ts";
import type { Input } from "./conversation-types.ts";
import { needsPrivateChat } from "./group-policy.ts";
import type { Turn } from "./turn.ts";

export type CommandHandler = (turn: Turn, args: string) => Promise<void>;
export type ChoiceHandlers = {
  [K in ChoiceKind]?: (turn: Turn, data: Extract<TChoice, { kind: K }>) => Promise<void>;
};
export type TextInput = Extract<Input, { kind: "text" }>;
export type FileInput = Extract<Input, { kind: "file" }>;

export interface Feature {
  commands?: Record<string, CommandHandler>;
  choices?: ChoiceHandlers;
  /** Typed text that is not a command; true when this feature took it. */
  text?: (turn: Turn, input: TextInput) => Promise<boolean>;
  /** A file; true when this feature took it. */
  file?: (turn: Turn, input: FileInput) => Promise<boolean>;
}

export function createRouter(features: Feature[]): (turn: Turn, input: Input) => Promise<void> {
  const commands = new Map<string, CommandHandler>();
  const choices: ChoiceHandlers = {};
  for (const f of features) {
    for (const [name, handler] of Object.entries(f.commands ?? {})) commands.set(name, handler);
    Object.assign(choices, f.choices ?? {});
  }
  const fallback = (turn: Turn) => {
    // Groups are left in peace; a private chat gets an explanation.
    if (turn.identity.chatKind === "private")
      turn.say(turn.t(turn.actor === null ? "start-unknown" : "fallback-member"));
  };

  return async (turn, input) => {
    if (turn.identity.chatKind === "group" && needsPrivateChat(input)) {
      const link = turn.deps.channels.privateChatLink(turn.identity.channel);
      turn.say(link ? turn.t("group-use-private-link", { link }) : turn.t("group-use-private"));
      return;
    }
    switch (input.kind) {
      case "command": {
        const handler = commands.get(input.name);
        return handler ? handler(turn, input.args.trim()) : fallback(turn);
      }
      case "choice": {
        const data = decodeChoice(input.payload);
        const handler = data === null ? undefined : choices[data.kind];
        if (data === null || handler === undefined) throw new AppError("bad-button");
        return (handler as (t: Turn, d: TChoice) => Promise<void>)(turn, data);
      }
      case "text":
        if (turn.identity.chatKind === "group") return;
        for (const f of features) if (f.text && (await f.text(turn, input))) return;
        return fallback(turn);
      case "file":
        if (turn.identity.chatKind === "group") return;
        for (const f of features) if (f.file && (await f.file(turn, input))) return;
        return fallback(turn);
      case "unsupported":
        // What the person sent cannot reach us: they are told what can.
        if (turn.identity.chatKind === "private") turn.say(turn.t(`unsupported-${input.what}`));
        return;
    }
  };
}
