import type { FastifyInstance, FastifyReply } from 'fastify';
import { pageSecurityHeaders } from '../http/page-security.ts';
import { preferredLanguage } from '../http/preferred-language.ts';
import { ideaReceiptErasePath, renderIdeaErasedPage, renderIdeaReceiptNotFoundPage, renderIdeaReceiptPage } from '../pages/idea-receipt-page.ts';
import { eraseIdeaReceipt, findIdeaReceipt } from '../services/idea-receipt-service.ts';
import type { ServiceContext } from '../services/service-context.ts';

// A receipt is a secret: never cached, never sent to another origin as a Referer, never framed by
// another site. (`same-origin`, not `no-referrer`: with that, the erase form's post says `Origin: null`.)
const headers = { ...pageSecurityHeaders({ frameAncestors: [] }), 'referrer-policy': 'same-origin', 'cache-control': 'no-store', vary: 'Accept-Language' };

const single = (value: unknown): string => (typeof value === 'string' ? value : '');

function sendPage(reply: FastifyReply, status: number, body: string) {
  return reply.code(status).headers(headers).type('text/html; charset=utf-8').send(body);
}

/**
 * The hosted receipt page of an idea, `/receipts/idea?receipt=irc_…` (HTML, outside `/v1` and the
 * contract, like the `/embed/` pages; the receipt in the query, which the log never holds), and the
 * form post that erases the idea (`receipt` in the body).
 */
export async function registerIdeaReceiptRoutes(app: FastifyInstance, { ctx }: { ctx: ServiceContext }): Promise<void> {
  await app.register(async (pages) => {
    // The erase form is a plain HTML form: it works without scripts, under the page's CSP.
    pages.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))));
    });

    pages.get<{ Querystring: Record<string, unknown> }>('/receipts/idea', async (request, reply) => {
      const language = preferredLanguage(request.query.lang, request.headers['accept-language']);
      const token = single(request.query.receipt);
      const found = await findIdeaReceipt(ctx, token);
      if (!found) return sendPage(reply, 404, renderIdeaReceiptNotFoundPage(language));
      return sendPage(reply, 200, renderIdeaReceiptPage(language, found, token));
    });

    pages.post<{ Querystring: Record<string, unknown>; Body: Record<string, unknown> | undefined }>(ideaReceiptErasePath, async (request, reply) => {
      const language = preferredLanguage(request.query.lang, request.headers['accept-language']);
      // Only the receipt page itself posts here (a page elsewhere would need the secret receipt too).
      const origin = request.headers.origin;
      if (origin !== undefined && !request.server.inspraak.publicAddress.isOwnOrigin(origin)) {
        return sendPage(reply, 403, renderIdeaReceiptNotFoundPage(language));
      }
      const body = request.body ?? {};
      const token = single(body.receipt);
      // Not confirmed (a browser without `required`): back to the receipt, nothing erased.
      if (single(body.confirm) !== 'yes') return reply.redirect(`/receipts/idea?${new URLSearchParams({ receipt: token, lang: language })}`, 303);
      const erasure = await eraseIdeaReceipt(ctx, token);
      if (!erasure) return sendPage(reply, 404, renderIdeaReceiptNotFoundPage(language));
      return sendPage(reply, 200, renderIdeaErasedPage(language));
    });
  });
}
