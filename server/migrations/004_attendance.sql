-- frontdesk-server schema, version 4: the front desk marks a visit arrived or no-show.
ALTER TABLE appointments ADD COLUMN attendance text CHECK (attendance IN ('arrived', 'no-show'));
