// Link checks, apart from the schemas so widgets can use them without loading zod.

/** A phone as printed for patients: digits, spaces, `( ) . -`, a leading `+` — so its tel: link dials exactly the digits shown. */
export const phonePattern = /^\+?\(?\d[\d ().-]{2,38}$/;

/** An email address a mailto: link may be built from: no `?cc=`, `&body=`, spaces or controls. */
export const emailPattern = /^[\w.%+-]{1,64}@[A-Za-z\d.-]{1,253}$/;

const allowedProtocols = new Set(['https:', 'tel:', 'mailto:']);

/** Whether a link from adapter data may be rendered: https, tel and mailto only. */
export const isSafeUrl = (value: string): boolean => {
  try {
    return allowedProtocols.has(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * Whether a link the page author configured (an attribute) may be rendered: relative
 * links and http(s), tel: and mailto: — never javascript: or data:.
 */
export const isSafeAuthorUrl = (value: string): boolean => {
  try {
    return ['https:', 'http:', 'tel:', 'mailto:'].includes(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
};
