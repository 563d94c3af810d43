import { html, nothing, type TemplateResult } from 'lit';
import { CommentInputLimits } from '@inspraak/contract/constants/CommentInputLimits';
import { FlagInputLimits } from '@inspraak/contract/constants/FlagInputLimits';
import { IdeaStatusValues } from '@inspraak/contract/constants/IdeaStatusValues';
import type { Board, Comment, HiddenIdeaNotice, Idea, IdeaListQuery } from '@inspraak/sdk';
import { errorTextKey } from '../../base/error-messages.ts';
import { renderLoadError } from '../../base/load-error.ts';
import { InspraakErrorEvent } from '../../base/events.ts';
import { formField } from '../../base/form-field.ts';
import { heading } from '../../base/heading.ts';
import { ideaApisFor, type IdeaApis } from '../../base/idea-apis.ts';
import { InspraakElement } from '../../base/inspraak-element.ts';
import { fallbackLanguage, localizerFor, type Localizer } from '../../base/localize.ts';
import { ideaBoardTexts } from '../../locales/idea-board-translations.ts';
import type { IdeaBoardTexts } from '../../locales/nl-idea-board.ts';
import { InspraakSupportEvent } from './idea-board-events.ts';
import { styles } from './idea-board.styles.ts';

// The contract's enums and limits this board offers and checks (never copied by hand).
const flagReasons = FlagInputLimits.reason.enum;
const commentMax = CommentInputLimits.body.maxLength;

/** What the resident opened or did on one idea: its comments, a reply form, a notice. */
interface IdeaView {
  comments?: Comment[] | undefined;
  open?: boolean;
  replyTo?: string | undefined;
  notice?: 'commentPosted' | 'commentPending' | undefined;
}

type ErrorKey = ReturnType<typeof errorTextKey>;

/** What stands in the list in the place of an idea a moderator hid while it was public (the contract tells them apart by `hidden`). */
const isHiddenNotice = (item: Idea | HiddenIdeaNotice): item is HiddenIdeaNotice => 'hidden' in item;
/** How many ideas the live region announces: notices are not ideas found. */
const countIdeas = (items: Array<Idea | HiddenIdeaNotice>): number => items.filter((item) => !isHiddenNotice(item)).length;

/** A text key and its values: kept instead of the text, so a change of language follows. */
type Message = [keyof IdeaBoardTexts, Record<string, number>?];

