import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatMoney } from '../../core/format.js';
import { isSafeUrl } from '../../core/links.js';
import type { Catalog, Locale } from '../../core/localize.js';
import type { Charges } from '../../core/schemas/pricing.js';
import { roundRange, type AllowedAmount, type InsuredEstimate } from './estimate-view.js';
import type { ResultMessages } from './result-messages.js';
import type { CentsRange } from './out-of-pocket.js';

/** What the result area shows, computed once per update from the charges and the choices. */
export type Result =
  | { kind: 'insured'; charges: Charges; allowed: AllowedAmount; estimate: InsuredEstimate; shown: CentsRange }
  | { kind: 'no-rate'; charges: Charges }
  | { kind: 'self-pay'; charges: Charges; shown?: CentsRange }
  | { kind: 'choose'; charges: Charges };

export interface ResultContext {
  t: Catalog<ResultMessages>;
  locale: Locale;
  serviceName: string;
}

/** Whole dollars when the amount has no cents ("$1,080"), else dollars and cents ("$0.75"). */
export const money = (cents: number, locale: Locale): string => formatMoney(cents, locale, 'USD', cents % 100 === 0);

/** "$240" or "$240–$410" (already rounded where the figure is an estimate). */
export const moneyRange = (r: CentsRange, t: Catalog<ResultMessages>, locale: Locale): string =>
  r.low === r.high ? money(r.low, locale) : t.range(money(r.low, locale), money(r.high, locale));

const wholeRange = (r: CentsRange, t: Catalog<ResultMessages>, locale: Locale): string =>
  r.low === r.high ? formatMoney(r.low, locale, 'USD', true) : t.range(formatMoney(r.low, locale, 'USD', true), formatMoney(r.high, locale, 'USD', true));

function renderBreakdown(result: Extract<Result, { kind: 'insured' }>, { t, locale }: ResultContext): TemplateResult {
  const { estimate, allowed } = result;
  const row = (label: string, r: CentsRange, minus = false) =>
    html`<tr><th scope="row">${label}</th><td>${minus ? '−' : ''}${wholeRange(r, t, locale)}</td></tr>`;
  return html`<details class="breakdown" part="breakdown">
    <summary>${t.breakdown}</summary>
    <table>
      <tbody>
        ${row(t['step.allowed'], estimate.allowed)}
        ${estimate.lines.map((l) => row(t[`step.${l.step}`], l, l.step === 'cap'))}
        ${row(t['step.plan'], estimate.planPays)}
      </tbody>
    </table>
    ${estimate.assumedDeductible ? html`<p>${t.assumedDeductible}</p>` : nothing}
    ${allowed.basis === 'dollar' ? nothing : html`<p>${t[`basis.${allowed.basis}`]}</p>`}
    ${result.charges.rates.some((r) => r.algorithm)
      ? html`<p><strong>${t.formula}:</strong> ${result.charges.rates.map((r) => r.algorithm).filter(Boolean).join(' ')}</p>`
      : nothing}
  </details>`;
}

/** What makes the figure, in sight beside it: "Toward your deductible $150 + Coinsurance $50". */
function renderLines(estimate: InsuredEstimate, { t, locale }: ResultContext): unknown {
  const parts = estimate.lines.filter((l) => l.step !== 'cap').map((l) => `${t[`step.${l.step}`]} ${wholeRange(l, t, locale)}`);
  if (!parts.length) return nothing;
  const capped = estimate.lines.some((l) => l.step === 'cap');
  return html`<p class="lines" part="estimate-lines">${parts.join(' + ')}${capped ? html`<br />${t['step.cap']}` : nothing}</p>`;
}

/** The figure, for insured or self-pay patients (or the "no rate" notice). */
export function renderFigure(result: Result, ctx: ResultContext, gfe: TemplateResult): unknown {
  const { t, locale } = ctx;
  if (result.kind === 'insured') {
    const allowed = result.allowed.basis === 'dollar' ? money(result.allowed.low, locale) : moneyRange(roundRange(result.allowed), t, locale);
    return html`<p class="figure" part="estimate" data-fd-figure>${t.youMayPay(moneyRange(result.shown, t, locale))}</p>
      ${renderLines(result.estimate, ctx)}
      <p part="negotiated">${t.planAllowed(allowed)}</p>
      ${renderBreakdown(result, ctx)}`;
  }
  if (result.kind === 'no-rate') return html`<p class="figure" part="estimate" data-fd-figure>${t.noRate}</p>`;
  if (result.kind === 'self-pay') {
    const cash = result.charges.discountedCash;
    return html`${cash === undefined
        ? html`<p part="estimate">${t.noCashPrice}</p>`
        : html`<p class="figure" part="estimate" data-fd-figure>${t.cashPrice}: ${money(cash, locale)}</p>`}
      <div class="gfe" part="good-faith-estimate"><p>${t.gfeRight}</p>${gfe}</div>`;
  }
  return nothing;
}

/** Always: the gross charge, the spread of negotiated rates, what is not included, the source, the disclaimer. */
export function renderContext(charges: Charges, { t, locale }: ResultContext): TemplateResult {
  const { source } = charges;
  const date = formatDate(`${source.lastUpdatedOn}T12:00:00Z`, locale, 'UTC', 'long');
  const spread =
    charges.minNegotiated !== undefined && charges.maxNegotiated !== undefined
      ? moneyRange({ low: charges.minNegotiated, high: charges.maxNegotiated }, t, locale)
      : undefined;
  return html`<dl class="facts" part="facts">
      ${charges.grossCharge === undefined ? nothing : html`<div><dt>${t.grossCharge}</dt><dd>${money(charges.grossCharge, locale)}</dd></div>`}
      ${spread ? html`<div><dt>${t.negotiatedRange}</dt><dd>${spread}</dd></div>` : nothing}
    </dl>
    ${charges.drug ? html`<p>${t.perUnit(String(charges.drug.amount), charges.drug.unit)}</p>` : nothing}
    <details class="excluded" part="exclusions">
      <summary>${t.notIncluded}</summary>
      <ul>
        ${(['excluded.sameDay', 'excluded.provider', 'excluded.facility', 'excluded.uncovered'] as const).map((k) => html`<li>${t[k]}</li>`)}
      </ul>
      ${charges.notes ? html`<p>${charges.notes}</p>` : nothing}
    </details>
    <p class="source" part="source">
      ${t.source(source.hospitalName ?? '', date)}
      ${source.url && isSafeUrl(source.url)
        ? html`<a part="link" href=${source.url} rel="noopener noreferrer">${t.sourceFile(source.fileName, source.version)}</a>`
        : t.sourceFile(source.fileName, source.version)}
    </p>
    <p class="disclaimer" part="disclaimer">${t.disclaimer}</p>`;
}
