import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FrontdeskElement } from '../../core/element.js';
import { pricingPort } from '../../core/ports/pricing.js';
import type { Charges, Payer, Service } from '../../core/schemas/pricing.js';
import type { BenefitField, BenefitText } from './benefits-form.js';
import { renderBrowse, renderCategories, renderPlanPicker } from './choices.js';
import { committedSelect } from './committed-select.js';
import { Combobox } from './combobox.js';
import { styles } from './cost-estimator.styles.js';
import type { BenefitInputs } from './estimate-view.js';
import { costMessages } from './messages.js';
import type * as ResultPart from './result.js';

/** The result part (figures, breakdown, plan details): fetched once a service is chosen. */
let resultPart: Promise<typeof ResultPart> | undefined;
const loadResultPart = () => (resultPart ??= import('./result.js'));

/**
 * Find a service, choose a plan or self-pay, and see an honest price: the plan's negotiated
 * rate, the patient's own out-of-pocket estimate with its breakdown, or the discounted cash
 * price and the right to a Good Faith Estimate, always with the gross charge, the data's
 * date and source, and what the estimate leaves out.
 *
 * Adapter methods: needs `pricing.searchServices`, `pricing.listPlans` and `pricing.getCharges`;
 * uses `pricing.listCategories` (browse by category) when the adapter has it.
 *
 * @tagname fd-cost-estimator
 * @summary A patient's price estimate from the practice's published standard charges.
 *
 * @fires fd-estimate - A result is shown. Detail: `{ serviceCode, codeType, planId, low, high }` (plan id or `self-pay`; cents).
 * @fires fd-good-faith-estimate-request - "Request a Good Faith Estimate" was chosen and no `gfe-url` is set. Detail: `{ serviceCode, codeType }`.
 * @fires fd-error - Loading failed. Detail: `{ kind, retryable, retryAfterMs?, widget }`.
 *
 * @slot payment - Your own payment information, after the built-in links.
 *
 * @csspart base - The widget's box.
 * @csspart search - The search field.
 * @csspart suggestions - The list of suggestions.
 * @csspart option - One suggestion or browsed service.
 * @csspart categories - The category picker.
 * @csspart service - The chosen service.
 * @csspart pay - The "How will you pay?" choices.
 * @csspart plan - The plan picker.
 * @csspart benefits - The optional plan details.
 * @csspart input - Each plan detail field.
 * @csspart update-button - Applies the plan details.
 * @csspart result - The result area.
 * @csspart estimate - The headline figure.
 * @csspart negotiated - The plan's negotiated rate.
 * @csspart breakdown - How the estimate was computed.
 * @csspart good-faith-estimate - The Good Faith Estimate explanation and action.
 * @csspart facts - Gross charge and the spread of negotiated rates.
 * @csspart exclusions - What the estimate does not include.
 * @csspart source - The data's source and date.
 * @csspart disclaimer - The disclaimer.
 * @csspart payment - Ways to pay.
 * @csspart action - Each action (link or button).
 * @csspart link - Links.
 * @csspart status - Loading, empty and error messages.
 * @csspart change - The "Change" button beside the chosen service.
 * @csspart estimate-lines - How the estimate adds up (deductible + coinsurance …).
 *
 * @cssstate estimate - An insured estimate is shown.
 * @cssstate self-pay - The self-pay price is shown.
 * @cssstate no-rate - The plan has no rate for the service: the charges are shown instead.
 *
 * @cssprop --fd-color-primary - Buttons, links and the chosen suggestion.
 */
export class CostEstimator extends FrontdeskElement {
  static override styles = [...FrontdeskElement.styles, styles];

  /** A service id to start with (skips the search). */
  @property() service?: string;

  /** A plan id to start with (chooses "I have insurance"). */
  @property() plan?: string;

  /** How the patient pays, to start with: `insured` or `self-pay` (e.g. on a self-pay page). */
  @property() pay?: 'insured' | 'self-pay';

  /** Only services of this setting: `outpatient` or `inpatient`. */
  @property() setting?: 'inpatient' | 'outpatient';

  /** Link for "Request a Good Faith Estimate"; without it the action fires `fd-good-faith-estimate-request`. */
  @property({ attribute: 'gfe-url' }) gfeUrl?: string;

  /** Link to the practice's payment plans. */
  @property({ attribute: 'payment-plans-url' }) paymentPlansUrl?: string;

  /** Link to the practice's financial assistance policy. */
  @property({ attribute: 'financial-assistance-url' }) financialAssistanceUrl?: string;

