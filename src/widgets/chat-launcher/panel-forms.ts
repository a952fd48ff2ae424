import { html, type TemplateResult } from 'lit';
import type { Catalog } from '../../core/localize.js';
import type { FormMessages } from './panel-forms-messages.js';

export { formMessages } from './panel-forms-messages.js';

type T = Catalog<FormMessages>;

/** The pre-chat and leave-a-message forms: loaded only when a panel needs one (prechat, or outside chat hours). */
const field = (id: string, label: string, input: TemplateResult) => html`<p class="field"><label for=${id}>${label}</label>${input}</p>`;

/** The optional pre-chat form: name, how to reach you, topic. */
export function renderPrechat(t: T, submit: (e: SubmitEvent) => void): TemplateResult {
  return html`<form class="form" part="prechat" @submit=${submit}>
    <p>${t.prechatIntro}</p>
    ${field('pc-name', t.name, html`<input id="pc-name" name="name" autocomplete="name" maxlength="120" />`)}
    ${field('pc-contact', t.contact, html`<input id="pc-contact" name="contact" autocomplete="email" maxlength="200" />`)}
    ${field(
      'pc-topic',
      t.topic,
      html`<select id="pc-topic" name="topic">
        ${(['appointments', 'billing', 'directions', 'other'] as const).map((k) => html`<option value=${k}>${t[`topic.${k}`]}</option>`)}
      </select>`,
    )}
    <button class="fd-button" part="start-button">${t.start}</button>
  </form>`;
}

/** Outside chat hours: leave a message for a call back. */
export function renderLeaveMessage(t: T, submit: (e: SubmitEvent) => void, busy: boolean, problem: string): TemplateResult {
  return html`<form class="form" part="leave-message" @submit=${submit} novalidate>
    <h3>${t.leaveTitle}</h3>
    <p>${t.leaveIntro}</p>
    ${field('lm-name', `${t.name} (${t.required})`, html`<input id="lm-name" name="name" autocomplete="name" maxlength="120" required />`)}
    ${field('lm-phone', t.phone, html`<input id="lm-phone" name="phone" type="tel" autocomplete="tel" maxlength="40" aria-describedby="lm-problem" />`)}
    ${field('lm-email', t.email, html`<input id="lm-email" name="email" type="email" autocomplete="email" maxlength="200" aria-describedby="lm-problem" />`)}
    ${field('lm-text', `${t.leaveText} (${t.required})`, html`<textarea id="lm-text" name="text" rows="3" maxlength="2000" required></textarea>`)}
    <p id="lm-problem" class="problem" role="alert">${problem}</p>
    <button class="fd-button" part="leave-button" ?disabled=${busy}>${t.leaveSend}</button>
  </form>`;
}
