import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../../core/localize.js';
import type { Category, Payer, Service } from '../../core/schemas/pricing.js';
import type { CommittedSelect } from './committed-select.js';
import type { CostMessages } from './messages.js';

/** A service's name and first code, as suggestions and browsed lists show it. */
export const serviceLabel = (s: Service, t: Catalog<CostMessages>): TemplateResult =>
  html`<span>${s.plainName ?? s.description}</span><span class="muted">${s.codes[0] ? t.code(s.codes[0].type, s.codes[0].code) : ''}</span>`;

/** "Or browse by category": a native select (keyboard and screen readers for free). */
export function renderCategories(t: Catalog<CostMessages>, categories: readonly Category[], chosen: string, on: CommittedSelect): unknown {
  if (!categories.length) return nothing;
  return html`<div class="field" part="categories">
    <label for="category">${t.browse}</label>
    <select id="category" @keydown=${on.keydown} @change=${on.change} @blur=${on.blur}>
      <option value="">${t.browseNone}</option>
      ${categories.map((c) => html`<option value=${c.id} ?selected=${c.id === chosen}>${c.name}</option>`)}
    </select>
  </div>`;
}

/** The services of one category, as a labelled list of buttons. */
export const renderBrowse = (t: Catalog<CostMessages>, services: readonly Service[], name: string, choose: (s: Service) => void): TemplateResult =>
  html`<ul class="browse" aria-label=${t.categoryServices(name)}>
    ${services.map((s) => html`<li><button class="option" part="option" type="button" @click=${() => choose(s)}>${serviceLabel(s, t)}</button></li>`)}
  </ul>`;

/** The plan picker: plans grouped by payer, with what to do when yours is not there. */
export const renderPlanPicker = (t: Catalog<CostMessages>, payers: readonly Payer[], planId: string | undefined, on: CommittedSelect): TemplateResult =>
  html`<div class="field" part="plan">
    <label for="plan">${t.planLabel}</label>
    <select id="plan" aria-describedby="plan-help" @keydown=${on.keydown} @change=${on.change} @blur=${on.blur}>
      <option value="" ?selected=${!planId}>${t.planNone}</option>
      ${payers.map(
        (p) => html`<optgroup label=${p.name}>
          ${p.plans.map((plan) => html`<option value=${plan.id} ?selected=${plan.id === planId}>${p.name} ${plan.name}</option>`)}
        </optgroup>`,
      )}
    </select>
    <span class="help" id="plan-help">${t.planMissing}</span>
  </div>`;
