// One turn of the conversation: who is acting, in which language, and what to show them.
import type { MemberRole } from "../domain/access/roles.ts";
import { translator, type Locale, type Translate, type TranslateArgs } from "../i18n/translator.ts";
import { AppError } from "../services/app-error.ts";
import type { ReportingPerson } from "../services/reporting/guided-step.ts";
import type { ActorProfile } from "../services/people/resolve-actor.ts";
import { encodeChoice, type TChoice } from "./choice-payload.ts";
import type { ConversationDeps } from "./conversation-deps.ts";
import type { Choice, ChoiceRows, Identity, Output } from "./conversation-types.ts";

export class Turn {
  readonly outputs: Output[] = [];
  menuRole: MemberRole | undefined;
  private translate: Translate;

  constructor(
    readonly deps: ConversationDeps,
    readonly identity: Identity,
    readonly actor: ActorProfile | null,
    private currentLocale: Locale,
  ) {
    this.translate = translator(currentLocale);
  }

  get locale(): Locale {
    return this.currentLocale;
  }

  /** Switches the language of everything said from here on. */
  useLocale(locale: Locale): void {
    this.currentLocale = locale;
    this.translate = translator(locale);
  }

  t = (key: string, args?: TranslateArgs): string => this.translate(key, args);

  /** The registered caller, or a polite refusal. */
  requireActor(): ActorProfile {
    if (this.actor === null) throw new AppError("not-registered");
    return this.actor;
  }

  /** The person behind this turn (guided reports are kept per person). */
  get person(): ReportingPerson {
    return { channel: this.identity.channel, externalId: this.identity.externalId };
  }

  choice(label: string, data: TChoice): Choice {
    return { label, payload: encodeChoice(data) };
  }

  /** `typed`: the question asks for a typed answer (its choices are picked by label, not number). */
  say(text: string, choices?: ChoiceRows, options: { typed?: boolean } = {}): void {
    this.outputs.push(
      choices && choices.length > 0
        ? { kind: "message", text, choices, ...(options.typed ? { typed: true } : {}) }
        : { kind: "message", text },
    );
  }

  /** Replaces the message a choice came from (`choices: null` closes its choices). */
  edit(change: { text?: string; choices?: ChoiceRows | null }): void {
    this.outputs.push({ kind: "edit-origin", ...change });
  }

  notice(text: string): void {
    this.outputs.push({ kind: "notice", text });
  }

  file(file: Extract<Output, { kind: "file" }>): void {
    this.outputs.push(file);
  }
}