  /** The practice's phone number, for questions and on errors. */
  @property() phone?: string;

  /** Level of the widget's heading (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Milliseconds after the last keystroke before suggestions are fetched. */
  @property({ type: Number }) debounce = 200;

  @state() private selected?: Service;
  @state() private mode?: 'insured' | 'self-pay';
  @state() private planId?: string;
  @state() private category = '';
  @state() private text: BenefitText = {};
  @state() private invalid: BenefitField[] = [];
  @state() private benefits: BenefitInputs = {};

  private result?: ResultPart.Result;
  private lazy?: typeof ResultPart;
  private lastKey = '';

  private readonly combobox = new Combobox(
    this,
    {
      delayMs: () => this.debounce,
      search: async (query, signal) => (await this.pricing()?.searchServices({ query, limit: 8, setting: this.setting, signal })) ?? [],
    },
    (service) => this.choose(service),
  );

  private pricing() {
    return this.port('pricing', pricingPort);
  }

  private readonly categoriesTask = new Task(this, {
    task: async ([port], { signal }) => (await port?.listCategories?.({ signal })) ?? [],
    args: () => [this.pricing()] as const,
  });

  private readonly browseTask = new Task(this, {
    task: async ([port, category], { signal }) =>
      port && category ? port.searchServices({ query: '', category, setting: this.setting, limit: 100, signal }) : [],
    args: () => [this.pricing(), this.category] as const,
  });

  private readonly plansTask = new Task(this, {
    task: async ([port, mode], { signal }): Promise<Payer[]> => (port && mode === 'insured' ? port.listPlans({ signal }) : []),
    args: () => [this.pricing(), this.mode] as const,
    onError: (error) => this.reportError(error),
  });

