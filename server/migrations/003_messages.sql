-- frontdesk-server schema, version 3: messages to patients (confirmations, reminders, survey invitations).

-- How to reach the patient of an appointment: the channels they opted into, their language, and
-- the unsubscribe token's hash. Contact details stay in appointments.patient.
CREATE TABLE patient_messaging (
  appointment_id text PRIMARY KEY REFERENCES appointments(id),
  locale text NOT NULL CHECK (locale IN ('en', 'es')),
  email boolean NOT NULL,
  sms boolean NOT NULL,
  unsubscribe_token text NOT NULL UNIQUE, -- only unsubscribes; in every message's link
  unsubscribed_at timestamptz
);

-- The durable outbox: one row per message and channel, written in the transaction of the change
-- that causes it; sent by whichever process claims it (a lease), retried with backoff.
CREATE TABLE outbox (
  id text PRIMARY KEY,
  appointment_id text NOT NULL REFERENCES appointments(id),
  kind text NOT NULL CHECK (kind IN ('booked', 'rescheduled', 'cancelled', 'reminder', 'survey')),
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  -- The visit's start this message is about: a reminder for a time that has since moved is not sent.
  visit_start timestamptz NOT NULL,
  send_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
  attempts int NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  claimed_until timestamptz,
  provider_message_id text,
  last_error text, -- the provider's status or error code, never the message
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  UNIQUE (appointment_id, kind, channel, visit_start)
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status IN ('pending', 'sending');
