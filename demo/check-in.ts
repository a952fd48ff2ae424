// The check-in page: the PHQ-9 screening form before a visit, under a provider with the demo practice.
// Under `npm start` the answers go to frontdesk-server (demo/practice.ts), never into the browser's storage.
import 'frontdesk-widgets/define';
import { demoPractice } from './practice.js';

for (const provider of document.querySelectorAll('fd-provider')) provider.adapter = demoPractice();
