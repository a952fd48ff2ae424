import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FrontdeskElement } from '../../core/element.js';
import { FrontdeskError, isAbortError, toFrontdeskError } from '../../core/errors.js';
import { coreMessages } from '../../core/messages/core.js';
import { feedbackPort } from '../../core/ports/feedback.js';
import { idempotencyKey } from '../../core/resilience.js';
import type { FeedbackContext, Questionnaire, SurveyDefinition } from '../../core/schemas/feedback.js';
import { hasLowScore, parseThresholds, problemWith, scoreSummary, screensOf, toFrontdeskAnswers, type Layout as SurveyLayout, type Problem } from './answers.js';
import type { Computed } from './computed.js';
import { enabledIds } from './conditions.js';
import type { LaunchContext as SurveyLaunchContext } from './expressions.js';
import type * as Drafts from './draft.js';
import type * as Extras from './extras.js';
import { surveyMessages } from './messages.js';
import { UnrenderableItemError, fromFrontdesk, initialAnswers, isScore, walk, type Question, type SurveyKind, type SurveyModel, type Value } from './model.js';
import { domId, renderItem, type QuestionContext } from './questions.js';
import { styles } from './feedback-survey.styles.js';
import { TriggerController } from './trigger.js';
import type * as Views from './views.js';

type Phase = 'waiting' | 'prompt' | 'survey' | 'sending' | 'done' | 'dismissed';
const warned = new Set<string>();
// The prompt, the follow-up's contact links and the thank-you screen load once a survey starts
// (its first answer, or a trigger event): a survey never waits on them, a page that only shows one never loads them early.
// `persist="session"` only: the draft code loads with the survey, for the pages that ask for it.
let drafts: typeof Drafts | undefined;
const loadDrafts = async () => (drafts ??= await import('./draft.js'));
let views: typeof Views | undefined;
let viewsLoading: Promise<unknown> | undefined;
const loadViews = () =>
  (viewsLoading ??= import('./views.js').then(
    (m) => (views = m),
    (error: unknown) => {
      viewsLoading = undefined; // a later render tries again
      throw error;
    },
  ));
