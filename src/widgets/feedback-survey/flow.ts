import type { ReactiveControllerHost } from 'lit';
import type { FeedbackPort } from '../../core/adapter.js';
import type { Questionnaire, SurveyDefinition } from '../../core/schemas/feedback.js';
import { problemsIn, screensOf, type Layout, type Problem } from './answers.js';
import type { Computed } from './computed.js';
import { enabledIds } from './conditions.js';
import type { LaunchContext } from './expressions.js';
import type * as Extras from './extras.js';
import { loadDrafts, loadedDrafts } from './loaders.js';
import { UnrenderableItemError, fromFrontdesk, initialAnswers, walk, type Question, type SurveyKind, type SurveyModel, type Value } from './model.js';
import { instanceSelector } from './questions.js';
import type { RepeatActions } from './repeats.js';

const warned = new Set<string>();
const choiceControls = new Set(['nps', 'csat', 'ces', 'stars', 'radio', 'checkbox', 'yes-no', 'dropdown', 'autocomplete']);
const groupKey = (q: Question) => q.linkId ?? q.id;
const isQuestionnaire = (d: SurveyDefinition): d is Questionnaire => (d as { resourceType?: unknown }).resourceType === 'Questionnaire';

/** The element a flow renders in. */
export type FlowElement = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the flow needs from its element. */
export interface FlowHooks {
  /** `auto` resolved against the viewport, and the element's `persist`, `kind` (a clinical form's draft is never stored) and `launchContext`. */
  options(): { layout: Layout; persist: 'session' | 'server' | undefined; kind: SurveyKind | undefined; launchContext: LaunchContext | undefined };
  /** The first answer: the survey has started. */
  started(model: SurveyModel): void;
  /** A question was answered (or cleared). */
  answered(model: SurveyModel, q: Question): void;
}

/**
 * A survey in progress, outside the element: the model (each repeating group expanded to its
 * instances), the answers with their calculated values, the screen shown and its problems.
 * Every change asks the element to render again.
 */
export class SurveyFlow {
  answers: Record<string, Value[]> = {};
  screen = 0;
  problems: Record<string, Problem> = {};
  /** "Please fix N problems", set with `problems`. */
  summary = '';
  model?: SurveyModel;
  /** A Questionnaire's FHIRPath and its own items: created with the FHIR part, so Frontdesk surveys never load it. */
  computed?: Computed;
  /** The repeats/attachments part, for a Questionnaire that has a repeating group or an attachment. */
  extras?: typeof Extras;
  /** The survey as defined; `model` is it with each repeating group expanded to its instances. */
  private base?: SurveyModel;
  private instances: Record<string, number> = {};
  private begun = false;

  constructor(
    private readonly host: FlowElement,
    private readonly hooks: FlowHooks,
  ) {}

  private set<K extends 'answers' | 'screen' | 'problems' | 'model'>(key: K, value: this[K]): void {
    this[key] = value;
    this.host.requestUpdate();
  }

  /**
   * Fetches the survey through the port, with the parts it needs: a Questionnaire's FHIR part
   * (its external value sets expanded within `valueSetTimeout` ms), and its repeats/attachments part.
   */
  async fetch(port: FeedbackPort, request: Parameters<FeedbackPort['getSurvey']>[0] & { signal: AbortSignal }, valueSetTimeout: number): Promise<SurveyModel> {
    const definition = await port.getSurvey(request);
    if (this.hooks.options().persist) await loadDrafts();
    try {
      if (!isQuestionnaire(definition)) return fromFrontdesk(definition);
      const fhir = await import('./fhir.js');
      this.computed ??= new fhir.Computed(this.host);
      const model = fhir.fromQuestionnaire(definition, await fhir.expandAll(port, fhir.externalValueSets(definition), request.signal, valueSetTimeout));
      if (model.extras) this.extras ??= await import('./extras.js');
      return model;
    } catch (error) {
      if (error instanceof UnrenderableItemError) console.error(`Frontdesk: <fd-feedback-survey> ${error.message}.`);
      throw error;
    }
  }

  /** A survey (or the same one again, in another language) arrived. */
  adopt(model: SurveyModel): void {
    for (const warning of model.warnings) {
      if (warned.has(warning)) continue;
      warned.add(warning);
      console.warn(`Frontdesk: <fd-feedback-survey> ${warning}`);
    }
    const { persist, kind, launchContext } = this.hooks.options();
    // A new survey starts from its initial answers and any draft; a re-fetch (locale switch) keeps every answer.
    if (this.model?.id !== model.id) this.set('answers', { ...initialAnswers(model), ...(persist ? loadedDrafts()?.loadDraft(model, kind) : {}), ...this.answers });
    this.base = model;
    this.set('model', this.extras?.expandRepeats(model, this.instances) ?? model);
    const computed = this.computed;
    computed?.load(model, launchContext, (initial) => {
      if (this.base === model && this.model) this.set('answers', computed.update(this.model, { ...initial, ...this.answers }, this.hooks.options().launchContext));
    });
  }

