import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { loadMessages, loadedMessages, matchLocale, supportedLocales, type Locale } from '../../src/core/localize.js';
import { baseStyles, tokens } from '../../src/core/tokens.css.js';
import { ApiFailure, StaffApi } from './api.js';
import { consoleMessages } from './messages.js';
import { consoleStyles, type T } from './screen.js';

export const screens = ['appointments', 'waits', 'inbox', 'followUps', 'feedback', 'prices'] as const;
export type Screen = (typeof screens)[number];
const LOCALE_KEY = 'fd-console-locale';
const languageNames: Record<Locale, string> = { en: 'English', es: 'Español' };

const field = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

const screenOf = (hash: string): Screen => screens.find((s) => `#${s}` === hash) ?? 'appointments';

/** The staff console: sign-in, then one screen at a time (the address says which, never whose). */
export class FdConsole extends LitElement {
  static override styles = [
    tokens,
    baseStyles,
    consoleStyles,
    css`
      :host {
        max-width: 80rem;
        margin: 0 auto;
        padding: 0 1rem 2rem;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: 0.5rem 1rem;
        padding: 0.75rem 0;
        border-bottom: 1px solid var(--_fd-border);
        margin-bottom: 1rem;
      }
      h1 {
        font-size: 1.5rem;
        margin: 0;
      }
      nav ul {
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        padding: 0;
        margin: 0 0 1rem;
      }
      nav a {
        display: inline-flex;
        align-items: center;
        min-height: var(--_fd-target);
        padding: 0.25rem 0.75rem;
        border-radius: var(--_fd-radius);
        color: var(--_fd-primary);
        font-weight: 600;
      }
      nav a[aria-current='page'] {
        background: var(--_fd-primary);
        color: var(--_fd-on-primary);
      }
      main:focus {
        outline: none;
      }
      form.sign-in {
        display: grid;
        gap: 0.75rem;
        max-width: 24rem;
      }
    `,
  ];

  readonly api = new StaffApi();
  @state() private locale: Locale = matchLocale(sessionStorage.getItem(LOCALE_KEY)) ?? matchLocale(document.documentElement.lang) ?? matchLocale(navigator.language) ?? 'en';
  @state() private ready = false;
  @state() private signedIn = this.api.signedIn;
  @state() private screen: Screen = screenOf(location.hash);
  @state() private problem = '';
  @state() private busy = false;
  private readonly onHash = () => {
    this.screen = screenOf(location.hash);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('main')?.focus());
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.api.onSignedOut = () => (this.signedIn = false);
    addEventListener('hashchange', this.onHash);
    void this.setLocale(this.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
  }

  private async setLocale(locale: Locale): Promise<void> {
    await loadMessages(consoleMessages, locale);
    this.locale = locale;
    sessionStorage.setItem(LOCALE_KEY, locale);
    document.documentElement.lang = locale;
    this.ready = true;
  }

  private async signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const t = loadedMessages(consoleMessages, this.locale) ?? consoleMessages.en;
    this.busy = true;
    try {
      await this.api.signIn(field(form, 'email'), field(form, 'password'));
      this.problem = '';
      this.signedIn = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('main')?.focus();
    } catch (error) {
      this.problem = error instanceof ApiFailure && error.status === 401 ? t.wrongPassword : t.failed;
    } finally {
      this.busy = false;
    }
  }

  private async signOut(): Promise<void> {
    await this.api.signOut().catch(() => undefined);
    this.signedIn = false;
  }

  override render() {
    if (!this.ready) return nothing;
    const t = loadedMessages(consoleMessages, this.locale) ?? consoleMessages.en;
    document.title = t.title;
    return html`<header>
        <h1>${t.title}</h1>
        <div class="bar">
          <label>${t.language}<select @change=${(e: Event) => void this.setLocale(matchLocale((e.target as HTMLSelectElement).value) ?? 'en')}>
            ${supportedLocales.map((l) => html`<option value=${l} lang=${l} ?selected=${l === this.locale}>${languageNames[l]}</option>`)}
          </select></label>
          ${this.signedIn ? html`<button class="fd-button" data-variant="secondary" @click=${() => void this.signOut()}>${t.signOut}</button>` : nothing}
        </div>
      </header>
      ${this.signedIn ? this.app(t) : this.signInForm(t)}`;
  }

  private signInForm(t: T) {
    return html`<main>
      <form class="sign-in" @submit=${(e: SubmitEvent) => void this.signIn(e)}>
        <h2>${t.signInTitle}</h2>
        <label>${t.email}<input name="email" type="email" autocomplete="username" required /></label>
        <label>${t.password}<input name="password" type="password" autocomplete="current-password" required /></label>
        ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : nothing}
        <button class="fd-button" type="submit" ?disabled=${this.busy}>${t.signIn}</button>
      </form>
    </main>`;
  }

  private current(t: T) {
    const { api, locale } = this;
    switch (this.screen) {
      case 'appointments':
        return html`<fd-console-appointments .api=${api} .t=${t} locale=${locale}></fd-console-appointments>`;
      case 'waits':
        return html`<fd-console-waits .api=${api} .t=${t} locale=${locale}></fd-console-waits>`;
      case 'inbox':
        return html`<fd-console-inbox .api=${api} .t=${t} locale=${locale}></fd-console-inbox>`;
      case 'followUps':
        return html`<fd-console-follow-ups .api=${api} .t=${t} locale=${locale}></fd-console-follow-ups>`;
      case 'feedback':
        return html`<fd-console-feedback .api=${api} .t=${t} locale=${locale}></fd-console-feedback>`;
      case 'prices':
        return html`<fd-console-prices .api=${api} .t=${t} locale=${locale}></fd-console-prices>`;
    }
  }

  private app(t: T) {
    return html`<nav aria-label=${t.sections}>
        <ul>
          ${screens.map((s) => html`<li><a href="#${s}" aria-current=${s === this.screen ? 'page' : 'false'}>${t[`nav.${s}`]}</a></li>`)}
        </ul>
      </nav>
      <main tabindex="-1">${this.current(t)}</main>`;
  }
}
