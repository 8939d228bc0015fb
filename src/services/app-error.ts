/**
 * A failure the user should hear about. `code` names the locale key `error-<code>`; the channel
 * maps it to a reply at its edge. Anything else is a bug: logged with a reference id.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "AppError";
  }
}
