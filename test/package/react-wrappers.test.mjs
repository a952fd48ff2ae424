// frontdesk-widgets/react (the @lit/react wrappers) in a React server render: each wrapper renders
// its tag with the plain attributes given; element properties and event props never leak into the
// markup as attributes (@lit/react sets them as properties and listeners in the browser).
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

test('every wrapper renders its tag; event props are not attributes', async () => {
  const wrappers = await import('../../dist/esm/react.js');
  const tags = {
    FdAppointmentPicker: 'fd-appointment-picker',
    FdChatLauncher: 'fd-chat-launcher',
    FdCostEstimator: 'fd-cost-estimator',
    FdFeedbackSurvey: 'fd-feedback-survey',
    FdProvider: 'fd-provider',
    FdWaitTimeBanner: 'fd-wait-time-banner',
  };
  assert.deepEqual(Object.keys(wrappers).sort(), Object.keys(tags));
  for (const [name, tag] of Object.entries(tags)) {
    const html = renderToString(createElement(wrappers[name], { id: 'w', className: 'brand', adapter: {}, onFdError: () => undefined }));
    assert.match(html, new RegExp(`^<${tag} id="w" class="brand"></${tag}>$`), `${name}: ${html}`);
  }
});
