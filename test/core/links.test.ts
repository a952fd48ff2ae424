import { expect } from '@open-wc/testing';
import { emailPattern, isSafeAuthorUrl, isSafeUrl, phonePattern } from '../../src/core/links.js';

describe('core: link safety', () => {
  it('links from adapter data: https, tel and mailto only; anything else, relative or unparsable, refused', () => {
    for (const url of ['https://example.org/directions', 'tel:+16025550100', 'mailto:front@example.org']) expect(isSafeUrl(url), url).to.equal(true);
    for (const url of ['http://example.org/', 'javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/', '/relative', 'not a url', ''])
      expect(isSafeUrl(url), url).to.equal(false);
  });

  it('links the page author configured: relative, http(s), tel and mailto; never javascript:, data: or vbscript:', () => {
    for (const url of ['/book', 'reviews', '#top', 'http://example.org/', 'https://example.org/', 'tel:+16025550100', 'mailto:front@example.org'])
      expect(isSafeAuthorUrl(url), url).to.equal(true);
    for (const url of ['javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'blob:https://example.org/x', 'http://[::1'])
      expect(isSafeAuthorUrl(url), url).to.equal(false);
  });

  it('phones: digits and ( ) . - spaces, a leading +; no letters, bidi controls or other characters (the link dials what is shown)', () => {
    for (const p of ['(602) 555-0142', '+1 602 555 0142', '602.555.0142', '911', '+16025550100']) expect(phonePattern.test(p), p).to.equal(true);
    for (const p of ['\u202e2410-555 )206(', '602 555 0142\u202e', '(602) 555-0142 ext 3', 'call us', '', '12', '+', '1'.repeat(41), '602\n555'])
      expect(phonePattern.test(p), JSON.stringify(p)).to.equal(false);
  });

  it('emails: one address, no query (?cc=, &body=), spaces or controls', () => {
    for (const e of ['care@clinic.example', 'front.desk+x@a-b.example']) expect(emailPattern.test(e), e).to.equal(true);
    for (const e of ['care@clinic.example?cc=evil@x.example', 'care@clinic.example&body=hi', 'a b@c.example', 'care@clinic.example\n', '@clinic.example', 'care', 'a@b@c'])
      expect(emailPattern.test(e), JSON.stringify(e)).to.equal(false);
  });
});
