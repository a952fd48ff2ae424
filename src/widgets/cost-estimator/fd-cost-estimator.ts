import { define } from '../../core/define.js';
import { CostEstimator } from './cost-estimator.js';
import './events.js';

define('fd-cost-estimator', CostEstimator);

declare global {
  interface HTMLElementTagNameMap {
    'fd-cost-estimator': CostEstimator;
  }
}
