-- frontdesk-server schema, version 1: the practice, scheduling and wait times.
-- Every instant is a timestamptz (UTC inside); wall clocks are computed in each location's zone.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE locations (
  id text PRIMARY KEY,
  position int NOT NULL,
  time_zone text NOT NULL,
  data jsonb NOT NULL -- the Location as served
);

CREATE TABLE visit_types (
  id text PRIMARY KEY,
  position int NOT NULL,
  duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 1 AND 480),
  data jsonb NOT NULL
);

CREATE TABLE providers (
  id text PRIMARY KEY,
  position int NOT NULL,
  data jsonb NOT NULL
);

-- Weekly availability: a provider sees patients at a location on these days between these wall-clock times.
CREATE TABLE availability_templates (
  id serial PRIMARY KEY,
  provider_id text NOT NULL,
  location_id text NOT NULL,
  days text[] NOT NULL,
  opens text NOT NULL,
  closes text NOT NULL,
  visit_type_ids text[] -- NULL: every visit type the provider offers
);

-- A local date on which a location (or one provider) is closed or keeps other hours.
CREATE TABLE availability_exceptions (
  id serial PRIMARY KEY,
  local_date date NOT NULL,
  location_id text, -- NULL: every location
  provider_id text, -- NULL: every provider
  opens text,       -- NULL: closed all day
  closes text,
  note text
);

CREATE TABLE holds (
  id text PRIMARY KEY,
  slot_id text NOT NULL,
  provider_id text NOT NULL,
  location_id text NOT NULL,
  visit_type_id text NOT NULL,
  telehealth boolean NOT NULL,
  during tstzrange NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Two unused holds can never cover the same provider's time; expired ones are removed before a new hold.
  CONSTRAINT holds_one_per_time EXCLUDE USING gist (provider_id WITH =, during WITH &&) WHERE (used_at IS NULL)
);

CREATE TABLE appointments (
  id text PRIMARY KEY,
  confirmation_code text NOT NULL UNIQUE,
  provider_id text NOT NULL,
  location_id text NOT NULL,
  visit_type_id text NOT NULL,
  telehealth boolean NOT NULL,
  during tstzrange NOT NULL,
  status text NOT NULL CHECK (status IN ('booked', 'cancelled')),
  -- Patient details: kept only to serve the practice and find the appointment again; never logged.
  patient jsonb NOT NULL,
  birth_date date NOT NULL,
  reason text,
  reminders jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Exactly one booking per provider and time, whatever the number of processes: the database decides.
  CONSTRAINT appointments_one_per_time EXCLUDE USING gist (provider_id WITH =, during WITH &&) WHERE (status = 'booked')
);

-- Manage tokens (reschedule/cancel): only a SHA-256 of the token is kept.
CREATE TABLE manage_tokens (
  token_hash text PRIMARY KEY,
  appointment_id text NOT NULL REFERENCES appointments(id),
  expires_at timestamptz NOT NULL
);

-- The first final answer to a write, per Idempotency-Key + method + path, replayed byte for byte.
CREATE TABLE idempotency_records (
  scope text PRIMARY KEY,
  request_hash text NOT NULL,
  status int NOT NULL,
  body text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX idempotency_records_expiry ON idempotency_records (expires_at);

-- Failed look-ups (by client address and by confirmation code) for the attempt limit, shared by every process.
CREATE TABLE lookup_failures (
  subject text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX lookup_failures_subject ON lookup_failures (subject, at);

CREATE TABLE wait_times (
  location_id text PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('open', 'closed', 'paused', 'unknown')),
  minutes int,
  range_low int,
  range_high int,
  people_waiting int,
  message text,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_users (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_sessions (
  token_hash text PRIMARY KEY,
  user_id int NOT NULL REFERENCES staff_users(id),
  csrf_token text NOT NULL,
  expires_at timestamptz NOT NULL
);

-- Every staff read of patient data: who, what, when (never the data itself).
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id int NOT NULL,
  action text NOT NULL,
  subject text NOT NULL
);
