import { expect } from '@open-wc/testing';
import { MAX_AUTO_ATTEMPTS, Outbox } from '../../../src/widgets/chat-launcher/outbox.js';

describe('chat launcher: outbox', () => {
  it('an acknowledgement counts once: the stream’s echo after the answer is not a second delivery', () => {
    const outbox = new Outbox();
    outbox.add('c1', 'hello');
    expect(outbox.acknowledge('c1')).to.equal(true);
    expect(outbox.acknowledge('c1')).to.equal(false);
    expect(outbox.acknowledge('unknown')).to.equal(false);
  });

  it('Retry gives a failed message its automatic attempts again', () => {
    const outbox = new Outbox();
    const entry = outbox.add('c1', 'hello');
    for (let i = 1; i < MAX_AUTO_ATTEMPTS; i++) expect(outbox.attemptFailed(entry, true), `attempt ${i}`).to.equal(true);
    expect(outbox.attemptFailed(entry, true), 'the last automatic attempt').to.equal(false);
    expect(entry.state).to.equal('failed');
    outbox.retry();
    expect(entry.state).to.equal('sending');
    expect(outbox.attemptFailed(entry, true), 'after Retry, attempts again').to.equal(true);
  });

  it('pending counts what is not yet sent, failed messages included', () => {
    const outbox = new Outbox();
    const [a, b] = [outbox.add('c1', 'one'), outbox.add('c2', 'two')];
    outbox.add('c3', 'three');
    outbox.acknowledge(a.clientMessageId);
    outbox.attemptFailed(b, false);
    expect(b.state).to.equal('failed');
    expect(outbox.pending).to.equal(2);
  });
});
