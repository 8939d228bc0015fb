import { GrammyError } from "grammy";

/** Telegram's answer to an edit that changes nothing: the message already shows it, so a success. */
export const isNotModified = (e: unknown): boolean =>
  e instanceof GrammyError && e.error_code === 400 && e.description.includes("message is not modified");

/** The message to edit is gone or too old to edit: show the new content as a new message instead. */
export const isNotEditable = (e: unknown): boolean =>
  e instanceof GrammyError &&
  e.error_code === 400 &&
  /message to edit not found|message can't be edited/.test(e.description);
