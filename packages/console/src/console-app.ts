import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { createClient, InspraakApiError, type StaffSession } from '@inspraak/sdk';
import { sharedStyles } from '@inspraak/widgets';
import { mayUse, sectionRoles, type ConsoleContext, type Section, type StaffRole } from './console-context.ts';
import { consoleStyles } from './console-styles.ts';
import { consoleLanguage, fill, textsFor, type ConsoleLanguage } from './texts.ts';
import { shellStyles } from './console-app.styles.ts';

/** A place in the console, from the address's hash: `#/overview`, `#/polls`, `#/polls/<pollId>`, `#/boards/<boardId>`, `#/moderation`, `#/audit`, … */
interface Route {
  section: Section;
  id?: string;
}

/** The console's sections, in the order of its menu (the order of `sectionRoles`). */
const sections = Object.keys(sectionRoles) as Section[];

/** The sections whose items have pages of their own (`#/boards/<boardId>`). */
const sectionsWithPages: readonly Section[] = ['polls', 'boards', 'maps', 'reports'];

export function parseRoute(hash: string): Route {
  const [name = '', id] = hash.replace(/^#\/?/, '').split('/');
  // Anything unknown is the overview (every role may see it).
  const section = sections.includes(name as Section) ? (name as Section) : 'overview';
  return id && sectionsWithPages.includes(section) ? { section, id: decodeURIComponent(id) } : { section };
}

const languageKey = 'inspraak-console-language';
const siteKey = 'inspraak-console-site';

/**
 * `<inspraak-console>`: the staff console's shell. It reads who is signed in (the session cookie is
 * HttpOnly; the server answers who it belongs to), lets a person with roles on several sites pick
 * one, and shows the section in the address's hash that their role there allows. Every screen gets
 * one client for the site (admin calls by session) and a resident client (live results by site key).
 */
export class InspraakConsole extends LitElement {
  static override styles = [sharedStyles, consoleStyles, shellStyles];

  static override properties = {
    api: { attribute: 'api' },
    session: { state: true },
    siteId: { state: true },
    route: { state: true },
    language: { state: true },
    message: { state: true },
  };

  /** The API root; default: `/v1` on this page's origin (the console is served by the server it manages). */
  api = '';

  session: StaffSession | 'signed-out' | 'failed' | undefined;
  siteId = '';
  route: Route = parseRoute(location.hash);
  /** The staff member's choice, else the language of the page around the console (its nearest `lang`). */
  language: ConsoleLanguage = 'nl';
  /** The live region's text. */
  message = '';

  #context: ConsoleContext | undefined;
  #onHashChange = () => {
    this.route = parseRoute(location.hash);
  };

  get #baseUrl(): string {
    return this.api || `${location.origin}/v1`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.language = consoleLanguage(localStorage.getItem(languageKey) ?? this.closest('[lang]')?.getAttribute('lang') ?? '');
    addEventListener('hashchange', this.#onHashChange);
    void this.#loadSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
  }

  async #loadSession(): Promise<void> {
    this.session = undefined;
    try {
      // The session call names no site; the staff client sends the cookie on this origin.
      const session = await createClient({ baseUrl: this.#baseUrl, staffSite: '', retry: 1 }).staff.session();
      const remembered = localStorage.getItem(siteKey);
      this.siteId = session.sites.find((site) => site.siteId === remembered)?.siteId ?? session.sites[0]?.siteId ?? '';
      this.session = session;
    } catch (error) {
      this.session = error instanceof InspraakApiError && error.status === 401 ? 'signed-out' : 'failed';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The page's language too: the console's page holds nothing else, and screen readers read by it.
    if (changed.has('language')) document.documentElement.lang = this.language;
    if ((changed.has('session') || changed.has('siteId') || changed.has('language')) && typeof this.session === 'object') {
      const site = this.session.sites.find((candidate) => candidate.siteId === this.siteId);
      this.#context = site && {
        ...this.#clientsFor(site),
        site,
        language: this.language,
        texts: textsFor(this.language),
        announce: (message) => this.#announce(message),
      };
    }
  }

  /** The site's two clients, made once per site: a switch of language keeps them (and their reads under way). */
  #clientsFor(site: StaffSession['sites'][number]): Pick<ConsoleContext, 'client' | 'residentClient'> {
    if (this.#context?.site.siteId === site.siteId) return this.#context;
    return {
      client: createClient({ baseUrl: this.#baseUrl, staffSite: site.siteId }),
      residentClient: createClient({ baseUrl: this.#baseUrl, siteKey: site.siteKey }),
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A new section is a new page for a screen reader: its heading takes focus (as a page load would start there).
    const previous = changed.get('route') as Route | undefined;
    if (previous && (previous.section !== this.route.section || previous.id !== this.route.id)) {
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('main')?.focus());
    }
  }

  #announce(message: string): void {
    // Emptied first, so the same words said twice are read twice.
    this.message = '';
    requestAnimationFrame(() => (this.message = message));
  }

  #switchLanguage(): void {
    this.language = this.language === 'nl' ? 'en' : 'nl';
    localStorage.setItem(languageKey, this.language);
  }

  #chooseSite(event: Event): void {
    this.siteId = (event.target as HTMLSelectElement).value;
    localStorage.setItem(siteKey, this.siteId);
  }

  async #signOut(): Promise<void> {
    if (!this.#context) return;
    await this.#context.client.staff.signOut();
    this.session = 'signed-out';
  }

  override render() {
    const texts = textsFor(this.language);
    return html`
      <a class="skip" href="#main" @click=${this.#skip}>${texts.skipLink}</a>
      <header>
        <p class="brand">${texts.title}</p>
        ${this.#renderAccount()}
        <button class="secondary" type="button" lang=${this.language === 'nl' ? 'en' : 'nl'} aria-label=${texts.switchLanguageLabel} @click=${this.#switchLanguage}>
          ${texts.switchLanguage}
        </button>
      </header>
      ${this.#renderNavigation()}
      <main id="main" tabindex="-1">${this.#renderMain()}</main>
      <div class="visually-hidden" role="status" aria-live="polite">${this.message}</div>
    `;
  }

  #skip(event: Event): void {
    event.preventDefault();
    this.shadowRoot?.querySelector<HTMLElement>('main')?.focus();
  }

  #renderAccount() {
    if (typeof this.session !== 'object') return nothing;
    const texts = textsFor(this.language);
    const site = this.#context?.site;
    return html`
      <p class="account">
        ${fill(texts.signedInAs, { email: this.session.email })}${site ? html` · ${texts.role[site.role]}` : nothing}
      </p>
      ${this.session.sites.length > 1
        ? html`<label class="site-picker"
            >${texts.site}
            <select @change=${this.#chooseSite}>
              ${this.session.sites.map((option) => html`<option value=${option.siteId} ?selected=${option.siteId === this.siteId}>${option.siteName}</option>`)}
            </select></label
          >`
        : nothing}
      <button class="secondary" type="button" @click=${this.#signOut}>${texts.signOut}</button>
    `;
  }

  #renderNavigation() {
    const site = this.#context?.site;
    if (!site) return nothing;
    const texts = textsFor(this.language);
    const allowed = sections.filter((section) => mayUse(site.role, section));
    return html`<nav aria-label=${texts.navigation}>
      <ul>
        ${allowed.map(
          (section) =>
            html`<li><a href="#/${section}" aria-current=${this.#section(site.role) === section ? 'page' : 'false'}>${texts[section]}</a></li>`,
        )}
      </ul>
    </nav>`;
  }

  /** The section shown: the address's, or with none there the first this role may use (the overview, for every role). */
  #section(role: StaffRole): Section {
    return location.hash ? this.route.section : (sections.find((candidate) => mayUse(role, candidate)) ?? this.route.section);
  }

  #renderMain() {
    const texts = textsFor(this.language);
    if (this.session === undefined) return html`<p>${texts.loading}</p>`;
    if (this.session === 'failed') {
      return html`<h1>${texts.title}</h1>
        <p>${texts.loadFailed}</p>
        <button class="primary" type="button" @click=${() => void this.#loadSession()}>${texts.retry}</button>`;
    }
    if (this.session === 'signed-out') {
      return html`<h1>${texts.signedOutTitle}</h1>
        <p>${texts.signedOutText}</p>
        <p><a href="/admin/auth/login">${texts.signIn}</a></p>`;
    }
    const context = this.#context;
    if (!context) return html`<h1>${texts.noSitesTitle}</h1><p>${texts.noSitesText}</p>`;
    const { id } = this.route;
    const section = this.#section(context.site.role);
    if (!mayUse(context.site.role, section)) {
      return html`<h1>${texts[section]}</h1><p>${fill(texts.notAllowed, { role: texts.role[context.site.role] })}</p>`;
    }
    // Keyed by the item, so another item's page is a new screen that reads it (not the last one's).
    return keyed(id, this.#renderScreen(section, context, id));
  }

  #renderScreen(section: Section, context: ConsoleContext, id: string | undefined) {
    switch (section) {
      case 'overview':
        return html`<inspraak-console-overview .context=${context}></inspraak-console-overview>`;
      case 'moderation':
        return html`<inspraak-console-moderation .context=${context}></inspraak-console-moderation>`;
      case 'answers':
        return html`<inspraak-console-answers .context=${context}></inspraak-console-answers>`;
      case 'audit':
        return html`<inspraak-console-audit .context=${context}></inspraak-console-audit>`;
      case 'reports':
        // `#/reports/<mapId>`: that map's reports; without one, the site's first map.
        return html`<inspraak-console-reports .context=${context} .mapId=${id}></inspraak-console-reports>`;
      case 'boards':
        return id
          ? html`<inspraak-console-board .context=${context} .subjectId=${id}></inspraak-console-board>`
          : html`<inspraak-console-boards .context=${context}></inspraak-console-boards>`;
      case 'maps':
        return id
          ? html`<inspraak-console-map .context=${context} .subjectId=${id}></inspraak-console-map>`
          : html`<inspraak-console-maps .context=${context}></inspraak-console-maps>`;
      default:
        return id
          ? html`<inspraak-console-poll .context=${context} .pollId=${id}></inspraak-console-poll>`
          : html`<inspraak-console-polls .context=${context}></inspraak-console-polls>`;
    }
  }
}