  /** A repeating group's instances: how many, add one, remove one. */
  readonly repeatActions: RepeatActions = {
    count: (id: string) => this.instances[id] ?? 1,
    add: (group: Question) => {
      const count = (this.instances[groupKey(group)] ?? 1) + 1;
      this.setInstances(group, count, instanceSelector(group, count));
    },
    remove: (group: Question, n: number) => {
      const count = this.instances[groupKey(group)] ?? 1;
      this.set('answers', this.extras?.removeInstance(this.answers, group, n, count) ?? this.answers);
      // Focus the instance that takes the removed one's place (else the one before it).
      this.setInstances(group, count - 1, instanceSelector(group, Math.min(n, count - 1)));
    },
  };

  /** A repeating group gets or loses an instance; focus moves to what the patient acts on next. */
  private setInstances(group: Question, count: number, focus: string): void {
    const base = this.base;
    if (!base || !this.extras) return;
    this.instances = { ...this.instances, [groupKey(group)]: count };
    this.set('model', this.extras.expandRepeats(base, this.instances));
    if (this.computed) this.set('answers', this.computed.update(this.model as SurveyModel, this.answers, this.hooks.options().launchContext));
    this.focusAfterUpdate(focus, 'input, select, textarea');
  }

  private focusAfterUpdate(selector: string, inside?: string): void {
    void this.host.updateComplete.then(() => {
      const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
      ((inside ? target?.querySelector<HTMLElement>(inside) : undefined) ?? target)?.focus();
    });
  }

  /** The enabled questions for the current answers (enableWhen and any `enableWhenExpression`). */
  enabled(model: SurveyModel): Set<string> {
    return enabledIds(roots(model), this.answers, this.computed?.off);
  }

  /** The screens the layout makes, each with at least one enabled, shown question. */
  screens(model: SurveyModel): Question[][] {
    const enabled = this.enabled(model);
    return screensOf(model, this.hooks.options().layout).filter((s) => s.some((q) => enabled.has(q.id) && !q.hidden));
  }

  /** The patient answers `q` (a read-only or calculated question never takes input). */
  readonly setAnswer = (q: Question, values: Value[]): void => {
    const model = this.model;
    if (!model || q.readOnly || q.control === 'calculated') return;
    const before = this.answers[q.id] ?? [];
    const next = { ...this.answers, [q.id]: values };
    const { persist, kind, launchContext } = this.hooks.options();
    this.set('answers', this.computed?.update(model, next, launchContext) ?? next);
    if (this.problems[q.id]) this.set('problems', Object.fromEntries(Object.entries(this.problems).filter(([id]) => id !== q.id)));
    if (!this.begun) {
      this.begun = true;
      this.hooks.started(model);
    }
    // Typed answers report when they become answered (or empty), not on every keystroke.
    if (choiceControls.has(q.control) || !before.length !== !values.length) this.hooks.answered(model, q);
    if (persist) void loadDrafts().then((d) => d.saveDraft(model, this.answers, kind));
  };

  /** Calculated values worked out again (after the FHIRPath chunk arrived). */
  recompute(): void {
    if (this.model && this.computed) this.set('answers', this.computed.update(this.model, this.answers, this.hooks.options().launchContext));
  }

  /** Checks the given questions (enabled ones only); shows and focuses the problems. */
  private check(items: readonly Question[], model: SurveyModel, summary: (count: number) => string): boolean {
    this.set('problems', problemsIn(items, this.enabled(model), this.answers));
    const count = Object.keys(this.problems).length;
    this.summary = count ? summary(count) : '';
    if (count) this.focusAfterUpdate('[aria-invalid="true"]');
    return count === 0;
  }

  /**
   * The patient presses Next or Send: this screen is checked and the next one shown (`next`);
   * on the last screen every question is checked (`send` when none has a problem, else the first
   * screen with one is shown).
   */
  advance(model: SurveyModel, summary: (count: number) => string): 'next' | 'send' | 'problems' {
    const screens = this.screens(model);
    const index = Math.min(this.screen, screens.length - 1);
    if (index < screens.length - 1) {
      if (!this.check(screens[index] ?? [], model, summary)) return 'problems';
      this.go(index + 1);
      return 'next';
    }
    if (this.check(roots(model), model, summary)) return 'send';
    const first = screens.findIndex((s) => [...walk(s)].some((q) => this.problems[q.id]));
    if (first >= 0 && first !== index) this.set('screen', first);
    return 'problems';
  }

  /** Shows another screen, focusing its progress line. */
  go(screen: number): void {
    this.set('screen', screen);
    this.set('problems', {});
    this.summary = '';
    this.focusAfterUpdate('#progress');
  }

  /** After a layout change, the screen that holds the question that was shown. */
  keepShowing(change: () => void): void {
    const model = this.model;
    const showing = model && this.screens(model)[this.screen]?.[0]?.id;
    change();
    if (model) this.set('screen', Math.max(0, this.screens(model).findIndex((s) => s.some((q) => q.id === showing))));
  }
}

export const roots = (model: SurveyModel): Question[] => model.pages.flatMap((p) => p.items);
