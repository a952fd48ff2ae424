// The check-in page: the PHQ-9 screening form before a visit, under a provider with the demo practice.
import 'frontdesk-widgets/define';
import { createMemoryAdapter } from 'frontdesk-widgets/adapters/memory';

for (const provider of document.querySelectorAll('fd-provider')) provider.adapter = createMemoryAdapter({ latencyMs: 300, demo: true });
