/**
 * The widgets on the page (connected), so the chat launcher can find their primary figures
 * (`data-fd-figure`) inside their shadow roots without walking the whole page.
 */
export const connectedWidgets = new Set<Element>();
