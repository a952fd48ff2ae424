import { define } from '../../core/define.js';
import { WaitTimeBanner } from './wait-time-banner.js';
import './events.js';

define('fd-wait-time-banner', WaitTimeBanner);

declare global {
  interface HTMLElementTagNameMap {
    'fd-wait-time-banner': WaitTimeBanner;
  }
}
