import { Task } from '@lit/task';
import { nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FrontdeskElement } from '../../core/element.js';
import { FrontdeskError, isAbortError, toFrontdeskError } from '../../core/errors.js';
import { coreMessages } from '../../core/messages/core.js';
import { feedbackPort } from '../../core/ports/feedback.js';
import { IntentKey, idempotencyKey } from '../../core/resilience.js';
import type { FeedbackContext } from '../../core/schemas/feedback.js';
import { hasLowScore, parseThresholds, scoreSummary, toFrontdeskAnswers, type Layout as SurveyLayout } from './answers.js';
import type { LaunchContext as SurveyLaunchContext } from './expressions.js';
import { SurveyFlow } from './flow.js';
import { contactOf, renderFollowUp, renderForm, renderRefused } from './form.js';
import { loadDrafts, loadedViews, loadViews } from './loaders.js';
import { surveyMessages } from './messages.js';
import { UnrenderableItemError, isScore, type Question, type SurveyKind, type SurveyModel } from './model.js';
import { NarrowController } from './narrow.js';
import type { QuestionContext } from './questions.js';
import { styles } from './feedback-survey.styles.js';
import { sendResponse } from './submit.js';
import { TriggerController } from './trigger.js';
import type * as Views from './views.js';

type Phase = 'waiting' | 'prompt' | 'survey' | 'sending' | 'done' | 'dismissed';

/**
 * A short survey at a touchpoint (after booking, a visit or a chat), or a FHIR R4
 * Questionnaire, rendered through one model. Never loses an answer: answers survive
 * re-render, locale switch and a failed submit (retried with the same idempotency key);
 * with `persist="session"` picked answers survive a reload. A low score offers a follow-up
 * and the practice's contact options; a configured review link is offered to everyone.
 *
 * Adapter methods: needs `feedback.getSurvey` and `feedback.submit`; uses `feedback.savePartial`
 * (`persist="server"`) and `feedback.expandValueSet` (FHIR answer value sets) when present.
 *
 * @tagname fd-feedback-survey
 * @summary Feedback at every touchpoint: NPS, CSAT, CES, stars, choices, text, or a FHIR Questionnaire.
 *
 * @fires fd-survey-start - The patient began the survey. Detail: `{ surveyId, touchpoint? }`.
 * @fires fd-survey-answer - A question was answered (its id only). Detail: `{ surveyId, questionId }`.
 * @fires fd-survey-submit - The response was received. Detail: `{ surveyId, responseId, touchpoint?, scores, lowScore }`.
 * @fires fd-error - Loading or sending failed. Detail: `{ kind, retryable, retryAfterMs?, widget }`.
 *
 * @csspart base - The widget's box.
 * @csspart form - The survey form.
 * @csspart title - The survey's (or thank-you screen's) title.
 * @csspart intro - The survey's introduction.
 * @csspart progress - "Step 2 of 4".
 * @csspart question - One question.
 * @csspart group - A group of questions.
 * @csspart display - A text item between questions.
 * @csspart label - A question's label or legend.
 * @csspart help - A question's help text.
 * @csspart hint - The "no medical details" hint on free-text questions.
 * @csspart options - A question's options.
 * @csspart option - One option (≥ 44 px target).
 * @csspart scale-ends - The words at both ends of a scale.
 * @csspart error - A question's validation message.
 * @csspart follow-up - The low-score follow-up.
 * @csspart contact - The practice's contact options.
 * @csspart link - Contact links.
 * @csspart nav - Back / Next / Send.
 * @csspart back-button - Back.
 * @csspart next-button - Next, or Send on the last step.
 * @csspart thanks - The thank-you screen.
 * @csspart review - The public review offer.
 * @csspart review-link - The review link.
 * @csspart prompt - The prompt opened by a page event.
 * @csspart start-button - Starts the survey from the prompt.
 * @csspart dismiss-button - Closes the prompt.
 * @csspart status - Loading and error messages.
 * @csspart field - The free-text field of an "other" option.
 * @csspart repeat - The add/remove row of a repeating question or group.
 * @csspart add-button - Adds an answer or group to a repeating item.
 * @csspart remove-button - Removes one.
 * @csspart safety-notice - The practice's safety notice, raised by an answer (a clinical form).
 *
 * @cssstate idle - Waiting for the page event that opens the prompt.
 * @cssstate prompt - The prompt is open.
 * @cssstate dismissed - The patient closed the prompt.
 * @cssstate submitting - Sending the answers.
 * @cssstate submit-failed - Sending failed; the answers are kept.
 * @cssstate submitted - Sent: the thank-you screen.
 *
 * @cssprop --fd-color-primary - Selected options and buttons.
 * @cssprop --fd-color-danger - Validation messages.
 * @cssprop --fd-target-size - Minimum size of options and buttons (default 44px).
 */
