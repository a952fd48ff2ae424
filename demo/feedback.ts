// The feedback page scopes its adapter to parts of the page with <fd-provider>,
// and imports the memory adapter from its own entry point.
// Under `npm start` the responses go to frontdesk-server (demo/practice.ts): a low score that asks
// for contact lands in the staff console's follow-up queue.
import 'frontdesk-widgets/define';
import { demoPractice } from './practice.js';

for (const provider of document.querySelectorAll('fd-provider')) provider.adapter = demoPractice();

// The page hears about responses through events: survey id, response id and rating scores,
// never what the patient wrote.
const status = document.querySelector('#feedback-status');
document.body.addEventListener('fd-survey-submit', (event) => {
  const { surveyId, scores } = event.detail;
  if (status && surveyId === 'post-visit') status.textContent = `Feedback received${scores.nps === undefined ? '' : ` — you gave us ${scores.nps} out of 10`}.`;
});
