/**
 * Named scenarios shared by stories, tests and the demo. Each widget's work adds its own;
 * a scenario a port does not know behaves as `default` for that port.
 */
export const memoryScenarios = {
  default: 'Realistic data; waits drift over the day.',
  slow: 'Every call takes 2.5 s.',
  flaky: 'About half of all calls fail with a retryable error (seeded).',
  offline: 'Every call fails as if the network were down; chat: outside chat hours (leave a message).',
  invalid: 'Every read returns data that does not match its schema.',
  'all-closed': 'Wait times: every location is closed.',
  stale: 'Wait times: the figures are an hour old.',
  spike: 'Wait times: the wait jumps by an hour after the first read.',
  unknown: 'Wait times: the practice reports no figure.',
  'fully-booked': 'Scheduling: no free time in the next 60 days.',
  'slot-taken': 'Scheduling: the first hold of any time answers "conflict" (someone else just took it).',
  'holiday-closure': 'Scheduling: the second and third days from today are closed at every site.',
  online: 'Chat: an agent is available now, whatever the hour.',
  away: 'Chat: open, but replies take about 20 minutes.',
  'flaky-connection': 'Chat: the live connection drops and answers get lost at random (seeded).',
} as const;

export type MemoryScenario = keyof typeof memoryScenarios;

export const isMemoryScenario = (name: string): name is MemoryScenario => Object.hasOwn(memoryScenarios, name);