export class FeedbackSurvey extends FrontdeskElement {
  static override styles = [...FrontdeskElement.styles, styles];

  /** The survey to show, by id. */
  @property({ attribute: 'survey-id' }) surveyId?: string;

  /** Where the patient is (`post-visit`, `post-booking`, `post-chat`): fetches that touchpoint's survey. */
  @property() touchpoint?: string;

  /** `one-per-screen`, `all-on-one-page`, `pages` (the survey's own), or `auto`: one per screen on small screens. */
  @property() layout: 'auto' | SurveyLayout = 'auto';

  /** `inline` (shown at once) or `prompt` (a small prompt opens on `trigger-event`). */
  @property() trigger: 'inline' | 'prompt' = 'inline';

  /** Page events that open the prompt, space-separated. */
  @property({ attribute: 'trigger-event' }) triggerEvent = 'fd-booking-confirm fd-chat-close';

  /** `session`: keep picked answers (never typed text, nothing of a clinical form) in sessionStorage until submit; `server`: also `savePartial` on each step. */
  @property() persist?: 'session' | 'server';

  /** Low-score thresholds (score ≤ threshold), e.g. `nps:6 csat:2 ces:3 stars:2` (the defaults). */
  @property({ attribute: 'low-score' }) lowScore?: string;

  /** A public review page, offered on the thank-you screen to every respondent. */
  @property({ attribute: 'review-url' }) reviewUrl?: string;

  /** The practice's phone for follow-ups (else the survey's own contact). */
  @property({ attribute: 'contact-phone' }) contactPhone?: string;

  /** The practice's email for follow-ups. */
  @property({ attribute: 'contact-email' }) contactEmail?: string;

  /** Send no patient context, and offer no "contact me". */
  @property({ type: Boolean, reflect: true }) anonymous = false;

  /** Level of the survey's heading (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Ids of where the feedback comes from (location, visit type…); a trigger event's ids fill it. Never sent when `anonymous`. */
  @property({ attribute: false }) context?: FeedbackContext;

  /**
   * `feedback`, or a clinical form (`intake`, `screening`) worded as one ("Submit", "Your answers
   * were sent to the practice"); by default the Questionnaire's own `survey-kind`, else `feedback`.
   */
  @property() kind?: SurveyKind;

  /**
   * The patient context the page gives a Questionnaire's `launchContext` (`{ patient, user }`, FHIR
   * resources), for `initialExpression` pre-filling. Without it nothing is pre-filled. Never sent.
   */
  @property({ attribute: false }) launchContext?: SurveyLaunchContext;

  /** How long (ms) a Questionnaire's external value set may take to expand before its question says it can't be shown. */
  @property({ attribute: 'value-set-timeout', type: Number }) valueSetTimeout = 8000;

  @state() private phase?: Phase;
  // Set with `phase` (which re-renders), or read only after it changes.
  private sendError?: unknown;
  private contactRequested = false;
  /** The response's key, kept while the answers are unchanged (see `Sending.intent`). */
  private readonly intent = new IntentKey();
  private authored?: string;
  private readonly responseId = idempotencyKey();
  /** The survey in progress: model, answers, screen, problems (pure logic, outside the element). */
  private readonly flow = new SurveyFlow(this, {
    options: () => ({ layout: this.layout === 'auto' ? (this.narrow.narrow ? 'one-per-screen' : 'pages') : this.layout, persist: this.persist, kind: this.kind, launchContext: this.launchContext }),
    started: (model) => {
      void loadViews().catch(() => undefined);
      this.emit('fd-survey-start', { surveyId: model.id, ...(this.touchpoint ? { touchpoint: this.touchpoint } : {}) });
    },
    answered: (model, q) => this.emit('fd-survey-answer', { surveyId: model.id, questionId: q.id }),
  });

