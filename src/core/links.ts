// Link checks, apart from the schemas so widgets can use them without loading zod.

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
