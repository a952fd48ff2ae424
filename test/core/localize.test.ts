import { expect } from '@open-wc/testing';
import { loadMessages, loadedMessages, matchLocale } from '../../src/core/localize.js';
import { coreMessages } from '../../src/core/messages/core.js';

describe('localize', () => {
  it('matches regional tags to supported languages', () => {
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('ES_us')).to.equal('es');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('fr')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
    expect(matchLocale(null)).to.equal(undefined);
  });

  it('loads Spanish only when asked, once', async () => {
    expect(loadedMessages(coreMessages, 'en')).to.equal(coreMessages.en);
    const a = loadMessages(coreMessages, 'es');
    const b = loadMessages(coreMessages, 'es');
    expect(a).to.equal(b);
    await a;
    const es = loadedMessages(coreMessages, 'es')!;
    expect(es.tryAgain).to.equal('Intentar de nuevo');
  });

  it('the Spanish catalog translates every English entry', async () => {
    await loadMessages(coreMessages, 'es');
    const es = loadedMessages(coreMessages, 'es')!;
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(coreMessages.en).sort());
    for (const [key, value] of Object.entries(coreMessages.en)) {
      const translated = (es as Record<string, unknown>)[key];
      if (typeof value === 'string' && key !== 'demoData') expect(translated, key).not.to.equal(value);
      expect(typeof translated, key).to.equal(typeof value);
    }
  });
});
