// The file links' pages on tiendo's HTTP server. GET /files/<token> shows a small page with a
// download button (so that a link preview, which only GETs, never uses the link up) or, for a
// chart, the picture itself; POST downloads the document once. A refusal is a small page in the
// recipient's language saying why.
import type { ServerResponse } from "node:http";
import { asLocale, translator, type Locale } from "../i18n/translator.ts";
import { peekFileLink, takeFileLink, type OpenedFileLink } from "../services/files/open-file-link.ts";
import type { ServiceDeps } from "../services/service-deps.ts";
import type { RouteHandler } from "./http-server.ts";

export const FILE_LINK_PREFIX = "/files/";

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

function page(res: ServerResponse, status: number, locale: Locale, body: string): void {
  const html = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>tiendo</title><body style="font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem">${body}</body></html>`;
  res
    .writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
    .end(html);
}

const STATUS = { unknown: 404, expired: 410, used: 410, "not-member": 403 } as const;

function answer(res: ServerResponse, opened: OpenedFileLink, defaultLocale: Locale): void {
  const locale = asLocale(opened.locale ?? "") ?? defaultLocale;
  const t = translator(locale);
  if (opened.kind === "refused") {
    return page(res, STATUS[opened.reason], locale, `<p>${escape(t(`file-page-${opened.reason}`))}</p>`);
  }
  if (opened.kind === "ready") {
    const name = escape(opened.fileName);
    return page(
      res,
      200,
      locale,
      `<p>${escape(t("file-page-ready", { name: opened.fileName }))}</p><form method="post"><button type="submit" style="font-size:1.2rem;padding:.6rem 1.2rem">${escape(t("file-page-download"))} ${name}</button></form>`,
    );
  }
  const filename = encodeURIComponent(opened.fileName);
  res
    .writeHead(200, {
      "content-type": opened.mimeType,
      "content-disposition": `${opened.mimeType.startsWith("image/") ? "inline" : "attachment"}; filename*=UTF-8''${filename}`,
      "cache-control": "no-store",
    })
    .end(Buffer.from(opened.bytes));
}

export function fileLinkRoutes(deps: Pick<ServiceDeps, "db" | "clock">, defaultLocale: Locale) {
  const tokenOf = (url: URL) => url.pathname.slice(FILE_LINK_PREFIX.length);
  const get: RouteHandler = async (_req, res, url) =>
    answer(res, await peekFileLink(deps, tokenOf(url)), defaultLocale);
  const post: RouteHandler = async (req, res, url) => {
    req.resume();
    answer(res, await takeFileLink(deps, tokenOf(url)), defaultLocale);
  };
  return { get, post };
}
