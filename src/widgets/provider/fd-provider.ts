import { define } from '../../core/define.js';
import { FrontdeskProvider } from './provider.js';

define('fd-provider', FrontdeskProvider);

declare global {
  interface HTMLElementTagNameMap {
    'fd-provider': FrontdeskProvider;
  }
}
