import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { ApiError } from '../http/errors.js';
import type { ServerContext } from '../context.js';

/** `GET` shows a confirm button (mail scanners follow links; only the button's `POST` unsubscribes). */
export const unsubscribePath = '/unsubscribe/:token';

const Token = z.string().check(z.regex(/^[A-Za-z0-9_-]{32}$/));

const page = (lang: 'en' | 'es', body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${lang === 'es' ? 'Mensajes' : 'Messages'}</title></head><body><main>${body}</main></body></html>`;

const copy = {
  en: { ask: 'Stop appointment messages (confirmations, reminders, survey invitations) for this visit?', button: 'Stop messages', done: 'You will get no more messages about this visit.' },
  es: { ask: '¿Dejar de recibir mensajes (confirmaciones, recordatorios, encuestas) sobre esta visita?', button: 'Dejar de recibir mensajes', done: 'No recibirá más mensajes sobre esta visita.' },
} as const;

/** The unsubscribe link in every message: the patient's choice applies to every message still pending for that visit. */
export function unsubscribeRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;
  const find = async (req: FastifyRequest<{ Params: { token: string } }>) => {
    const token = Token.safeParse(req.params.token);
    const [row] = token.success ? await db.query<{ appointment_id: string; locale: 'en' | 'es' }>('SELECT appointment_id, locale FROM patient_messaging WHERE unsubscribe_token = $1', [token.data]) : [];
    if (!row) throw new ApiError(404, 'not-found', 'No such link.');
    return row;
  };

  app.get(unsubscribePath, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: { token: string } }>, reply) => {
    const { locale } = await find(req);
    const t = copy[locale];
    return reply.type('text/html; charset=utf-8').send(page(locale, `<form method="post"><p>${t.ask}</p><button type="submit">${t.button}</button></form>`));
  });

  app.post(unsubscribePath, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: { token: string } }>, reply) => {
    const { appointment_id: id, locale } = await find(req);
    await db.transaction(async (tx) => {
      await tx.query('UPDATE patient_messaging SET unsubscribed_at = COALESCE(unsubscribed_at, now()) WHERE appointment_id = $1', [id]);
      await tx.query("UPDATE outbox SET status = 'cancelled' WHERE appointment_id = $1 AND status = 'pending'", [id]);
    });
    return reply.type('text/html; charset=utf-8').send(page(locale, `<p>${copy[locale].done}</p>`));
  });
}
