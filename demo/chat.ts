// Chat on the ESM pages. A page whose own adapter has no chat port (the costs page's price
// index) or that scopes its adapter to a provider elsewhere (feedback) gives the launcher the
// demo practice's chat. The quick actions open the widget when it is on the page, else link
// to its page (booking-url, wait-url, costs-url on the tag).
// Under `npm start` the chat is frontdesk-server's (demo/practice.ts): staff answer in the console's inbox.
import 'frontdesk-widgets/define';
import { demoPractice } from './practice.js';

for (const launcher of document.querySelectorAll('fd-chat-launcher')) {
  if (!launcher.resolvedAdapter?.chat) launcher.adapter = demoPractice();
}
