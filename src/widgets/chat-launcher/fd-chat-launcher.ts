import { define } from '../../core/define.js';
import { ChatLauncher } from './chat-launcher.js';
import './events.js';

define('fd-chat-launcher', ChatLauncher);

declare global {
  interface HTMLElementTagNameMap {
    'fd-chat-launcher': ChatLauncher;
  }
}