  private readonly surveyTask = new Task(this, {
    task: async ([port, surveyId, touchpoint, locale, active], { signal }) => {
      if (!port || !active) return undefined;
      if (!surveyId && !touchpoint) {
        const message = 'needs a survey-id or a touchpoint attribute';
        console.error(`Frontdesk: <fd-feedback-survey> ${message}.`);
        throw new FrontdeskError('config', message);
      }
      return this.flow.fetch(port, { surveyId, touchpoint, locale, signal }, this.valueSetTimeout);
    },
    args: () => [this.port('feedback', feedbackPort), this.surveyId, this.touchpoint, this.resolvedLocale, this.currentPhase === 'survey'] as const,
    onComplete: (model) => model && this.flow.adopt(model),
    onError: (error) => this.reportError(error instanceof UnrenderableItemError ? new FrontdeskError('invalid-response', error.message) : error),
  });

  /** `layout="auto"` follows the viewport: one per screen when narrow, keeping the question on screen. */
  private readonly narrow = new NarrowController(this, (apply) => this.flow.keepShowing(apply));

  constructor() {
    super();
    // `trigger="prompt"`: a page event opens the prompt; its ids become the context unless one is set.
    new TriggerController(
      this,
      () => (this.trigger === 'prompt' ? this.triggerEvent.split(/\s+/).filter(Boolean) : []),
      (ids) => {
        this.context ??= ids;
        this.open();
      },
    );
  }

  private get currentPhase(): Phase {
    return this.phase ?? (this.trigger === 'prompt' ? 'waiting' : 'survey');
  }

  /** Opens the prompt (`trigger="prompt"`), as a trigger event would. */
  open(): void {
    void loadViews().catch(() => undefined);
    if (this.currentPhase === 'waiting' || this.currentPhase === 'dismissed') this.phase = 'prompt';
  }

  /** The lazily loaded views, or `undefined` (then re-renders when they arrive). */
  private views(): typeof Views | undefined {
    const views = loadedViews();
    if (!views) void loadViews().then(() => this.requestUpdate(), () => undefined);
    return views;
  }

  /** `intake` and `screening` are clinical forms, worded as such. */
  private get clinical(): boolean {
    const kind = this.kind ?? this.flow.model?.kind;
    return kind === 'intake' || kind === 'screening';
  }

