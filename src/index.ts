/**
 * frontdesk-widgets: side-effect free. Importing this registers no element; import
 * `frontdesk-widgets/define` (every tag) or `frontdesk-widgets/<widget>` (one tag) for that.
 */
export { FrontdeskElement, type BaseViewState } from './core/element.js';
export { FrontdeskProvider } from './widgets/provider/provider.js';
export { AppointmentPicker } from './widgets/appointment-picker/appointment-picker.js';
export type { BookingRef, SlotSelectDetail, BookingRescheduleDetail } from './widgets/appointment-picker/events.js';
export type { PatientPrefill, DetailsDraft } from './widgets/appointment-picker/details.js';
export { groupSlotsByLocalDate, nearestAlternatives, partOfDay } from './widgets/appointment-picker/slots.js';
export { buildIcs, type IcsEvent } from './widgets/appointment-picker/ics.js';
export { WaitTimeBanner } from './widgets/wait-time-banner/wait-time-banner.js';
export type { WaitTimeUpdateDetail, WaitTimeActionDetail } from './widgets/wait-time-banner/events.js';
export { describeWait, isSignificant, levelFor, type WaitView, type WaitLevel } from './widgets/wait-time-banner/wait-view.js';
export { nextPollDelay } from './widgets/wait-time-banner/poll-delay.js';
export type { Timers } from './widgets/wait-time-banner/poller.js';
export { CostEstimator } from './widgets/cost-estimator/cost-estimator.js';
export type { EstimateDetail, GoodFaithEstimateRequestDetail } from './widgets/cost-estimator/events.js';
export {
  estimateOutOfPocket,
  type Benefits,
  type CentsRange,
  type OutOfPocketEstimate,
  type OutOfPocketLine,
  type OutOfPocketStep,
} from './widgets/cost-estimator/out-of-pocket.js';
export { allowedAmount, insuredEstimate, roundRange, type AllowedAmount, type AllowedBasis, type BenefitInputs } from './widgets/cost-estimator/estimate-view.js';
export { pricingPort } from './core/ports/pricing.js';
export type { Service, ServiceCode, CodeType, CareSetting, Category, Payer, Plan, NegotiatedRate, Methodology, PriceSource, Charges } from './core/schemas/pricing.js';
export { ChatLauncher } from './widgets/chat-launcher/chat-launcher.js';
export type { ChatLauncherPosition } from './widgets/chat-launcher/chat-launcher.js';
export type { ChatToggleDetail, ChatMessageDetail, ChatUnreadDetail, ChatActionDetail } from './widgets/chat-launcher/events.js';
export { Outbox, MAX_AUTO_ATTEMPTS, type OutboxEntry, type DeliveryState } from './widgets/chat-launcher/outbox.js';
export { chatPort } from './core/ports/chat.js';
export type { ChatAvailability, ChatEvent, ChatMessage, ChatConversation, ChatHistory, ChatPrechat, ChatContact } from './core/schemas/chat.js';
export { FeedbackSurvey } from './widgets/feedback-survey/feedback-survey.js';
export type { Layout as SurveyLayout } from './widgets/feedback-survey/answers.js';
export type { LaunchContext as SurveyLaunchContext } from './widgets/feedback-survey/expressions.js';
export type { SurveyKind } from './widgets/feedback-survey/model.js';
export type { SurveyStartDetail, SurveyAnswerDetail, SurveySubmitDetail } from './widgets/feedback-survey/events.js';
export { conditionHolds, conditionsHold, enabledIds, enabledAnswers } from './widgets/feedback-survey/conditions.js';
export { fromFrontdesk, UnrenderableItemError, type SurveyModel, type Question as SurveyModelQuestion, type Value as SurveyAnswerValue, type Answers as SurveyAnswers } from './widgets/feedback-survey/model.js';
export { toFrontdeskAnswers, scoreSummary, hasLowScore, parseThresholds } from './widgets/feedback-survey/answers.js';
export { feedbackPort } from './core/ports/feedback.js';
export type { FrontdeskSurvey, SurveyDefinition, SurveyQuestion, FeedbackAnswer, FeedbackSubmission, FeedbackReceipt, FeedbackContext, Questionnaire, QuestionnaireResponse } from './core/schemas/feedback.js';
export { configure, Frontdesk, pageConfig, type FrontdeskConfig } from './core/config.js';
export { define } from './core/define.js';
export {
  FrontdeskError,
  errorKinds,
  isFrontdeskError,
  isAbortError,
  toFrontdeskError,
  type FrontdeskErrorKind,
  type FrontdeskErrorOptions,
} from './core/errors.js';
export type { FrontdeskErrorEventDetail } from './core/events.js';
export type { FrontdeskAdapter, PortName, SchedulingPort, WaitTimePort, ChatPort, PricingPort, FeedbackPort } from './core/adapter.js';
export { read, write, push, type CallOptions, type WriteOptions, type SubscribeOptions, type PortOf, type PortSpec } from './core/port.js';
export { guardPort, type GuardOptions } from './core/guard.js';
export {
  resilientCall,
  retryDelay,
  backoffDelay,
  sleep,
  idempotencyKey,
  defaultRetryPolicy,
  type RetryPolicy,
  type ResilientCallOptions,
} from './core/resilience.js';
export { parseRetryAfter, errorFromResponse, kindForStatus, requestJson } from './core/http.js';
export { supportedLocales, matchLocale, defineMessages, type Locale, type Messages, type Catalog, type MessageBundle } from './core/localize.js';
export { formatDate, formatTime, formatMoney, formatRelative, formatList, timeZoneName } from './core/format.js';
export { zonedParts, localDateKey, zonedInstant } from './core/time.js';
export { Location, OpeningHours, Address } from './core/schemas/location.js';
export { WaitTime, WaitStatus, waitStatuses } from './core/schemas/wait-times.js';
export { LocationList, Slot, Appointment, VisitType, Provider, Hold, PatientDetails } from './core/schemas/scheduling.js';
export { WaitTimeList } from './core/schemas/wait-times.js';
export { schedulingPort } from './core/ports/scheduling.js';
export { waitTimesPort } from './core/ports/wait-times.js';
export { createMemoryAdapter, memoryScenarios, type MemoryAdapter, type MemoryAdapterOptions, type MemoryScenario, type FaultRule } from './adapters/memory/index.js';
export { runAdapterContractTests, type ContractIds, type ContractTestOptions } from './testing/contract.js';
