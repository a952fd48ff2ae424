// The feedback page scopes its adapter to one part of the page with <fd-provider>,
// and imports the memory adapter from its own entry point.
import 'frontdesk-widgets/define';
import { createMemoryAdapter } from 'frontdesk-widgets/adapters/memory';

const provider = document.querySelector('fd-provider');
if (provider) provider.adapter = createMemoryAdapter({ latencyMs: 300 });
