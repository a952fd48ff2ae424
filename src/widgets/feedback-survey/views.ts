import { html, nothing, type TemplateResult } from 'lit';
import { emailPattern, isSafeAuthorUrl, phonePattern } from '../../core/links.js';
import type { Catalog } from '../../core/localize.js';
import type { SurveyContact } from '../../core/schemas/feedback.js';
import type { SurveyMessages } from './messages.js';

/**
 * The practice's contact options as links (tel:, mailto:, and `url`, which the schema allows only
 * as https:). A phone or email the page gave as an attribute is checked like the adapter's: a
 * phone shows only the digits its link dials, a mailto: carries no `?cc=` or `&body=`.
 */
export function renderContact(contact: SurveyContact, t: Catalog<SurveyMessages>): TemplateResult {
  const phone = phonePattern.test(contact.phone ?? '') && contact.phone;
  const email = emailPattern.test(contact.email ?? '') && contact.email;
  return html`<ul class="contact" part="contact">
    ${phone ? html`<li><a part="link" href=${`tel:${phone.replace(/[^\d+]/g, '')}`}>${t.callUs(phone)}</a></li>` : nothing}
    ${email ? html`<li><a part="link" href=${`mailto:${email}`}>${t.emailUs(email)}</a></li>` : nothing}
    ${contact.url ? html`<li><a part="link" href=${contact.url} rel="noopener noreferrer">${t.contactPage}</a></li>` : nothing}
  </ul>`;
}

export interface ThanksView {
  t: Catalog<SurveyMessages>;
  title?: string | undefined;
  body?: string | undefined;
  lowScore: boolean;
  contactRequested: boolean;
  contact: SurveyContact;
  /** Offered to every respondent, whatever their score (never "review gating"). */
  reviewUrl?: string | undefined;
  headingLevel: number;
}

/** The thank-you screen: the practice's message, a way to reach them after a low score, and the review link for everyone. */
export function renderThanks(v: ThanksView): TemplateResult {
  const { t } = v;
  // From the page author (an attribute: relative or http(s)) or the survey (https:, checked by the schema).
  const review = v.reviewUrl && isSafeAuthorUrl(v.reviewUrl) ? v.reviewUrl : undefined;
  const hasContact = Boolean(v.contact.phone || v.contact.email || v.contact.url);
  return html`<section class="thanks" part="thanks" role="status">
    <p id="thanks" class="title" role="heading" aria-level=${v.headingLevel} part="title" tabindex="-1">${v.title ?? t.thanks}</p>
    ${v.body ? html`<p>${v.body}</p>` : nothing}
    ${v.lowScore && v.contactRequested ? html`<p part="follow-up">${t.willContact}</p>` : nothing}
    ${v.lowScore && !v.contactRequested && hasContact ? html`<div part="follow-up"><p>${t.sorry}</p>${renderContact(v.contact, t)}</div>` : nothing}
    ${review
      ? html`<p part="review">${t.reviewIntro}
          <a class="fd-button" data-variant="secondary" part="review-link" href=${review} target="_blank" rel="noopener noreferrer"
            >${t.review} <span class="fd-visually-hidden">${t.newTab}</span></a
          ></p>`
      : nothing}
  </section>`;
}

/** The small prompt a page event opens in `trigger="prompt"` mode. */
export function renderPrompt(t: Catalog<SurveyMessages>, headingLevel: number, start: () => void, dismiss: () => void): TemplateResult {
  return html`<section class="prompt" part="prompt" aria-labelledby="prompt-title">
    <p id="prompt-title" class="title" role="heading" aria-level=${headingLevel}>${t.promptTitle}</p>
    <p>${t.promptBody}</p>
    <div class="nav">
      <button class="fd-button" part="start-button" type="button" @click=${start}>${t.start}</button>
      <button class="fd-button" data-variant="secondary" part="dismiss-button" type="button" @click=${dismiss}>${t.notNow}</button>
    </div>
  </section>`;
}
