// A thin client of the Zalo Bot API: every call is a POST of JSON to `<root>/bot<TOKEN>/<method>`,
// answered `{ ok, result?, error_code?, description? }`. Timeouts on every call; 429, 5xx and
// network errors are retried with backoff a bounded number of times. The token is in the URL
// only: errors and logs name the method, never the URL.
import { setTimeout as sleep } from "node:timers/promises";

export class ZaloApiError extends Error {
  constructor(
    readonly method: string,
    /** Zalo's error_code, or the HTTP status when the body says nothing. */
    readonly errorCode: number,
    readonly description: string,
  ) {
    super(`Zalo ${method} failed (${errorCode}): ${description}`);
    this.name = "ZaloApiError";
  }
}

/** The connection failed or timed out: nothing is known of the call. */
export class ZaloNetworkError extends Error {
  constructor(
    readonly method: string,
    readonly reason: string,
  ) {
    super(`Zalo ${method}: ${reason}`);
    this.name = "ZaloNetworkError";
  }
}

export interface ZaloApiOptions {
  token: string;
  apiRoot: string;
  /** Per call, ms (a long poll adds its own timeout). */
  timeoutMs?: number;
  /** Retries after the first attempt. */
  retries?: number;
  /** First pause before a retry, doubled each time. */
  backoffMs?: number;
}

const retryable = (e: unknown) =>
  e instanceof ZaloNetworkError || (e instanceof ZaloApiError && (e.errorCode === 429 || e.errorCode >= 500));

export class ZaloApi {
  private readonly base: string;

  constructor(private readonly options: ZaloApiOptions) {
    this.base = `${options.apiRoot.replace(/\/+$/, "")}/bot${options.token}`;
  }

  /** One call with retries; `signal` cuts it short (a stopping poller). */
  async call<T>(
    method: string,
    params: Record<string, unknown> = {},
    o: { signal?: AbortSignal; timeoutMs?: number; retries?: number } = {},
  ): Promise<T> {
    const retries = o.retries ?? this.options.retries ?? 4;
    let pause = this.options.backoffMs ?? 500;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once<T>(method, params, o);
      } catch (e) {
        if (attempt >= retries || !retryable(e) || o.signal?.aborted) throw e;
        await sleep(pause, undefined, o.signal ? { signal: o.signal } : {}).catch(() => undefined);
        pause = Math.min(pause * 2, 30_000);
      }
    }
  }

  private async once<T>(
    method: string,
    params: Record<string, unknown>,
    o: { signal?: AbortSignal; timeoutMs?: number },
  ): Promise<T> {
    const timeout = AbortSignal.timeout(o.timeoutMs ?? this.options.timeoutMs ?? 15_000);
    const signal = o.signal ? AbortSignal.any([o.signal, timeout]) : timeout;
    let res: Response;
    let body: { ok?: boolean; result?: T; error_code?: number; description?: string };
    try {
      res = await fetch(`${this.base}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(params),
        signal,
      });
      body = (await res.json().catch(() => ({}))) as typeof body;
    } catch (e) {
      const reason = timeout.aborted ? "timed out" : e instanceof Error ? e.message : String(e);
      throw new ZaloNetworkError(method, reason);
    }
    if (res.ok && body.ok === true) return body.result as T;
    throw new ZaloApiError(method, body.error_code ?? res.status, body.description ?? res.statusText);
  }
}
