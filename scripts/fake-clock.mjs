// Preloaded into the end-to-end tests' frontdesk-server processes (NODE_OPTIONS=--import …): the
// process's clock (Date.now, new Date()) runs `offset` ms ahead of the real one, the offset read
// from FD_FAKE_CLOCK_FILE at start and again on each SIGUSR2. The live-servers plugin's
// `fd-live-clock` command writes the file and sends the signal, so a test moves a server to the
// time a reminder or a survey invitation is due. Never part of the server's own code.
import { readFileSync } from 'node:fs';

const file = process.env.FD_FAKE_CLOCK_FILE;
const RealDate = Date;
const realNow = RealDate.now.bind(RealDate);
let offset = 0;
const read = () => {
  try {
    offset = Number(readFileSync(file, 'utf8')) || 0;
  } catch {
    offset = 0;
  }
};
if (file) {
  read();
  process.on('SIGUSR2', () => {
    read();
    console.error(`fake clock: ${new RealDate(realNow() + offset).toISOString()}`);
  });
  globalThis.Date = class FakeDate extends RealDate {
    constructor(...args) {
      if (args.length) super(...args);
      else super(realNow() + offset);
    }
    static now() {
      return realNow() + offset;
    }
  };
}
