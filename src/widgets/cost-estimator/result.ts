import { html, nothing, type TemplateResult } from 'lit';
import { isSafeAuthorUrl } from '../../core/links.js';
import type { Catalog, Locale } from '../../core/localize.js';
import type { Charges } from '../../core/schemas/pricing.js';
import { allowedAmount, insuredEstimate, roundRange, type BenefitInputs } from './estimate-view.js';
import type { ResultMessages } from './result-messages.js';
import { moneyRange, renderContext, renderFigure, type Result } from './result-view.js';

// The result part: loaded once a service is chosen, alongside its charges (see docs/decisions/005).
export { readBenefits, renderBenefitsForm } from './benefits-form.js';
export { resultMessages } from './result-messages.js';
export type { Result } from './result-view.js';

export interface Choice {
  mode?: 'insured' | 'self-pay';
  planId?: string;
  benefits: BenefitInputs;
}

/** What to show for these charges and the patient's choices. */
export function computeResult(charges: Charges, { mode, planId, benefits }: Choice): Result {
  if (mode === 'self-pay') {
    const cash = charges.discountedCash;
    return { kind: 'self-pay', charges, ...(cash === undefined ? {} : { shown: { low: cash, high: cash } }) };
  }
  if (mode !== 'insured' || !planId) return { kind: 'choose', charges };
  const allowed = charges.rates.every((r) => r.planId === planId) ? allowedAmount(charges) : undefined;
  if (!allowed) return { kind: 'no-rate', charges };
  const estimate = insuredEstimate(allowed, benefits);
  return { kind: 'insured', charges, allowed, estimate, shown: roundRange(estimate) };
}

/** The sentence screen readers hear once for a result. */
export function announcement(r: Result, t: Catalog<ResultMessages>, locale: Locale): string {
  const name = r.charges.service.plainName ?? r.charges.service.description;
  const amount = 'shown' in r && r.shown ? moneyRange(r.shown, t, locale) : '';
  return r.kind === 'insured' ? t.announceInsured(name, amount) : amount ? t.announceCash(name, amount) : t.announceNone(name);
}

export interface ResultOptions {
  t: Catalog<ResultMessages>;
  locale: Locale;
  gfeUrl?: string;
  paymentPlansUrl?: string;
  financialAssistanceUrl?: string;
  phone?: string;
  onGfe: () => void;
  onPrint: () => void;
}

const link = (url: string | undefined, label: string): unknown =>
  url && isSafeAuthorUrl(url) ? html`<a class="fd-button" data-variant="secondary" part="action" href=${url}>${label}</a>` : nothing;

/** The figure, the context every result carries, the ways to pay, and print. */
export function renderResult(r: Result, o: ResultOptions): TemplateResult {
  const { t } = o;
  const ctx = { t, locale: o.locale, serviceName: r.charges.service.description };
  const gfe =
    o.gfeUrl && isSafeAuthorUrl(o.gfeUrl)
      ? html`<a class="fd-button" part="action" href=${o.gfeUrl} rel="noopener noreferrer">${t.gfe}</a>`
      : html`<button class="fd-button" part="action" type="button" @click=${o.onGfe}>${t.gfe}</button>`;
  return html`${renderFigure(r, ctx, gfe)} ${renderContext(r.charges, ctx)}
    <div class="payment" part="payment">
      ${o.paymentPlansUrl || o.financialAssistanceUrl ? html`<p class="subtitle">${t.payment}</p>` : nothing}
      ${link(o.paymentPlansUrl, t.paymentPlans)} ${link(o.financialAssistanceUrl, t.assistance)}
      <slot name="payment"></slot>
    </div>
    ${o.phone ? html`<p>${t.callUs(o.phone)}</p>` : nothing}
    ${r.kind === 'choose' ? nothing : html`<button class="fd-button print" data-variant="secondary" part="action" type="button" @click=${o.onPrint}>${t.print}</button>`}`;
}
