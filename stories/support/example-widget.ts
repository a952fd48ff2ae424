import { Task } from '@lit/task';
import { html } from 'lit';
import { FrontdeskElement } from '../../src/core/element.js';
import { define } from '../../src/core/define.js';
import { schedulingPort } from '../../src/core/ports/scheduling.js';

/**
 * A minimal widget on the base class: it lists the practice's locations. Stories and
 * tests use it to show what every widget inherits (adapter resolution, loading, error,
 * not-configured, locale), and it is the shortest example of writing a widget.
 */
export class ExampleWidget extends FrontdeskElement {
  readonly locations = new Task(this, {
    task: async ([port], { signal }) => (port ? port.listLocations({ signal }) : []),
    args: () => [this.port('scheduling', schedulingPort)] as const,
    onError: (error) => this.reportError(error),
  });

  protected override renderContent() {
    return this.renderTask(this.locations, (list) => {
      this.setViewState(list.length ? 'ready' : 'empty');
      // Empty says so (a real widget says why and what next), so the story is not a blank canvas.
      if (!list.length) return html`<p>No locations to show.</p>`;
      return html`<ul>
        ${list.map((l) => html`<li>${l.name}</li>`)}
      </ul>`;
    });
  }
}
define('fd-example-widget', ExampleWidget);

declare global {
  interface HTMLElementTagNameMap {
    'fd-example-widget': ExampleWidget;
  }
}
