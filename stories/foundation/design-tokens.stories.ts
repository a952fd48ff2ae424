import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../support/token-palette.js';

/**
 * The `--fd-*` custom properties a page sets to restyle every widget. Colours follow
 * `color-scheme` through `light-dark()`: both schemes are shown side by side, whatever the
 * toolbar says. The list is read from `src/core/tokens.css.ts`, so it cannot drift.
 */
const meta = {
  title: 'Foundation/Design tokens',
  render: () => html`<fd-token-palette></fd-token-palette>`,
} satisfies Meta;
export default meta;

/** Every token with its fallback; colours as swatches in light and dark. */
export const Palette = {} satisfies StoryObj;
