// Registers every fd-* tag. Safe to import more than once, and beside another copy.
import './widgets/appointment-picker/fd-appointment-picker.js';
import './widgets/provider/fd-provider.js';
import './widgets/wait-time-banner/fd-wait-time-banner.js';
import './widgets/cost-estimator/fd-cost-estimator.js';
import './widgets/chat-launcher/fd-chat-launcher.js';
import './widgets/feedback-survey/fd-feedback-survey.js';

export * from './index.js';
