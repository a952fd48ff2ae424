/** Messages to patients: where links point, when reminders and survey invitations go out. */
export interface MessagingConfig {
  /** The practice's website (links in messages), e.g. `https://www.example-clinic.org`. */
  siteUrl: string;
  /** The page where a patient finds, changes or cancels a visit (code + date of birth). Default: `siteUrl`. */
  manageUrl?: string;
  /** The page with `<fd-feedback-survey>`; `?touchpoint=post-visit` is added. Default: `siteUrl/feedback`. */
  surveyUrl?: string;
  /** This API as patients reach it (the unsubscribe link), e.g. `https://api.example-clinic.org/api/frontdesk`. */
  apiUrl: string;
  /** Hours before the visit for the reminder (default 24). */
  reminderHours: number;
  /** Minutes after the visit's end for the survey invitation (default 60). */
  surveyDelayMinutes: number;
}

export const defaultMessaging: MessagingConfig = {
  siteUrl: 'https://www.example-clinic.org',
  apiUrl: 'https://www.example-clinic.org/api/frontdesk',
  reminderHours: 24,
  surveyDelayMinutes: 60,
};