  private readonly chargesTask = new Task(this, {
    task: async ([port, serviceId, planId], { signal }): Promise<Charges | undefined> =>
      port && serviceId ? port.getCharges({ serviceId, ...(planId ? { planId } : {}), signal }) : undefined,
    args: () => [this.pricing(), this.selected?.id ?? this.service, this.mode === 'insured' ? this.planId : undefined] as const,
    onError: (error) => this.reportError(error),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pay') && this.pay) this.mode = this.pay;
    if (changed.has('plan') && this.plan) {
      this.mode = 'insured';
      this.planId = this.plan;
    }
  }

  /** Called in render, after the tasks have seen the new choices (so a stale answer is never shown as the result). */
  private computeResult(): ResultPart.Result | undefined {
    const charges = this.chargesTask.value;
    if (this.chargesTask.status !== TaskStatus.COMPLETE || !charges || !this.lazy) return undefined;
    if (charges.service.id !== (this.selected?.id ?? this.service)) return undefined;
    return this.lazy.computeResult(charges, { mode: this.mode, planId: this.planId, benefits: this.benefits });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const r = this.result;
    if (!r || r.kind === 'choose' || !this.lazy) return;
    const key = `${r.charges.service.id}|${this.mode ?? ''}|${this.planId ?? ''}|${'shown' in r ? `${r.shown?.low}-${r.shown?.high}` : ''}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    // Said once per result (a new service, plan or plan details), never on every render; written
    // directly, not through a reactive property, so announcing costs no second render.
    const region = this.renderRoot.querySelector('#announce');
    if (region) region.textContent = this.lazy.announcement(r, this.messages(this.lazy.resultMessages), this.resolvedLocale);
    const [code] = r.charges.service.codes;
    if ('shown' in r && r.shown && code) {
      this.emit('fd-estimate', { serviceCode: code.code, codeType: code.type, planId: r.kind === 'insured' ? (this.planId ?? '') : 'self-pay', ...r.shown });
    }
  }

  /** Chooses a service (from a suggestion or the category list). */
  choose(service: Service): void {
    this.selected = service;
    void this.loadPart();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.service-name')?.focus());
  }

  private async loadPart(): Promise<void> {
    if (this.lazy) return;
    this.lazy = await loadResultPart();
    this.requestUpdate();
  }

  private readonly reset = (): void => {
    this.selected = undefined;
    this.service = undefined;
    this.lastKey = '';
    this.combobox.clear();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  };

  private readonly pickMode = (event: Event): void => {
    this.mode = (event.target as HTMLInputElement).value as 'insured' | 'self-pay';
  };

  // The estimate is recomputed (and announced) when a plan is committed, not at each arrow key.
  private readonly pickPlan = committedSelect((value) => (this.planId = value || undefined));

  private readonly pickCategory = committedSelect((value) => (this.category = value));

  private readonly applyBenefits = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!this.lazy) return;
    const data = new FormData(event.target as HTMLFormElement);
    this.text = Object.fromEntries([...data].filter((e): e is [BenefitField, string] => typeof e[1] === 'string'));
    const { inputs, invalid } = this.lazy.readBenefits(this.text);
    this.invalid = invalid;
    if (invalid.length) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#${invalid[0] ?? ''}`)?.focus());
      return;
    }
    this.benefits = inputs;
  };

  private readonly requestGfe = (): void => {
    const [code] = this.selected?.codes ?? this.result?.charges.service.codes ?? [];
    if (code) this.emit('fd-good-faith-estimate-request', { serviceCode: code.code, codeType: code.type });
  };

  /** Prints (or saves as PDF) with the breakdown and notes open. */
  private readonly print = (): void => {
    for (const details of this.renderRoot.querySelectorAll('details')) details.open = true;
    window.print();
  };

  protected override renderContent(): unknown {
    const t = this.messages(costMessages);
    const level = Math.min(6, Math.max(2, this.headingLevel));
    const chosen = this.selected ?? (this.service ? this.chargesTask.value?.service : undefined);
    if (this.service) void this.loadPart();
    this.result = undefined;
    if (!this.service && !this.selected) this.setViewState('ready');
    return html`<section class="estimator" aria-labelledby="title">
      <p id="title" class="title" role="heading" aria-level=${level}>${t.title}</p>
      ${this.service || this.selected ? this.renderChosen(chosen) : this.renderSearch()}
      <div id="announce" class="fd-visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
    </section>`;
  }

  private renderSearch(): TemplateResult {
    const t = this.messages(costMessages);
    const { search } = this.combobox;
    const categories = this.categoriesTask.value ?? [];
    const name = categories.find((c) => c.id === this.category)?.name ?? '';
    return html`${this.combobox.render(t)}
      ${search.status === 'error' ? this.renderError(search.error, () => search.set(this.combobox.query), this.phone) : nothing}
      ${renderCategories(t, categories, this.category, this.pickCategory)}
      ${this.category ? this.renderTask(this.browseTask, (services) => renderBrowse(t, services, name, (s) => this.choose(s)), this.phone) : nothing}`;
  }

  private renderChosen(chosen: Service | undefined): TemplateResult {
    const t = this.messages(costMessages);
    const code = chosen?.codes[0];
    return html`<div class="service" part="service">
        <p class="service-name" tabindex="-1">${chosen?.plainName ?? chosen?.description ?? ''}</p>
        ${chosen?.plainName ? html`<p class="muted">${chosen.description}</p>` : nothing}
        ${code ? html`<p class="muted">${t.code(code.type, code.code)}</p>` : nothing}
        <button class="fd-button" data-variant="secondary" part="action change" type="button" @click=${this.reset}>${t.change}</button>
      </div>
      <fieldset class="pay" part="pay">
        <legend>${t.payLegend}</legend>
        ${(['insured', 'self-pay'] as const).map(
          (m) => html`<label class="choice"><input type="radio" name="mode" .value=${m} .checked=${this.mode === m} @change=${this.pickMode} />
            ${m === 'insured' ? t.insured : t.selfPay}</label>`,
        )}
      </fieldset>
      ${this.mode === 'insured' ? this.renderTask(this.plansTask, (payers) => this.renderPlans(payers), this.phone) : nothing}
      <div class="result" part="result">${this.renderTask(this.chargesTask, () => this.renderResult(), this.phone)}</div>`;
  }

  private renderPlans(payers: readonly Payer[]): TemplateResult {
    const lazy = this.lazy;
    return html`${renderPlanPicker(this.messages(costMessages), payers, this.planId, this.pickPlan)}
      ${this.planId && lazy ? lazy.renderBenefitsForm(this.messages(lazy.resultMessages), this.text, this.invalid, this.applyBenefits) : nothing}`;
  }

  private renderResult(): unknown {
    const part = this.lazy;
    const r = (this.result = this.computeResult());
    if (!r || !part) return this.renderLoading();
    this.setViewState(r.kind === 'choose' ? 'ready' : r.kind === 'insured' ? 'estimate' : r.kind);
    return part.renderResult(r, {
      t: this.messages(part.resultMessages),
      locale: this.resolvedLocale,
      gfeUrl: this.gfeUrl,
      paymentPlansUrl: this.paymentPlansUrl,
      financialAssistanceUrl: this.financialAssistanceUrl,
      phone: this.phone,
      onGfe: this.requestGfe,
      onPrint: this.print,
    });
  }
}