/**
 * The ideas of a city's idea board: newest or most supported, by topic and status, page by page;
 * residents support ideas, read the city's answer, comment (with one level of replies) and report
 * an idea or a comment for review. Where a moderator hid an idea that was public, a notice says so,
 * and why. Everything residents wrote is shown as text.
 *
 * @summary A board of residents' ideas with supports, the city's answers and comments.
 *
 * @event {InspraakSupportEvent} inspraak-support - A resident supported an idea or withdrew support (`detail: { ideaId, supported, supportCount }`).
 * @event {InspraakErrorEvent} inspraak-error - A call to the API failed (`detail: { error }`); what the resident typed is kept.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The board's title.
 * @csspart description - The board's description.
 * @csspart filters - The order, topic and status choices.
 * @csspart select - Each choice of the filters.
 * @csspart ideas - The list of ideas.
 * @csspart idea - One idea.
 * @csspart idea-title - An idea's title.
 * @csspart idea-description - An idea's description.
 * @csspart hidden-notice - In the place of an idea a moderator hid: that it was hidden, and why.
 * @csspart meta - Small print: topic, status, author, date, place.
 * @csspart progress - The number of supports ("23 of 100 supporters").
 * @csspart bar - The track of the threshold bar (decorative).
 * @csspart bar-fill - The filled part of the threshold bar.
 * @csspart support-button - Supports an idea or withdraws support (`aria-pressed`).
 * @csspart answer - The city's official answer.
 * @csspart comments - An idea's comments and comment form.
 * @csspart comment - One comment or reply.
 * @csspart comment-form - The form to comment or reply.
 * @csspart flag-form - The form to report an idea or comment.
 * @csspart field - A field of a form (also `label`, `hint`, `error-message`, `input`, `textarea`).
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart error-message - A field's problem, above its control.
 * @csspart input - The text controls of the comment form.
 * @csspart textarea - The comment's text (also `input`).
 * @csspart button - Every button (also `load-more-button`, `comments-button`, `reply-button`, `flag-button`, `retry-button`).
 * @csspart load-more-button - Shows more ideas (it also has the part `button`).
 * @csspart comments-button - Opens or closes an idea's comments (also `button`).
 * @csspart reply-button - Replies to a comment (also `button`).
 * @csspart flag-button - Reports an idea or comment to the moderators (also `button`).
 * @csspart retry-button - Tries a failed call again (also `button`).
 * @csspart notice - What happened after commenting or reporting.
 * @csspart error - A failed call: what happened and what to do.
 * @csspart skeleton - The placeholder while loading.
 *
 * @cssproperty --inspraak-color-accent - Buttons, the supported state, bars. Default `#0b57d0`.
 * @cssproperty --inspraak-color-on-accent - Text on the accent colour. Default `#fff`.
 * @cssproperty --inspraak-color-text - Text. Default: inherited from the page.
 * @cssproperty --inspraak-color-muted - Small print. Default `#4b5563`.
 * @cssproperty --inspraak-color-background - The card. Default `#fff`.
 * @cssproperty --inspraak-color-border-subtle - Borders of the card and ideas. Default `#d0d5dd`.
 * @cssproperty --inspraak-color-input-border - The border of text controls. Default `#505a5f`.
 * @cssproperty --inspraak-color-error - Error messages. Default `#b3261e`.
 * @cssproperty --inspraak-color-success - Notices. Default `#146c2e`.
 * @cssproperty --inspraak-color-focus - The focus outline. Default `#1a1a1a`.
 * @cssproperty --inspraak-radius - Rounded corners. Default `0.5em`.
 * @cssproperty --inspraak-idea-board-border-color - The card's border, for the board only. Default: `--inspraak-color-border-subtle`.
 * @cssproperty --inspraak-idea-answer-background - The city's answer. Default: 6 % of the accent colour.
 * @cssproperty --inspraak-idea-bar-color - The threshold bar. Default: the accent colour.
 * @cssproperty --inspraak-idea-bar-track-color - The empty part of the bar (and the loading placeholder). Default `#e5e7eb`.
 * @cssproperty --inspraak-idea-board-min-height - The space held while loading. Default `30em`.
 */
export class InspraakIdeaBoard extends InspraakElement<IdeaBoardTexts> {
  static override styles = styles;
  protected static override subject = 'board';

  static override properties = {
    board: { attribute: 'board' },
    pageSize: { attribute: 'page-size', type: Number },
    boardData: { state: true },
    loadError: { state: true },
    ideas: { state: true },
    nextCursor: { state: true },
    query: { state: true },
    busy: { state: true },
    announcement: { state: true },
    flagOpen: { state: true },
    failure: { state: true },
  };

  // ── Properties ──────────────────────────────────────────────────────────────────────

  /** The board's id, e.g. `board_demo` (attribute `board`). */
  board = '';

  /** How many ideas a page holds, 1–100 (attribute `page-size`). */
  pageSize = 10;

  // ── State ───────────────────────────────────────────────────────────────────────────

  private boardData: Board | undefined;
  private loadError: unknown;
  private ideas: Array<Idea | HiddenIdeaNotice> | undefined;
  private nextCursor: string | null = null;
  private query: Pick<IdeaListQuery, 'sort' | 'category' | 'status'> = {};
  private busy = false;
  private announcement = '';
  /** The report form that is open: `idea:<id>` or `comment:<id>`. */
  private flagOpen: string | undefined;
  /** The last failed call: where to show it (an idea's id, a report form's key, or `''` for the list) and what to say. */
  private failure: { where: string; key: ErrorKey } | undefined;

