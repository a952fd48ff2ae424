import type { ReactiveControllerHost } from 'lit';
import { renderCalculated, renderSafety, renderUnavailable } from './fhir-items.js';
import type * as Expressions from './expressions.js';
import { walk, type Answers, type Option, type Question, type SurveyModel, type Value } from './model.js';
import type { QuestionContext } from './questions.js';

export const none: ReadonlySet<string> = new Set();

/**
 * The survey's FHIRPath, for a Questionnaire that has expressions: loads the engine (its own
 * chunk, never for other surveys), pre-fills from the page's launch context, and recomputes
 * calculated values, expression conditions and options on every answer. If the engine cannot
 * load or an expression fails, the items say "calculated by the practice".
 */
export class Computed {
  private engine?: typeof Expressions;
  private broken = false;
  private evaluation?: Expressions.Evaluation;
  private loading?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Loads the engine for a model with expressions; `ready` gets the initial values, then `update` is due. */
  load(model: SurveyModel, context: Expressions.LaunchContext | undefined, ready: (initial: Record<string, Value[]>) => void): void {
    if (!model.fhirpath || this.engine || this.broken) return;
    this.loading = import('./expressions.js').then(
      (m) => {
        this.engine = m;
        ready(m.initialValues(model, context));
      },
      () => {
        this.broken = true;
        this.host.requestUpdate();
      },
    );
  }

  /**
   * While the engine of a model with expressions is still loading, a promise settled once it has
   * (and its initial values are in); else `undefined`. A calculated score is part of what is
   * checked and sent, so a submit waits for it.
   */
  pending(model: SurveyModel): Promise<void> | undefined {
    return model.fhirpath && !this.engine && !this.broken ? this.loading : undefined;
  }

  /** The answers with every calculated value worked out again (calculated items take no other input). */
  update(model: SurveyModel, answers: Answers, context: Expressions.LaunchContext | undefined): Record<string, Value[]> {
    const out: Record<string, Value[]> = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, [...v]]));
    // Calculated values are never kept from before: each evaluation states them afresh.
    if (!model.fhirpath || !this.engine) return out;
    this.evaluation = this.engine.evaluate(model, answers, context);
    const calculated = new Set(model.pages.flatMap((p) => [...walk(p.items)]).filter((q) => q.control === 'calculated').map((q) => q.id));
    return { ...Object.fromEntries(Object.entries(out).filter(([id]) => !calculated.has(id))), ...this.evaluation.calculated };
  }

  /** Questions an `enableWhenExpression` turned off. */
  get off(): ReadonlySet<string> {
    return this.evaluation?.off ?? none;
  }

  /** `pending` while the engine loads, `failed` when it (or this item's expression) cannot be evaluated. */
  status(q: Question): 'ready' | 'pending' | 'failed' {
    if (this.broken || this.evaluation?.failed.has(q.id)) return 'failed';
    return this.engine ? 'ready' : 'pending';
  }

  /** A calculated item (text, never a field) or one the form cannot show. */
  render(q: Question, c: QuestionContext): unknown {
    return q.control === 'calculated' ? renderCalculated(q, c) : renderUnavailable(q, c);
  }

  /** The Questionnaire's safety notices that hold for the answers to enabled questions, as an alert. */
  safety(model: SurveyModel, answers: Answers, enabled: ReadonlySet<string>): unknown {
    return renderSafety(model.safety ?? [], answers, enabled);
  }

  /** Options an `answerExpression` gives, else the item's own. */
  options(q: Question): Option[] {
    return this.evaluation?.options[q.id] ?? q.options;
  }
}

