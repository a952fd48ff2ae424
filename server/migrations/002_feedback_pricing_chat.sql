-- frontdesk-server schema, version 2: feedback, pricing and chat, and the staff's tasks.

-- Surveys per touchpoint: a Frontdesk survey or a FHIR R4 Questionnaire, one row per language.
CREATE TABLE surveys (
  id text NOT NULL,
  locale text NOT NULL, -- 'en', 'es'
  touchpoint text,
  position int NOT NULL,
  definition jsonb NOT NULL,
  PRIMARY KEY (id, locale)
);
CREATE INDEX surveys_touchpoint ON surveys (touchpoint);

-- FHIR ValueSets with their expansion, for Questionnaires whose answers come from a terminology.
CREATE TABLE value_sets (
  url text PRIMARY KEY,
  data jsonb NOT NULL
);

-- Drafts (persist="server"): the latest answers per client-chosen response id, kept 30 days.
CREATE TABLE survey_drafts (
  response_id text PRIMARY KEY,
  survey_id text NOT NULL,
  answers jsonb NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE survey_responses (
  id text PRIMARY KEY,
  survey_id text NOT NULL,
  touchpoint text,
  answers jsonb NOT NULL,
  questionnaire_response jsonb, -- the FHIR QuestionnaireResponse, when the survey is a Questionnaire
  context jsonb,                -- ids only: location, visit type, appointment, conversation
  location_id text,
  provider_id text,
  contact_requested boolean NOT NULL DEFAULT false,
  nps int, csat numeric, ces numeric, -- the scores the console charts (NULL when not asked)
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_responses_received ON survey_responses (received_at);

-- The staff's follow-up queue: low scores that asked for contact, and chat call-back requests.
CREATE TABLE tasks (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('follow-up', 'callback')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'contacted', 'resolved')),
  owner_user_id int REFERENCES staff_users(id),
  response_id text REFERENCES survey_responses(id),
  contact jsonb, -- a call-back's name, phone, email: patient data, read by staff only (audited)
  topic text,
  body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tasks_open ON tasks (status, created_at);

-- Price indexes imported with `frontdesk-server prices import`; one is live.
CREATE TABLE price_imports (
  id serial PRIMARY KEY,
  imported_at timestamptz NOT NULL DEFAULT now(),
  live boolean NOT NULL DEFAULT false,
  inputs jsonb NOT NULL,   -- the file names given
  sources jsonb NOT NULL,  -- the price files the index was built from (hospital, date, version)
  summary jsonb NOT NULL,  -- services, rates, plans, payers, errors, warnings
  problems jsonb NOT NULL, -- the first problems found, with where
  payers jsonb NOT NULL,   -- Payer[] with their plans
  categories jsonb NOT NULL -- Category[] (with counts)
);
CREATE UNIQUE INDEX price_imports_one_live ON price_imports (live) WHERE live;

CREATE TABLE price_services (
  import_id int NOT NULL REFERENCES price_imports(id) ON DELETE CASCADE,
  position int NOT NULL,
  id text NOT NULL,
  service jsonb NOT NULL, -- Service
  charges jsonb NOT NULL, -- Charges with the rates of every plan
  PRIMARY KEY (import_id, id)
);
CREATE INDEX price_services_order ON price_services (import_id, position);

-- Chat: conversations and their events; the cursor is the event's sequence number in its conversation.
CREATE TABLE chat_conversations (
  id text PRIMARY KEY,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  prechat jsonb NOT NULL, -- name, contact, topic: patient data, read by staff only (audited)
  last_seq int NOT NULL DEFAULT 0,
  read_seq int NOT NULL DEFAULT 0,  -- the patient has seen up to here
  agent_read_seq int NOT NULL DEFAULT 0,
  agent_user_id int REFERENCES staff_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_conversations_open ON chat_conversations (status, updated_at);

CREATE TABLE chat_events (
  conversation_id text NOT NULL REFERENCES chat_conversations(id),
  seq int NOT NULL,
  type text NOT NULL CHECK (type IN ('message', 'agent-joined', 'agent-left', 'closed')),
  message_id text,
  author text CHECK (author IN ('patient', 'agent', 'system')),
  author_name text,
  body text,
  client_message_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, seq),
  -- A patient's retry with the same clientMessageId never posts twice, whatever process takes it.
  UNIQUE (conversation_id, client_message_id)
);

-- Staff who have the inbox open (chat availability: online when someone is there).
CREATE TABLE chat_presence (
  user_id int PRIMARY KEY REFERENCES staff_users(id),
  seen_at timestamptz NOT NULL DEFAULT now()
);

-- Practice-wide settings from the practice file (chat hours, …), by name.
CREATE TABLE practice_settings (
  name text PRIMARY KEY,
  value jsonb NOT NULL
);
