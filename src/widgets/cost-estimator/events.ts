import type { CodeType } from '../../core/schemas/pricing.js';

/** Detail of `fd-estimate`: the result shown, as codes and rounded cents (no patient details, no benefits typed). */
export interface EstimateDetail {
  /** The service's first billing code ("70551"). */
  serviceCode: string;
  codeType: CodeType;
  /** The plan id, or `self-pay`. */
  planId: string;
  /** The range shown, in cents (the discounted cash price twice, for self-pay). */
  low: number;
  high: number;
}

/** Detail of `fd-good-faith-estimate-request`: the patient asked for a Good Faith Estimate; the page handles it. */
export interface GoodFaithEstimateRequestDetail {
  serviceCode: string;
  codeType: CodeType;
}

declare global {
  interface HTMLElementEventMap {
    'fd-estimate': CustomEvent<EstimateDetail>;
    'fd-good-faith-estimate-request': CustomEvent<GoodFaithEstimateRequestDetail>;
  }
}