  private readonly back = (): void => this.flow.go(Math.max(0, this.flow.screen - 1));

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    const model = this.flow.model;
    if (!model || this.currentPhase === 'sending') return;
    // A calculated score (and what an expression enables) is part of what is checked and sent:
    // while the FHIRPath chunk loads, the button waits for it, then goes on with the answers as they are then.
    const pending = this.flow.computed?.pending(model);
    if (pending) {
      this.phase = 'sending';
      void pending.then(() => {
        this.phase = 'survey';
        this.flow.recompute();
        if (this.flow.model) this.advance(this.flow.model);
      });
      return;
    }
    this.advance(model);
  };

  /** Next (after checking this screen; saved as a partial response with `persist="server"`), or the last screen's send. */
  private advance(model: SurveyModel): void {
    const step = this.flow.advance(model, (count) => this.messages(surveyMessages).fixProblems(count));
    if (step === 'send') void this.send(model);
    const save = this.port('feedback', feedbackPort)?.savePartial;
    if (step === 'next' && this.persist === 'server' && save) {
      const { answers, computed } = this.flow;
      save({ responseId: this.responseId, surveyId: model.id, answers: toFrontdeskAnswers(model, answers, computed?.off), idempotencyKey: idempotencyKey() }).catch(() => undefined);
    }
  }

  private async send(model: SurveyModel): Promise<void> {
    const port = this.port('feedback', feedbackPort);
    if (!port) return;
    this.authored ??= new Date().toISOString();
    this.phase = 'sending';
    this.sendError = undefined;
    const { answers, computed } = this.flow;
    const off = computed?.off;
    const low = hasLowScore(model, answers, parseThresholds(this.lowScore), off);
    try {
      const receipt = await sendResponse(port, {
        model,
        answers,
        off,
        authored: this.authored,
        intent: this.intent,
        touchpoint: this.touchpoint,
        context: this.anonymous ? undefined : this.context,
        contactRequested: !this.anonymous && low && this.contactRequested ? true : undefined,
      });
      if (this.persist) void loadDrafts().then((d) => d.clearDraft(model.id));
      await loadViews().catch(() => undefined);
      this.phase = 'done';
      // The form is gone: focus the thanks, so keyboard and screen-reader users are not left on the page's body.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#thanks')?.focus());
      const detail = { surveyId: model.id, responseId: receipt.responseId, ...(this.touchpoint ? { touchpoint: this.touchpoint } : {}) };
      this.emit('fd-survey-submit', { ...detail, scores: scoreSummary(model, this.flow.answers, off), lowScore: low });
    } catch (error) {
      this.phase = 'survey';
      if (isAbortError(error)) return;
      this.sendError = error;
      this.reportError(error);
    }
  }

  private readonly renderFollowUp = (q: Question): unknown => {
    const model = this.flow.model;
    const limit = isScore(q.control) ? parseThresholds(this.lowScore)[q.control] : undefined;
    const v = this.flow.answers[q.id]?.[0]?.value;
    if (!model || limit === undefined || typeof v !== 'number' || v > limit) return nothing;
    const t = this.messages(surveyMessages);
    return renderFollowUp({
      t,
      anonymous: this.anonymous,
      contactRequested: this.contactRequested,
      setContactRequested: (requested) => (this.contactRequested = requested),
      contact: this.views()?.renderContact(contactOf(model, this.contactPhone, this.contactEmail), t) ?? nothing,
    });
  };

  protected override renderContent(): unknown {
    const t = this.messages(surveyMessages);
    const level = Math.min(6, Math.max(2, this.headingLevel));
    const phase = this.currentPhase;
    if (phase === 'waiting' || phase === 'dismissed') {
      this.setViewState(phase === 'waiting' ? 'idle' : 'dismissed');
      return nothing;
    }
    const v = phase === 'prompt' || phase === 'done' ? this.views() : undefined;
    if ((phase === 'prompt' || phase === 'done') && !v) return this.renderLoading();
    if (phase === 'prompt' && v) {
      this.setViewState('prompt');
      return v.renderPrompt(t, level, () => (this.phase = 'survey'), () => (this.phase = 'dismissed'));
    }
    const model = this.flow.model;
    if (phase === 'done' && model && v) {
      this.setViewState('submitted');
      return v.renderThanks({
        t,
        title: model.thankYou?.title ?? (this.clinical ? t.sentToPractice : undefined),
        body: model.thankYou?.body,
        lowScore: hasLowScore(model, this.flow.answers, parseThresholds(this.lowScore), this.flow.computed?.off),
        contactRequested: !this.anonymous && this.contactRequested,
        contact: contactOf(model, this.contactPhone, this.contactEmail),
        reviewUrl: this.reviewUrl ?? model.reviewUrl,
        headingLevel: level,
      });
    }
    const error = this.surveyTask.error;
    if (error instanceof UnrenderableItemError) {
      this.setViewState('error');
      return renderRefused(error.labels, t);
    }
    // On a re-fetch (locale switch) the survey on screen stays, with every answer, until the new text arrives.
    return model ? this.renderSurvey(model, level) : this.renderTask(this.surveyTask, () => this.renderLoading());
  }

  private renderSurvey(model: SurveyModel, headingLevel: number): unknown {
    const t = this.messages(surveyMessages);
    const { flow } = this;
    this.setViewState(this.currentPhase === 'sending' ? 'submitting' : this.sendError ? 'submit-failed' : 'ready');
    const screens = flow.screens(model);
    const ctx: QuestionContext = {
      answers: flow.answers,
      enabled: flow.enabled(model),
      problems: flow.problems,
      t,
      hint: model.source === 'frontdesk' && !this.clinical,
      computed: flow.computed,
      extra: flow.extras ? (q, c) => flow.extras?.renderExtra(q, c, flow.repeatActions) : undefined,
      set: flow.setAnswer,
      after: this.renderFollowUp,
    };
    return renderForm({
      model,
      screens,
      index: Math.min(flow.screen, Math.max(0, screens.length - 1)),
      headingLevel,
      t,
      core: this.messages(coreMessages),
      ctx,
      anonymous: this.anonymous,
      summary: flow.summary,
      sending: this.currentPhase === 'sending',
      failed: this.sendError ? toFrontdeskError(this.sendError) : undefined,
      clinical: this.clinical,
      safety: flow.computed?.safety(model, flow.answers, ctx.enabled) ?? nothing,
      submit: this.onSubmit,
      back: this.back,
    });
  }
}
