import { expect } from '@open-wc/testing';
import { isSafeAuthorUrl, isSafeUrl } from '../../src/core/links.js';

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
});
