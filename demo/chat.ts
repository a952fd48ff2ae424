// Chat on the ESM pages. A page whose own adapter has no chat port (the costs page's price
// index) or that scopes its adapter to a provider elsewhere (feedback) gives the launcher the
// demo practice's chat. The quick actions open the widget when it is on the page, else link
// to its page (booking-url, wait-url, costs-url on the tag).
import 'frontdesk-widgets/define';
import { createMemoryAdapter } from 'frontdesk-widgets/adapters/memory';

for (const launcher of document.querySelectorAll('fd-chat-launcher')) {
  if (!launcher.resolvedAdapter?.chat) launcher.adapter = createMemoryAdapter({ latencyMs: 300, demo: true });
}
