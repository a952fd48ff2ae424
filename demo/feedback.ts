// The feedback page scopes its adapter to parts of the page with <fd-provider>,
// and imports the memory adapter from its own entry point.
import 'frontdesk-widgets/define';
import { createMemoryAdapter } from 'frontdesk-widgets/adapters/memory';

for (const provider of document.querySelectorAll('fd-provider')) provider.adapter = createMemoryAdapter({ latencyMs: 300, demo: true });

// The page hears about responses through events: survey id, response id and rating scores,
// never what the patient wrote.
const status = document.querySelector('#feedback-status');
document.body.addEventListener('fd-survey-submit', (event) => {
  const { surveyId, scores } = event.detail;
  if (status && surveyId === 'post-visit') status.textContent = `Feedback received${scores.nps === undefined ? '' : ` — you gave us ${scores.nps} out of 10`}.`;
});
