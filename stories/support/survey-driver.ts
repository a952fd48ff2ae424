import type { FeedbackSurvey } from '../../src/widgets/feedback-survey/feedback-survey.js';
import { until } from './picker-driver.js';

/**
 * Drives a story's `<fd-feedback-survey>` the way a patient would (clicks and typing on
 * the rendered controls), for stories that reach a state by interaction and for tests.
 */
export class SurveyDriver {
  constructor(readonly el: FeedbackSurvey) {}

  static async in(canvas: HTMLElement): Promise<SurveyDriver> {
    const el = await until(() => canvas.querySelector<FeedbackSurvey>('fd-feedback-survey'), 'no <fd-feedback-survey> in the story');
    const driver = new SurveyDriver(el);
    await driver.reach('ready', 'prompt', 'idle');
    return driver;
  }

  /** Waits until the survey is in one of the states. */
  async reach(...states: string[]): Promise<void> {
    await until(() => states.includes(this.el.viewState ?? ''), `the survey never reached ${states.join(' or ')} (at ${this.el.viewState})`, 8000);
    await this.el.updateComplete;
  }

  /** Picks the option `value` of question `id` (a radio, checkbox or scale point). */
  async pick(id: string, value: string): Promise<void> {
    const input = await until(() => this.el.shadowRoot?.querySelector<HTMLInputElement>(`input[name="q-${id}"][value="${value}"]`), `no option ${value} of ${id}`);
    input.click();
    await this.el.updateComplete;
  }

  /** Presses Next, or Send on the last step. */
  async next(): Promise<void> {
    this.el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="next-button"]')?.click();
    await this.el.updateComplete;
  }
}

/** A CSF3 `play` that drives the story's survey. */
export const driveSurvey =
  (steps: (survey: SurveyDriver) => Promise<void>) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> =>
    steps(await SurveyDriver.in(canvasElement));
