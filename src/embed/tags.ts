/** Every tag the script-tag bundle knows, with the chunk that defines it. */
export const tagLoaders: Record<string, () => Promise<unknown>> = {
  'fd-appointment-picker': () => import('../widgets/appointment-picker/fd-appointment-picker.js'),
  'fd-provider': () => import('../widgets/provider/fd-provider.js'),
  'fd-wait-time-banner': () => import('../widgets/wait-time-banner/fd-wait-time-banner.js'),
  'fd-cost-estimator': () => import('../widgets/cost-estimator/fd-cost-estimator.js'),
  'fd-chat-launcher': () => import('../widgets/chat-launcher/fd-chat-launcher.js'),
  'fd-feedback-survey': () => import('../widgets/feedback-survey/fd-feedback-survey.js'),
};
