import type { Location } from '../../../core/schemas/location.js';

/**
 * Desert Sage Health: a fictional three-site practice across three time zones, one of
 * them (Phoenix) without daylight saving time. Phone numbers are in the 555-01xx range
 * reserved for fiction.
 */
export const practiceLocations: readonly Location[] = [
  {
    id: 'phoenix',
    name: 'Desert Sage Urgent Care – Phoenix',
    address: { lines: ['2150 E Camelback Rd', 'Suite 110'], city: 'Phoenix', state: 'AZ', postalCode: '85016', country: 'US' },
    phone: '(602) 555-0142',
    timeZone: 'America/Phoenix',
    directionsUrl: 'https://maps.example.org/?q=2150+E+Camelback+Rd+Phoenix+AZ',
    hours: [
      { daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:30', closes: '19:00' },
      { daysOfWeek: ['sat', 'sun'], opens: '09:00', closes: '17:00' },
    ],
  },
  {
    id: 'albuquerque',
    name: 'Desert Sage Family Medicine – Albuquerque',
    address: { lines: ['4801 Lomas Blvd NE'], city: 'Albuquerque', state: 'NM', postalCode: '87110', country: 'US' },
    phone: '(505) 555-0178',
    timeZone: 'America/Denver',
    directionsUrl: 'https://maps.example.org/?q=4801+Lomas+Blvd+NE+Albuquerque+NM',
    hours: [{ daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '17:00' }],
  },
  {
    id: 'las-vegas',
    name: 'Desert Sage Walk-In Clinic – Las Vegas',
    address: { lines: ['3700 W Sahara Ave'], city: 'Las Vegas', state: 'NV', postalCode: '89102', country: 'US' },
    phone: '(702) 555-0119',
    timeZone: 'America/Los_Angeles',
    directionsUrl: 'https://maps.example.org/?q=3700+W+Sahara+Ave+Las+Vegas+NV',
    hours: [{ daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], opens: '08:00', closes: '20:00' }],
  },
];
