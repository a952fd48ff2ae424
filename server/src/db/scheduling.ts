import type { Location } from '../../../src/core/schemas/location.js';
import type { Appointment, Provider, VisitType } from '../../../src/core/schemas/scheduling.js';
import type { Exception, Template } from '../domain/slots.js';
import type { Queryable } from './port.js';

export const listLocations = async (db: Queryable): Promise<Location[]> =>
  (await db.query<{ data: Location }>('SELECT data FROM locations ORDER BY position')).map((r) => r.data);

export const listVisitTypes = async (db: Queryable): Promise<VisitType[]> =>
  (await db.query<{ data: VisitType }>('SELECT data FROM visit_types ORDER BY position')).map((r) => r.data);

export const listProviders = async (db: Queryable): Promise<Provider[]> =>
  (await db.query<{ data: Provider }>('SELECT data FROM providers ORDER BY position')).map((r) => r.data);

export async function getVisitType(db: Queryable, id: string): Promise<VisitType | undefined> {
  const [row] = await db.query<{ data: VisitType }>('SELECT data FROM visit_types WHERE id = $1', [id]);
  return row?.data;
}

export async function listTemplates(db: Queryable): Promise<Template[]> {
  const rows = await db.query<{ provider_id: string; location_id: string; days: string[]; opens: string; closes: string; visit_type_ids: string[] | null }>(
    'SELECT provider_id, location_id, days, opens, closes, visit_type_ids FROM availability_templates ORDER BY id',
  );
  return rows.map((r) => ({ providerId: r.provider_id, locationId: r.location_id, days: r.days, opens: r.opens, closes: r.closes, visitTypeIds: r.visit_type_ids }));
}

export async function listExceptions(db: Queryable): Promise<Exception[]> {
  const rows = await db.query<{ local_date: string; location_id: string | null; provider_id: string | null; opens: string | null; closes: string | null }>(
    "SELECT to_char(local_date, 'YYYY-MM-DD') AS local_date, location_id, provider_id, opens, closes FROM availability_exceptions",
  );
  return rows.map((r) => ({ localDate: r.local_date, locationId: r.location_id, providerId: r.provider_id, opens: r.opens, closes: r.closes }));
}

/** Provider id → busy [start, end) ms: active holds and booked appointments overlapping the window. */
export async function busyTimes(db: Queryable, from: number, to: number): Promise<Map<string, Array<[number, number]>>> {
  const rows = await db.query<{ provider_id: string; s: string; e: string }>(
    `SELECT provider_id, (extract(epoch FROM lower(during)) * 1000)::text AS s, (extract(epoch FROM upper(during)) * 1000)::text AS e
       FROM holds WHERE used_at IS NULL AND expires_at > now() AND during && tstzrange($1, $2)
     UNION ALL
     SELECT provider_id, (extract(epoch FROM lower(during)) * 1000)::text, (extract(epoch FROM upper(during)) * 1000)::text
       FROM appointments WHERE status = 'booked' AND during && tstzrange($1, $2)`,
    [new Date(from).toISOString(), new Date(to).toISOString()],
  );
  const busy = new Map<string, Array<[number, number]>>();
  for (const r of rows) {
    const list = busy.get(r.provider_id) ?? [];
    list.push([Number(r.s), Number(r.e)]);
    busy.set(r.provider_id, list);
  }
  return busy;
}

export interface AppointmentRow {
  id: string;
  confirmation_code: string;
  provider_id: string;
  location_id: string;
  visit_type_id: string;
  telehealth: boolean;
  start_at: Date;
  end_at: Date;
  status: 'booked' | 'cancelled';
  birth_date: string;
}

export const appointmentColumns = `id, confirmation_code, provider_id, location_id, visit_type_id, telehealth,
  lower(during) AS start_at, upper(during) AS end_at, status, to_char(birth_date, 'YYYY-MM-DD') AS birth_date`;

/** The appointment as the contract serves it (never the patient's details). */
export const toAppointment = (r: AppointmentRow): Appointment => ({
  id: r.id,
  confirmationCode: r.confirmation_code,
  start: new Date(r.start_at).toISOString(),
  end: new Date(r.end_at).toISOString(),
  locationId: r.location_id,
  providerId: r.provider_id,
  visitTypeId: r.visit_type_id,
  status: r.status,
  telehealth: r.telehealth,
});
