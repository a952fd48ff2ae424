import { LitElement, css, html, unsafeCSS, type CSSResult } from 'lit';
import { define } from '../../src/core/define.js';
import { tokens } from '../../src/core/tokens.css.js';

/** One design token, read from `src/core/tokens.css.ts`. */
export interface DesignToken {
  /** The internal property the widgets use, without `--_fd-`: `primary`, `radius`… */
  id: string;
  /** The public custom property a page sets: `--fd-color-primary`. */
  name: string;
  /** The fallback when the page sets nothing. */
  fallback: string;
  /** For colours: the fallbacks in the light and dark schemes. */
  light?: string;
  dark?: string;
}

const declaration = /^\s*--_fd-([\w-]+):\s*var\((--fd-[\w-]+),\s*(.*)\)\s*$/;
const lightDark = /^light-dark\((.*),\s*(.*)\)$/;

/**
 * The tokens as the source declares them (`--_fd-x: var(--fd-x, fallback)`), so the palette
 * never drifts from the stylesheet.
 */
export function readTokens(sheet: CSSResult = tokens): DesignToken[] {
  const found: DesignToken[] = [];
  // One declaration at a time: split at `;` and braces too, as a build minifies the sheet to one line.
  for (const line of sheet.cssText.split(/[;{}\n]/)) {
    const match = declaration.exec(line);
    if (!match || found.some((t) => t.id === match[1])) continue;
    const [, id, name, fallback] = match as unknown as [string, string, string, string];
    const scheme = lightDark.exec(fallback);
    found.push({ id, name, fallback, ...(scheme ? { light: scheme[1], dark: scheme[2] } : {}) });
  }
  return found;
}

const designTokens = readTokens();
const colours = designTokens.filter((t) => t.name.startsWith('--fd-color-'));
const others = designTokens.filter((t) => !t.name.startsWith('--fd-color-'));

/** How a sample shows each non-colour token. */
const samples: Readonly<Record<string, string>> = {
  radius: 'border-radius: var(--_fd-radius); border: 2px solid var(--_fd-border);',
  space: 'width: var(--_fd-space); background: var(--_fd-primary);',
  target: 'width: var(--_fd-target); height: var(--_fd-target); border: 2px dashed var(--_fd-border);',
  shadow: 'box-shadow: var(--_fd-shadow); background: var(--_fd-surface);',
  font: 'font-family: var(--fd-font-family);',
  'font-size': 'font-size: var(--_fd-font-size);',
};

/**
 * One rule per token, built from the token list (names from our own source, never from
 * data): a stylesheet, so there are no inline `style` attributes.
 */
const tokenRules = unsafeCSS(
  [
    ...colours.map((t) => `.swatch[data-token='${t.id}'] { background: var(--_fd-${t.id}); }`),
    ...others.filter((t) => samples[t.id]).map((t) => `.sample[data-token='${t.id}'] { ${samples[t.id]} }`),
  ].join('\n'),
);

/**
 * Shows the `--fd-*` design tokens: every colour as a swatch in the light and the dark
 * scheme side by side, then the other tokens with a sample. Story support only.
 */
export class TokenPalette extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      .schemes {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
        gap: var(--_fd-space);
      }
      section {
        background: var(--_fd-surface);
        color: var(--_fd-text);
        border: 1px solid var(--_fd-border);
        border-radius: var(--_fd-radius);
        padding: var(--_fd-space);
      }
      section[data-scheme='light'] {
        color-scheme: light;
      }
      section[data-scheme='dark'] {
        color-scheme: dark;
      }
      h2 {
        margin: 0 0 0.75rem;
        font-size: 1.125rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        display: grid;
        grid-template-columns: 3rem 1fr;
        align-items: center;
        gap: 0.75rem;
      }
      .swatch {
        width: 3rem;
        height: 2rem;
        border-radius: 0.25rem;
        border: 1px solid var(--_fd-text-muted);
      }
      .sample {
        min-height: 1.5rem;
        width: 3rem;
      }
      code {
        font-size: 0.875rem;
      }
      .value {
        display: block;
        color: var(--_fd-text-muted);
        font-size: 0.8125rem;
      }
      .others {
        margin-top: var(--_fd-space);
      }
    `,
    tokenRules,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    if (!colours.length) console.error('TokenPalette: no --fd-color-* tokens found in src/core/tokens.css.ts.');
  }

  private scheme(scheme: 'light' | 'dark', title: string) {
    return html`<section data-scheme=${scheme} aria-labelledby="title-${scheme}">
      <h2 id="title-${scheme}">${title}</h2>
      <ul>
        ${colours.map(
          (t) => html`<li>
            <span class="swatch" data-token=${t.id}></span>
            <span><code>${t.name}</code><span class="value">${(scheme === 'light' ? t.light : t.dark) ?? t.fallback}</span></span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  protected override render() {
    return html`<div class="schemes">${this.scheme('light', 'Light')} ${this.scheme('dark', 'Dark')}</div>
      <section class="others" aria-labelledby="title-other">
        <h2 id="title-other">Type, space, shape and motion</h2>
        <ul>
          ${others.map(
            (t) => html`<li>
              <span class="sample" data-token=${t.id}>${t.id.startsWith('font') ? 'Aa' : ''}</span>
              <span><code>${t.name}</code><span class="value">${t.fallback}</span></span>
            </li>`,
          )}
        </ul>
      </section>`;
  }
}
define('fd-token-palette', TokenPalette);

declare global {
  interface HTMLElementTagNameMap {
    'fd-token-palette': TokenPalette;
  }
}
