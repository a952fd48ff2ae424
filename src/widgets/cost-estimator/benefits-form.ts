import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../../core/localize.js';
import { parseDollars, parsePercent, type BenefitInputs } from './estimate-view.js';
import type { ResultMessages } from './result-messages.js';

export const benefitFields = ['deductible', 'copay', 'coinsurance', 'oop'] as const;
export type BenefitField = (typeof benefitFields)[number];
export type BenefitText = Partial<Record<BenefitField, string>>;

const key: Record<BenefitField, keyof BenefitInputs> = {
  deductible: 'deductibleRemaining',
  copay: 'copay',
  coinsurance: 'coinsurancePct',
  oop: 'oopRemaining',
};

/** Parses the typed fields: the inputs, and the fields that are not a valid amount. */
export function readBenefits(text: BenefitText): { inputs: BenefitInputs; invalid: BenefitField[] } {
  const inputs: BenefitInputs = {};
  const invalid: BenefitField[] = [];
  for (const field of benefitFields) {
    const value = (field === 'coinsurance' ? parsePercent : parseDollars)(text[field] ?? '');
    if (value === undefined) continue;
    if (Number.isNaN(value)) invalid.push(field);
    else inputs[key[field]] = value;
  }
  return { inputs, invalid };
}

/** The optional plan details: four labelled fields with help text, errors tied to their field. */
export function renderBenefitsForm(
  t: Catalog<ResultMessages>,
  text: BenefitText,
  invalid: readonly BenefitField[],
  onSubmit: (event: SubmitEvent) => void,
): TemplateResult {
  const field = (name: BenefitField) => {
    const bad = invalid.includes(name);
    const error = name === 'coinsurance' ? t.invalidPercent : t.invalidAmount;
    return html`<div class="field">
      <label for=${name}>${t[name]}</label>
      <span class="help" id=${`${name}-help`}>${t[`${name}Help`]}</span>
      <input
        id=${name}
        name=${name}
        part="input"
        inputmode="decimal"
        autocomplete="off"
        .value=${text[name] ?? ''}
        aria-describedby=${bad ? `${name}-help ${name}-error` : `${name}-help`}
        aria-invalid=${bad ? 'true' : 'false'}
      />
      ${bad ? html`<span class="error" id=${`${name}-error`}>${error}</span>` : nothing}
    </div>`;
  };
  return html`<details class="benefits" part="benefits">
    <summary>${t.benefits}</summary>
    <form novalidate @submit=${onSubmit}>
      <p class="help">${t.benefitsHelp}</p>
      ${benefitFields.map(field)}
      <button class="fd-button" part="update-button" type="submit">${t.update}</button>
    </form>
  </details>`;
}
