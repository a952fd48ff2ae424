import { html, nothing, type TemplateResult } from 'lit';
import type { FrontdeskError } from '../../core/errors.js';
import type { Catalog } from '../../core/localize.js';
import type { CoreMessages } from '../../core/messages/core.js';
import type { SurveyContact } from '../../core/schemas/feedback.js';
import type { SurveyMessages } from './messages.js';
import type { Question, SurveyModel } from './model.js';
import { renderItem, type QuestionContext } from './questions.js';

/** The survey's form and the parts around it, as pure templates: the element gives them its state. */

export interface FormView {
  model: SurveyModel;
  /** The screens the layout makes (enabled questions only), and the one shown. */
  screens: readonly Question[][];
  index: number;
  headingLevel: number;
  t: Catalog<SurveyMessages>;
  core: Catalog<CoreMessages>;
  ctx: QuestionContext;
  anonymous: boolean;
  /** "Please fix N problems", or empty. */
  summary: string;
  sending: boolean;
  /** Why the last send failed. */
  failed?: FrontdeskError | undefined;
  clinical: boolean;
  /** The Questionnaire's safety notices (rendered by its FHIR part), if any. */
  safety: unknown;
  submit: (event: Event) => void;
  back: () => void;
}

/** The form: title, intro, progress, the screen's questions, problems, and Back / Next / Send. */
export function renderForm(v: FormView): TemplateResult {
  const { model, screens, index, t, core, failed } = v;
  const level = v.headingLevel;
  const last = index >= screens.length - 1;
  const page = screens.length === model.pages.length ? model.pages[index]?.title : undefined;
  return html`<form part="form" novalidate aria-labelledby=${model.title ? 'title' : nothing} @submit=${v.submit}>
    ${model.title ? html`<p id="title" class="title" role="heading" aria-level=${level} part="title">${model.title}</p>` : nothing}
    ${index === 0 && model.intro ? html`<p part="intro">${model.intro}</p>` : nothing}
    ${v.anonymous ? html`<p class="help">${t.anonymous}</p>` : nothing}
    ${screens.length > 1
      ? html`<p id="progress" part="progress" tabindex="-1">
          ${t.progress(index + 1, screens.length)} <progress max=${screens.length} value=${index + 1} aria-hidden="true"></progress>
        </p>`
      : nothing}
    ${page ? html`<p class="page-title" role="heading" aria-level=${Math.min(6, level + 1)}>${page}</p>` : nothing}
    ${(screens[index] ?? []).map((q) => renderItem(q, v.ctx))} ${v.safety}
    <p class="error" role="alert">${v.summary}</p>
    ${failed
      ? html`<div class="fd-status" part="status error" role="alert">
          <p>${t.submitFailed}</p>
          <p>${core[`error.${failed.kind}`]}</p>
        </div>`
      : nothing}
    <div class="nav" part="nav">
      ${index > 0 ? html`<button class="fd-button" data-variant="secondary" part="back-button" type="button" @click=${v.back}>${t.back}</button>` : nothing}
      <button class="fd-button" part="next-button" type="submit" aria-disabled=${v.sending ? 'true' : 'false'}>
        ${last ? (v.sending ? t.sending : failed ? core.tryAgain : v.clinical ? t.submitForm : t.submit) : t.next}
      </button>
    </div>
  </form>`;
}

export interface FollowUpView {
  t: Catalog<SurveyMessages>;
  anonymous: boolean;
  contactRequested: boolean;
  setContactRequested: (requested: boolean) => void;
  /** The practice's contact links (from the lazily loaded views), or nothing while they load. */
  contact: unknown;
}

/** After a low score: an offer to be contacted (never when anonymous) and the practice's contact options. */
export function renderFollowUp(v: FollowUpView): TemplateResult {
  const { t } = v;
  return html`<div class="follow-up" part="follow-up">
    ${v.anonymous
      ? html`<p>${t.followUpAnonymous}</p>`
      : html`<p>${t.followUp}</p>
          <label class="option" part="option"
            ><input type="checkbox" .checked=${v.contactRequested} @change=${(e: Event) => v.setContactRequested((e.target as HTMLInputElement).checked)} /><span
              >${t.followUpYes}</span
            ></label
          >`}
    ${v.contact}
  </div>`;
}

/** A form refused whole (a required question it cannot show): every such question in the patient's words. */
export function renderRefused(labels: readonly string[], t: Catalog<SurveyMessages>): TemplateResult {
  return html`<div class="fd-status" part="status error" role="alert">
    <p>${t.unrenderable(labels.length)}</p>
    <ul>
      ${labels.map((l) => html`<li>${l}</li>`)}
    </ul>
    <p>${t.contactPractice}</p>
  </div>`;
}

/** The practice's contact: the page's phone and email over the survey's own. */
export const contactOf = (model: SurveyModel, phone: string | undefined, email: string | undefined): SurveyContact => ({
  ...model.contact,
  ...(phone ? { phone } : {}),
  ...(email ? { email } : {}),
});