  #apis: IdeaApis | undefined;
  #loading: AbortController | undefined;
  #views = new Map<string, IdeaView>();
  #flagged = new Set<string>();
  /** Problems of the open forms, by form id. */
  #formErrors = new Map<string, Message>();

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
  }

  protected override updated(): void {
    // Bar widths through the CSSOM: a strict Content-Security-Policy blocks style attributes.
    for (const fill of this.renderRoot.querySelectorAll<HTMLElement>('.bar-fill')) fill.style.width = `${fill.dataset.share}%`;
  }

  // ── Work ────────────────────────────────────────────────────────────────────────────

  protected override async load(): Promise<void> {
    this.#loading?.abort();
    this.loadError = undefined;
    this.#apis = ideaApisFor({ api: this.api, siteKey: this.siteKey, client: this.client });
    if (this.boardData?.id !== this.board) {
      this.boardData = undefined;
      this.ideas = undefined;
    }
    if (!this.board || !this.#apis) return;
    const loading = (this.#loading = new AbortController());
    try {
      const [board, page] = await Promise.all([
        this.#apis.boards.get(this.board, { signal: loading.signal }),
        this.#apis.ideas.list(this.board, this.#listQuery(), { signal: loading.signal }),
      ]);
      if (loading.signal.aborted) return;
      this.boardData = board;
      this.ideas = page.items;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      if (loading.signal.aborted) return;
      this.loadError = error;
      this.dispatchEvent(new InspraakErrorEvent(error));
    }
  }

  #listQuery(cursor?: string): IdeaListQuery {
    return { ...this.query, hidden: 'notices', limit: Math.min(Math.max(this.pageSize || 10, 1), 100), ...(cursor ? { cursor } : {}) };
  }

  /**
   * Runs a call; a failure is reported (`inspraak-error`) and shown as an alert where it happened
   * (`where`: an idea's id, a report form's key, `''` for the list). Nothing typed is lost.
   */
  async #act<T>(where: string, run: (apis: IdeaApis) => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.failure = undefined;
    try {
      return await run(this.#apis!);
    } catch (error) {
      this.dispatchEvent(new InspraakErrorEvent(error));
      this.failure = { where, key: errorTextKey(error) };
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  async #applyFilters(): Promise<void> {
    const l = this.#localizer();
    const page = await this.#act('', (apis) => apis.ideas.list(this.board, this.#listQuery()));
    if (!page) return;
    this.ideas = page.items;
    this.nextCursor = page.nextCursor;
    if (l) this.announcement = page.items.length ? l.t('ideasFound', { count: countIdeas(page.items) }) : l.t('noIdeas');
  }

  #view(ideaId: string): IdeaView {
    let view = this.#views.get(ideaId);
    if (!view) this.#views.set(ideaId, (view = {}));
    return view;
  }

  async #loadComments(idea: Idea): Promise<void> {
    const comments: Comment[] = [];
    const loaded = await this.#act(idea.id, async (apis) => {
      for await (const comment of apis.ideas.comments.iterate(idea.id, { limit: 100 })) comments.push(comment);
      return true;
    });
    if (loaded) this.#view(idea.id).comments = comments;
    this.requestUpdate();
  }

  /** The texts in the page's language, or `undefined` while that language is still loading. */
  #localizer(): Localizer<IdeaBoardTexts> | undefined {
    return localizerFor(this.language, ideaBoardTexts, this.texts, () => this.requestUpdate());
  }

  #replaceIdea(id: string, change: Partial<Idea>): void {
    this.ideas = this.ideas?.map((item) => (item.id === id && !isHiddenNotice(item) ? { ...item, ...change } : item));
  }

  async #focus(id: string): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.getElementById(id)?.focus();
  }

  // ── Handlers ────────────────────────────────────────────────────────────────────────

  #handleFilter(event: Event): void {
    const select = event.target as HTMLSelectElement;
    this.query = { ...this.query, [select.name]: select.value || undefined };
    void this.#applyFilters();
  }

  async #handleLoadMore(): Promise<void> {
    const l = this.#localizer();
    const cursor = this.nextCursor;
    if (!cursor || this.busy) return;
    const page = await this.#act('', (apis) => apis.ideas.list(this.board, this.#listQuery(cursor)));
    if (!page) return;
    const known = new Set(this.ideas?.map((idea) => idea.id));
    const added = page.items.filter((item) => !known.has(item.id));
    this.ideas = [...(this.ideas ?? []), ...added];
    this.nextCursor = page.nextCursor;
    if (l) this.announcement = l.t('loadedMore', { count: countIdeas(added) });
    // Focus on the first new idea (or notice), where reading goes on; the button may be gone now.
    if (added[0]) await this.#focus(`idea-${added[0].id}`);
  }

  async #handleSupport(idea: Idea): Promise<void> {
    const l = this.#localizer();
    const result = await this.#act(idea.id, (apis) => (idea.supportedByMe ? apis.ideas.unsupport(idea.id) : apis.ideas.support(idea.id)));
    if (!result) return;
    this.#replaceIdea(idea.id, { supportedByMe: result.supported, supportCount: result.supportCount });
    if (l) this.announcement = l.t(result.supported ? 'supportedNow' : 'supportWithdrawn');
    this.dispatchEvent(new InspraakSupportEvent(result));
  }

  async #handleToggleComments(idea: Idea): Promise<void> {
    const view = this.#view(idea.id);
    view.open = !view.open;
    this.requestUpdate();
    if (view.open && !view.comments) await this.#loadComments(idea);
  }

  async #handleReply(ideaId: string, comment: Comment | undefined): Promise<void> {
    const view = this.#view(ideaId);
    view.replyTo = comment?.id;
    this.requestUpdate();
    await this.#focus(comment ? `reply-${comment.id}-body` : `comments-button-${ideaId}`);
  }

  async #handleComment(event: SubmitEvent, idea: Idea, parent: Comment | undefined): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const formId = form.id;
    const data = new FormData(form);
    const body = String(data.get('body') ?? '').trim();
    const displayName = String(data.get('displayName') ?? '').trim();
    const problem: Message | undefined = !body ? ['errorCommentEmpty'] : body.length > commentMax ? ['errorTooLong', { max: commentMax }] : undefined;
    if (problem) {
      this.#formErrors.set(formId, problem);
      this.requestUpdate();
      return this.#focus(`${formId}-body`);
    }
    this.#formErrors.delete(formId);
    const comment = await this.#act(idea.id, (apis) =>
      apis.ideas.comments.create(idea.id, { body, ...(parent ? { parentId: parent.id } : {}), ...(displayName ? { displayName } : {}) }),
    );
    if (!comment) return;
    const view = this.#view(idea.id);
    const published = comment.moderation.state === 'published';
    if (published) {
      view.comments = [...(view.comments ?? []), comment];
      this.#replaceIdea(idea.id, { commentCount: idea.commentCount + 1 });
    }
    view.replyTo = undefined;
    view.notice = published ? 'commentPosted' : 'commentPending';
    form.reset();
    this.requestUpdate();
    await this.#focus(`notice-${idea.id}`);
  }

  async #handleFlagToggle(key: string): Promise<void> {
    this.flagOpen = this.flagOpen === key ? undefined : key;
    this.#formErrors.delete(`flag-${key}`);
    // Into the form: the first reason, which a screen reader announces with the group's question.
    await this.#focus(this.flagOpen ? `flag-${key}-${flagReasons[0]}` : `flag-button-${key}`);
  }

  async #handleFlag(event: SubmitEvent, key: string): Promise<void> {
    event.preventDefault();
    const reason = new FormData(event.target as HTMLFormElement).get('reason') as (typeof flagReasons)[number] | null;
    const formId = `flag-${key}`;
    if (!reason) {
      this.#formErrors.set(formId, ['errorFlagReason']);
      this.requestUpdate();
      return this.#focus(`${formId}-${flagReasons[0]}`);
    }
    this.#formErrors.delete(formId);
    const [type, id] = key.split(':') as ['idea' | 'comment', string];
    const flag = await this.#act(key, (apis) => apis.ideas.flag(type === 'idea' ? { ideaId: id } : { commentId: id }, { reason }));
    if (!flag) return;
    this.#flagged.add(key);
    this.flagOpen = undefined;
    await this.#focus(`flagged-${key}`);
  }

  async #handleRetry(): Promise<void> {
    await this.load();
    this.shadowRoot?.getElementById('board-heading')?.focus();
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const l = this.#localizer();
    return html`
      <div part="base" class="base" lang=${l?.lang ?? fallbackLanguage}>
        ${l ? this.#renderContent(l) : this.#renderSkeleton('')}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  #renderContent(l: Localizer<IdeaBoardTexts>): TemplateResult {
    if (this.loadError) return renderLoadError(l, this.loadError, () => this.#handleRetry());
    const board = this.boardData;
    const ideas = this.ideas;
    if (!board || !ideas) return this.#renderSkeleton(l.t('boardLoading'));
    return html`
      ${heading(this.headingLevel, board.title, 'board-heading', 'heading')}
      ${board.description ? html`<p part="description">${board.description}</p>` : nothing}
      ${board.status === 'closed' ? html`<p part="meta" class="meta closed">${l.t('boardClosed')}</p>` : nothing}
      ${this.#renderFilters(l, board)}
      ${ideas.length
        ? html`<ul part="ideas" class="plain ideas">
            ${ideas.map((item) => html`<li>${isHiddenNotice(item) ? this.#renderHiddenNotice(l, item) : this.#renderIdea(l, board, item)}</li>`)}
          </ul>`
        : html`<p class="meta">${l.t('noIdeas')}</p>`}
      ${this.#renderFailure(l, '')}
      ${this.nextCursor
        ? html`<div class="actions">
            <button type="button" part="button load-more-button" class="secondary" aria-disabled=${this.busy ? 'true' : 'false'}
              @click=${this.#handleLoadMore}>${l.t('loadMore')}</button>
          </div>`
        : nothing}
    `;
  }

  #renderSkeleton(label: string): TemplateResult {
    return html`<div part="skeleton" class="skeleton">
      <span class="visually-hidden">${label}</span>
      <span class="skeleton-line wide"></span>
      <span class="skeleton-line"></span>
      <span class="skeleton-line tall"></span>
      <span class="skeleton-line tall"></span>
    </div>`;
  }

  #renderFilters(l: Localizer<IdeaBoardTexts>, board: Board): TemplateResult {
    const select = (name: string, label: string, value: string | undefined, options: [string, string][]) =>
      html`<div class="filter">
        <label for="filter-${name}" class="label">${label}</label>
        <select part="select" id="filter-${name}" name=${name} @change=${this.#handleFilter}>
          ${options.map(([id, text]) => html`<option value=${id} ?selected=${(value ?? '') === id}>${text}</option>`)}
        </select>
      </div>`;
    return html`<div part="filters" class="filters" role="group" aria-labelledby="filters-legend">
      <span id="filters-legend" class="visually-hidden">${l.t('filtersLegend')}</span>
      ${select('sort', l.t('sortLabel'), this.query.sort, [
        ['', l.t('sortNewest')],
        ['most-supported', l.t('sortSupported')],
      ])}
      ${select('category', l.t('filterCategory'), this.query.category, [
        ['', l.t('allCategories')],
        ...board.categories.map((category): [string, string] => [category.id, category.label]),
      ])}
      ${select('status', l.t('filterStatus'), this.query.status, [
        ['', l.t('allStatuses')],
        ...IdeaStatusValues.map((status): [string, string] => [status, l.t(`status_${status}`)]),
      ])}
    </div>`;
  }

  #renderIdea(l: Localizer<IdeaBoardTexts>, board: Board, idea: Idea): TemplateResult {
    const category = board.categories.find((candidate) => candidate.id === idea.categoryId)?.label ?? idea.categoryId;
    const threshold = board.supportThreshold;
    const view = this.#view(idea.id);
    const titleId = `idea-${idea.id}`;
    const flagKey = `idea:${idea.id}`;
    return html`<article part="idea" class="idea" aria-labelledby=${titleId}>
      ${heading(this.headingLevel + 1, idea.title, titleId, 'idea-title')}
      <p part="meta" class="meta">
        ${l.t('ideaMeta', { category, status: l.t(`status_${idea.status}`) })}
        ${idea.displayName ? l.t('byName', { name: idea.displayName, date: l.date(idea.createdAt) }) : l.t('byNobody', { date: l.date(idea.createdAt) })}
      </p>
      ${idea.description ? html`<p part="idea-description" class="text">${idea.description}</p>` : nothing}
      ${idea.place ? html`<p part="meta" class="meta">${l.t('ideaPlace', { place: idea.place })}</p>` : nothing}
      <div class="support">
        <p part="progress" class="progress" id="progress-${idea.id}">
          ${threshold ? l.t('supportProgress', { count: idea.supportCount, threshold }) : l.t('supportCount', { count: idea.supportCount })}
        </p>
        ${threshold
          ? html`<div part="bar" class="bar" aria-hidden="true">
              <div part="bar-fill" class="bar-fill" data-share=${Math.min(100, (idea.supportCount / threshold) * 100)}></div>
            </div>`
          : nothing}
        <div class="actions">
          <button type="button" part="button support-button" class="secondary" aria-pressed=${idea.supportedByMe ? 'true' : 'false'}
            aria-describedby="${titleId} progress-${idea.id}" @click=${() => this.#handleSupport(idea)}>${l.t('support')}</button>
        </div>
      </div>
      ${idea.officialAnswer
        ? html`<section part="answer" class="answer" aria-labelledby="answer-${idea.id}">
            ${heading(this.headingLevel + 2, l.t('answerHeading'), `answer-${idea.id}`)}
            <p class="text">${idea.officialAnswer.text}</p>
            <p class="meta">${l.t('answeredAt', { date: l.date(idea.officialAnswer.answeredAt) })}</p>
          </section>`
        : nothing}
      <div class="actions">
        <button type="button" part="button comments-button" class="secondary" id="comments-button-${idea.id}" aria-expanded=${view.open ? 'true' : 'false'}
          aria-controls="comments-${idea.id}" @click=${() => this.#handleToggleComments(idea)}>${l.t('comments', { count: idea.commentCount })}</button>
        ${this.#renderFlagButton(l, flagKey, l.t('flagIdea'), titleId)}
      </div>
      ${this.#renderFailure(l, idea.id)} ${this.#renderFlag(l, flagKey)}
      <div part="comments" class="comments" id="comments-${idea.id}" ?hidden=${!view.open}>
        ${view.open ? this.#renderComments(l, board, idea, view) : nothing}
      </div>
    </article>`;
  }

  /** Text only (no heading: nothing of the idea is left to name); focusable like an idea's title, for "load more". */
  #renderHiddenNotice(l: Localizer<IdeaBoardTexts>, notice: HiddenIdeaNotice): TemplateResult {
    return html`<p part="hidden-notice" class="idea hidden-notice" id="idea-${notice.id}" tabindex="-1">
      ${l.t('hiddenNotice')} ${l.t(`hiddenReason_${notice.hiddenReasonCode}`)}
    </p>`;
  }

  #renderComments(l: Localizer<IdeaBoardTexts>, board: Board, idea: Idea, view: IdeaView): TemplateResult {
    const comments = view.comments;
    const open = board.status === 'open';
    const top = comments?.filter((comment) => !comment.parentId) ?? [];
    return html`
      ${!comments
        ? html`<p class="meta">${l.t('commentsLoading')}</p>`
        : top.length
          ? html`<ul class="plain">
              ${top.map(
                (comment) => html`<li>
                  ${this.#renderComment(l, idea, comment, open)}
                  ${view.replyTo === comment.id ? this.#renderCommentForm(l, idea, comment) : nothing}
                  ${comments.some((reply) => reply.parentId === comment.id)
                    ? html`<ul class="plain replies">
                        ${comments.filter((reply) => reply.parentId === comment.id).map((reply) => html`<li>${this.#renderComment(l, idea, reply, false)}</li>`)}
                      </ul>`
                    : nothing}
                </li>`,
              )}
            </ul>`
          : html`<p class="meta">${l.t('noComments')}</p>`}
      ${view.notice ? html`<p part="notice" class="notice" id="notice-${idea.id}" tabindex="-1" role="status">${l.t(view.notice)}</p>` : nothing}
      ${open ? this.#renderCommentForm(l, idea, undefined) : nothing}
    `;
  }

  #renderComment(l: Localizer<IdeaBoardTexts>, idea: Idea, comment: Comment, canReply: boolean): TemplateResult {
    const name = comment.displayName || l.t('anonymous');
    const flagKey = `comment:${comment.id}`;
    return html`<article part="comment" class="comment" aria-labelledby="comment-${comment.id}">
      <p class="meta" id="comment-${comment.id}"><strong>${name}</strong> · ${l.date(comment.createdAt)}</p>
      <p class="text">${comment.body}</p>
      <div class="actions">
        ${canReply
          ? html`<button type="button" part="button reply-button" class="secondary small" aria-expanded=${this.#view(idea.id).replyTo === comment.id ? 'true' : 'false'}
              aria-label=${l.t('replyTo', { name })} @click=${() => this.#handleReply(idea.id, comment)}>${l.t('reply')}</button>`
          : nothing}
        ${this.#renderFlagButton(l, flagKey, l.t('flagComment'), `comment-${comment.id}`)}
      </div>
      ${this.#renderFlag(l, flagKey)}
    </article>`;
  }

  #renderCommentForm(l: Localizer<IdeaBoardTexts>, idea: Idea, parent: Comment | undefined): TemplateResult {
    const formId = parent ? `reply-${parent.id}` : `comment-form-${idea.id}`;
    const message = this.#formErrors.get(formId);
    const error = message && l.t(...message);
    return html`<form part="comment-form" class="comment-form" id=${formId} novalidate @submit=${(event: SubmitEvent) => this.#handleComment(event, idea, parent)}>
      ${formField({
        id: `${formId}-body`,
        label: parent ? l.t('replyLabel') : l.t('commentLabel'),
        error,
        errorPrefix: l.t('errorPrefix'),
        control: (describedBy, invalid) =>
          html`<textarea part="input textarea" id="${formId}-body" name="body" rows="3" aria-describedby=${describedBy || nothing} aria-invalid=${invalid}></textarea>`,
      })}
      ${formField({
        id: `${formId}-name`,
        label: l.t('commentNameLabel'),
        errorPrefix: l.t('errorPrefix'),
        control: () => html`<input part="input" type="text" id="${formId}-name" name="displayName" maxlength=${CommentInputLimits.displayName.maxLength} autocomplete="nickname" />`,
      })}
      <div class="actions">
        <button type="submit" part="button" class="primary" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${parent ? l.t('replySubmit') : l.t('commentSubmit')}
        </button>
        ${parent
          ? html`<button type="button" part="button" class="secondary" @click=${() => this.#handleReply(idea.id, undefined)}>${l.t('cancel')}</button>`
          : nothing}
      </div>
    </form>`;
  }

  #renderFlagButton(l: Localizer<IdeaBoardTexts>, key: string, label: string, describedBy: string): TemplateResult {
    if (this.#flagged.has(key)) return html`<p part="notice" class="notice" id="flagged-${key}" tabindex="-1">${l.t('flagSent')}</p>`;
    return html`<button type="button" part="button flag-button" class="secondary small" id="flag-button-${key}" aria-expanded=${this.flagOpen === key ? 'true' : 'false'}
      aria-describedby=${describedBy} @click=${() => this.#handleFlagToggle(key)}>${label}</button>`;
  }

  #renderFlag(l: Localizer<IdeaBoardTexts>, key: string): TemplateResult | typeof nothing {
    if (this.flagOpen !== key) return nothing;
    const formId = `flag-${key}`;
    const message = this.#formErrors.get(formId);
    const error = message && l.t(...message);
    return html`<form part="flag-form" class="flag-form" novalidate @submit=${(event: SubmitEvent) => this.#handleFlag(event, key)}>
      <fieldset aria-describedby=${error ? `${formId}-error` : nothing}>
        <legend class="label">${l.t('flagLegend')}</legend>
        ${error
          ? html`<p part="error-message" class="error-message" id="${formId}-error"><span class="visually-hidden">${l.t('errorPrefix')} </span>${error}</p>`
          : nothing}
        ${flagReasons.map(
          (reason) => html`<label class="choice"><input type="radio" name="reason" value=${reason} id="${formId}-${reason}" aria-invalid=${error ? 'true' : nothing} />
            <span>${l.t(`flag_${reason}`)}</span></label>`,
        )}
      </fieldset>
      ${this.#renderFailure(l, key)}
      <div class="actions">
        <button type="submit" part="button" class="primary">${l.t('flagSubmit')}</button>
        <button type="button" part="button" class="secondary" @click=${() => this.#handleFlagToggle(key)}>${l.t('cancel')}</button>
      </div>
    </form>`;
  }

  /** A failed call, where it happened: what went wrong and what to do. */
  #renderFailure(l: Localizer<IdeaBoardTexts>, where: string): TemplateResult | typeof nothing {
    return this.failure?.where === where ? html`<p part="error" class="error" role="alert">${l.t(this.failure.key)}</p>` : nothing;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'inspraak-idea-board': InspraakIdeaBoard;
  }
  interface GlobalEventHandlersEventMap {
    'inspraak-support': InspraakSupportEvent;
  }
}