const isQuestionnaire = (d: SurveyDefinition): d is Questionnaire => (d as { resourceType?: unknown }).resourceType === 'Questionnaire';
const choiceControls = new Set(['nps', 'csat', 'ces', 'stars', 'radio', 'checkbox', 'yes-no', 'dropdown', 'autocomplete']);

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

  /** `session`: keep picked answers (never typed text) in sessionStorage until submit; `server`: also `savePartial` on each step. */
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
  @state() private answers: Record<string, Value[]> = {};
  @state() private screen = 0;
  @state() private problems: Record<string, Problem> = {};
  // Set with `phase` (which re-renders), or read only after it changes.
  private sendError?: unknown;
  private contactRequested = false;
  @state() private model?: SurveyModel;
  /** Set with `problems`. */
  private summary = '';

  private key?: string;
  private authored?: string;
  private started = false;
  private readonly responseId = idempotencyKey();
  /** A Questionnaire's FHIRPath and its own items: created with the FHIR part, so Frontdesk surveys never load it. */
  private computed?: Computed;
  /** The repeats/attachments part, for a Questionnaire that has a repeating group or an attachment. */
  private extras?: typeof Extras;
  /** The survey as defined; `model` is it with each repeating group expanded to its instances. */
  private base?: SurveyModel;
  private instances: Record<string, number> = {};

  private readonly surveyTask = new Task(this, {
    task: async ([port, surveyId, touchpoint, locale, active], { signal }) => {
      if (!port || !active) return undefined;
      if (!surveyId && !touchpoint) {
        const message = 'needs a survey-id or a touchpoint attribute';
        console.error(`Frontdesk: <fd-feedback-survey> ${message}.`);
        throw new FrontdeskError('config', message);
      }
      const definition = await port.getSurvey({ surveyId, touchpoint, locale, signal });
      if (this.persist) await loadDrafts();
      try {
        if (!isQuestionnaire(definition)) return fromFrontdesk(definition);
        const fhir = await import('./fhir.js');
        this.computed ??= new fhir.Computed(this);
        const model = fhir.fromQuestionnaire(definition, await fhir.expandAll(port, fhir.externalValueSets(definition), signal, this.valueSetTimeout));
        if (model.extras) this.extras ??= await import('./extras.js');
        return model;
      } catch (error) {
        if (error instanceof UnrenderableItemError) console.error(`Frontdesk: <fd-feedback-survey> ${error.message}.`);
        throw error;
      }
    },
    args: () => [this.port('feedback', feedbackPort), this.surveyId, this.touchpoint, this.resolvedLocale, this.currentPhase === 'survey'] as const,
    onComplete: (model) => model && this.adopt(model),
    onError: (error) => this.reportError(error instanceof UnrenderableItemError ? new FrontdeskError('invalid-response', error.message) : error),
  });

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
    if (!views) void loadViews().then(() => this.requestUpdate(), () => undefined);
    return views;
  }

  private adopt(model: SurveyModel): void {
    for (const warning of model.warnings) {
      if (warned.has(warning)) continue;
      warned.add(warning);
      console.warn(`Frontdesk: <fd-feedback-survey> ${warning}`);
    }
    // A new survey starts from its initial answers and any draft; a re-fetch (locale switch) keeps every answer.
    if (this.model?.id !== model.id) this.answers = { ...initialAnswers(model), ...(this.persist ? drafts?.loadDraft(model) : {}), ...this.answers };
    this.base = model;
    this.model = this.extras?.expandRepeats(model, this.instances) ?? model;
    const computed = this.computed;
    computed?.load(model, this.launchContext, (initial) => {
      if (this.base === model && this.model) this.answers = computed.update(this.model, { ...initial, ...this.answers }, this.launchContext);
    });
  }

  private readonly repeatActions = {
    count: (id: string) => this.instances[id] ?? 1,
    add: (group: Question) => this.setInstances(group, (this.instances[group.linkId ?? group.id] ?? 1) + 1, `#${domId(group).replace(/_35\d+$/, '')}_35${(this.instances[group.linkId ?? group.id] ?? 1) + 1}`),
    remove: (group: Question, n: number) => {
      const count = this.instances[group.linkId ?? group.id] ?? 1;
      this.answers = this.extras?.removeInstance(this.answers, group, n, count) ?? this.answers;
      // Focus the instance that takes the removed one's place (else the one before it).
      const at = Math.min(n, count - 1);
      this.setInstances(group, count - 1, `#${domId(group).replace(/_35\d+$/, '')}${at > 1 ? `_35${at}` : ''}`);
    },
  };

  /** A repeating group gets or loses an instance; focus moves to what the patient acts on next. */
  private setInstances(group: Question, count: number, focus: string): void {
    const base = this.base;
    if (!base || !this.extras) return;
    this.instances = { ...this.instances, [group.linkId ?? group.id]: count };
    this.model = this.extras.expandRepeats(base, this.instances);
    if (this.computed) this.answers = this.computed.update(this.model, this.answers, this.launchContext);
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(focus);
      (target?.querySelector<HTMLElement>('input, select, textarea') ?? target)?.focus();
    });
  }

  /** The enabled questions for the current answers (enableWhen and any `enableWhenExpression`). */
  private enabled(model: SurveyModel): Set<string> {
    return enabledIds(this.roots(model), this.answers, this.computed?.off);
  }

  /** `intake` and `screening` are clinical forms, worded as such. */
  private get clinical(): boolean {
    const kind = this.kind ?? this.model?.kind;
    return kind === 'intake' || kind === 'screening';
  }

  private roots(model: SurveyModel): Question[] {
    return model.pages.flatMap((p) => p.items);
  }

  /** `layout="auto"` follows the viewport: one per screen when narrow, keeping the question on screen. */
  // On a server render (no matchMedia) it is never narrow: connectedCallback runs only in a browser.
  private readonly narrowQuery = typeof matchMedia === 'function' ? matchMedia('(max-width: 30em)') : undefined;
  @state() private narrow = this.narrowQuery?.matches ?? false;
  private readonly onNarrow = (): void => {
    const model = this.model;
    const showing = model && this.screens(model)[this.screen]?.[0]?.id;
    this.narrow = this.narrowQuery?.matches ?? false;
    if (model) this.screen = Math.max(0, this.screens(model).findIndex((s) => s.some((q) => q.id === showing)));
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.narrowQuery?.addEventListener('change', this.onNarrow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.narrowQuery?.removeEventListener('change', this.onNarrow);
  }

  private screens(model: SurveyModel): Question[][] {
    const layout = this.layout === 'auto' ? (this.narrow ? 'one-per-screen' : 'pages') : this.layout;
    const enabled = this.enabled(model);
    return screensOf(model, layout).filter((s) => s.some((q) => enabled.has(q.id) && !q.hidden));
  }

  private readonly setAnswer = (q: Question, values: Value[]): void => {
    const model = this.model;
    // A read-only or calculated question never takes input.
    if (!model || q.readOnly || q.control === 'calculated') return;
    const before = this.answers[q.id] ?? [];
    const next = { ...this.answers, [q.id]: values };
    this.answers = this.computed?.update(model, next, this.launchContext) ?? next;
    if (this.problems[q.id]) this.problems = Object.fromEntries(Object.entries(this.problems).filter(([id]) => id !== q.id));
    this.begin(model);
    // Typed answers report when they become answered (or empty), not on every keystroke.
    if (choiceControls.has(q.control) || !before.length !== !values.length) this.emit('fd-survey-answer', { surveyId: model.id, questionId: q.id });
    if (this.persist) void loadDrafts().then((d) => d.saveDraft(model, this.answers));
  };

  private begin(model: SurveyModel): void {
    if (this.started) return;
    this.started = true;
    void loadViews().catch(() => undefined);
    this.emit('fd-survey-start', { surveyId: model.id, ...(this.touchpoint ? { touchpoint: this.touchpoint } : {}) });
  }

  /** Checks the given questions (enabled ones only); shows and focuses the problems. */
  private check(items: readonly Question[], model: SurveyModel): boolean {
    const enabled = this.enabled(model);
    const problems: Record<string, Problem> = {};
    for (const q of walk(items)) {
      if (!enabled.has(q.id) || q.hidden || q.control === 'group' || q.control === 'display') continue;
      const p = problemWith(q, this.answers[q.id]);
      if (p) problems[q.id] = p;
    }
    this.problems = problems;
    const count = Object.keys(problems).length;
    this.summary = count ? this.messages(surveyMessages).fixProblems(count) : '';
    if (count) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return count === 0;
  }

  private go(screen: number): void {
    this.screen = screen;
    this.problems = {};
    this.summary = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#progress')?.focus());
  }

  private readonly back = (): void => this.go(Math.max(0, this.screen - 1));

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    const model = this.model;
    if (!model || this.currentPhase === 'sending') return;
    // A calculated score (and what an expression enables) is part of what is checked and sent:
    // while the FHIRPath chunk loads, the button waits for it, then goes on with the answers as they are then.
    const pending = this.computed?.pending(model);
    if (pending) {
      this.phase = 'sending';
      void pending.then(() => {
        this.phase = 'survey';
        const now = this.model;
        if (now) this.answers = this.computed?.update(now, this.answers, this.launchContext) ?? this.answers;
        if (now) this.advance(now);
      });
      return;
    }
    this.advance(model);
  };

  /** Next (after checking this screen), or the last screen's send. */
  private advance(model: SurveyModel): void {
    const screens = this.screens(model);
    const index = Math.min(this.screen, screens.length - 1);
    if (index < screens.length - 1) {
      if (!this.check(screens[index] ?? [], model)) return;
      this.go(index + 1);
      const save = this.port('feedback', feedbackPort)?.savePartial;
      if (this.persist === 'server' && save) {
        save({ responseId: this.responseId, surveyId: model.id, answers: toFrontdeskAnswers(model, this.answers, this.computed?.off), idempotencyKey: idempotencyKey() }).catch(() => undefined);
      }
      return;
    }
    if (!this.check(this.roots(model), model)) {
      const first = screens.findIndex((s) => [...walk(s)].some((q) => this.problems[q.id]));
      if (first >= 0 && first !== index) this.screen = first;
      return;
    }
    void this.send(model);
  }

  private async send(model: SurveyModel): Promise<void> {
    const port = this.port('feedback', feedbackPort);
    if (!port) return;
    // One key for this response: a retry after a failure (or a lost answer) can never submit twice.
    this.key ??= idempotencyKey();
    this.authored ??= new Date().toISOString();
    this.phase = 'sending';
    this.sendError = undefined;
    const off = this.computed?.off;
    const low = hasLowScore(model, this.answers, parseThresholds(this.lowScore), off);
    try {
      const response = model.source === 'fhir' ? (await import('./fhir.js')).toQuestionnaireResponse(model, this.answers, this.authored, off) : undefined;
      const receipt = await port.submit({
        surveyId: model.id,
        touchpoint: this.touchpoint,
        answers: toFrontdeskAnswers(model, this.answers, off),
        response,
        context: this.anonymous ? undefined : this.context,
        contactRequested: !this.anonymous && low && this.contactRequested ? true : undefined,
        idempotencyKey: this.key,
      });
      if (this.persist) void loadDrafts().then((d) => d.clearDraft(model.id));
      await loadViews().catch(() => undefined);
      this.phase = 'done';
      // The form is gone: focus the thanks, so keyboard and screen-reader users are not left on the page's body.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#thanks')?.focus());
      this.emit('fd-survey-submit', {
        surveyId: model.id,
        responseId: receipt.responseId,
        ...(this.touchpoint ? { touchpoint: this.touchpoint } : {}),
        scores: scoreSummary(model, this.answers, off),
        lowScore: low,
      });
    } catch (error) {
      this.phase = 'survey';
      if (isAbortError(error)) return;
      this.sendError = error;
      this.reportError(error);
    }
  }

  private contact(model: SurveyModel) {
    return { ...model.contact, ...(this.contactPhone ? { phone: this.contactPhone } : {}), ...(this.contactEmail ? { email: this.contactEmail } : {}) };
  }

  private isLow(q: Question): boolean {
    const limit = isScore(q.control) ? parseThresholds(this.lowScore)[q.control] : undefined;
    const v = this.answers[q.id]?.[0]?.value;
    return limit !== undefined && typeof v === 'number' && v <= limit;
  }

  private readonly renderFollowUp = (q: Question): unknown => {
    const model = this.model;
    if (!model || !this.isLow(q)) return nothing;
    const t = this.messages(surveyMessages);
    return html`<div class="follow-up" part="follow-up">
      ${this.anonymous
        ? html`<p>${t.followUpAnonymous}</p>`
        : html`<p>${t.followUp}</p>
            <label class="option" part="option"
              ><input type="checkbox" .checked=${this.contactRequested} @change=${(e: Event) => (this.contactRequested = (e.target as HTMLInputElement).checked)} /><span
                >${t.followUpYes}</span
              ></label
            >`}
      ${this.views()?.renderContact(this.contact(model), t) ?? nothing}
    </div>`;
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
    const model = this.model;
    if (phase === 'done' && model && v) {
      this.setViewState('submitted');
      const low = hasLowScore(model, this.answers, parseThresholds(this.lowScore), this.computed?.off);
      return v.renderThanks({
        t,
        title: model.thankYou?.title ?? (this.clinical ? t.sentToPractice : undefined),
        body: model.thankYou?.body,
        lowScore: low,
        contactRequested: !this.anonymous && this.contactRequested,
        contact: this.contact(model),
        reviewUrl: this.reviewUrl ?? model.reviewUrl,
        headingLevel: level,
      });
    }
    const error = this.surveyTask.error;
    if (error instanceof UnrenderableItemError) {
      this.setViewState('error');
      return html`<div class="fd-status" part="status error" role="alert">
        <p>${t.unrenderable(error.labels.length)}</p>
        <ul>
          ${error.labels.map((l) => html`<li>${l}</li>`)}
        </ul>
        <p>${t.contactPractice}</p>
      </div>`;
    }
    // On a re-fetch (locale switch) the survey on screen stays, with every answer, until the new text arrives.
    return model ? this.renderSurvey(model, level) : this.renderTask(this.surveyTask, () => this.renderLoading());
  }

  private renderSurvey(model: SurveyModel, level: number): unknown {
    const t = this.messages(surveyMessages);
    const core = this.messages(coreMessages);
    this.setViewState(this.currentPhase === 'sending' ? 'submitting' : this.sendError ? 'submit-failed' : 'ready');
    const screens = this.screens(model);
    const index = Math.min(this.screen, Math.max(0, screens.length - 1));
    const last = index >= screens.length - 1;
    const page = screens.length === model.pages.length ? model.pages[index]?.title : undefined;
    const ctx: QuestionContext = {
      answers: this.answers,
      enabled: this.enabled(model),
      problems: this.problems,
      t,
      hint: model.source === 'frontdesk' && !this.clinical,
      computed: this.computed,
      extra: this.extras ? (q, c) => this.extras?.renderExtra(q, c, this.repeatActions) : undefined,
      set: this.setAnswer,
      after: this.renderFollowUp,
    };
    const sending = this.currentPhase === 'sending';
    const failed = this.sendError ? toFrontdeskError(this.sendError) : undefined;
    return html`<form part="form" novalidate aria-labelledby=${model.title ? 'title' : nothing} @submit=${this.onSubmit}>
      ${model.title ? html`<p id="title" class="title" role="heading" aria-level=${level} part="title">${model.title}</p>` : nothing}
      ${index === 0 && model.intro ? html`<p part="intro">${model.intro}</p>` : nothing}
      ${this.anonymous ? html`<p class="help">${t.anonymous}</p>` : nothing}
      ${screens.length > 1
        ? html`<p id="progress" part="progress" tabindex="-1">
            ${t.progress(index + 1, screens.length)} <progress max=${screens.length} value=${index + 1} aria-hidden="true"></progress>
          </p>`
        : nothing}
      ${page ? html`<p class="page-title" role="heading" aria-level=${Math.min(6, level + 1)}>${page}</p>` : nothing}
      ${(screens[index] ?? []).map((q) => renderItem(q, ctx))} ${this.computed?.safety(model, this.answers, ctx.enabled) ?? nothing}
      <p class="error" role="alert">${this.summary}</p>
      ${failed
        ? html`<div class="fd-status" part="status error" role="alert">
            <p>${t.submitFailed}</p>
            <p>${core[`error.${failed.kind}`]}</p>
          </div>`
        : nothing}
      <div class="nav" part="nav">
        ${index > 0 ? html`<button class="fd-button" data-variant="secondary" part="back-button" type="button" @click=${this.back}>${t.back}</button>` : nothing}
        <button class="fd-button" part="next-button" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${last ? (sending ? t.sending : failed ? core.tryAgain : this.clinical ? t.submitForm : t.submit) : t.next}
        </button>
      </div>
    </form>`;
  }
}
