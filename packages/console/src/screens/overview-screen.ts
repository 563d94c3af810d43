import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ParticipationOverview } from '@inspraak/sdk';
import { sharedStyles } from '@inspraak/widgets';
import { failureText, mayUse, type ConsoleContext } from '../console-context.ts';
import { consoleStyles } from '../console-styles.ts';
import { dayName, fill, plural, type ConsoleTexts } from '../texts.ts';
import type { ChartSeries } from './participation-chart.ts';

/** The periods a staff member picks from, in days up to today. */
export const overviewPeriods = [7, 30, 90] as const;
type Period = (typeof overviewPeriods)[number];

type Measure = keyof ConsoleTexts['overviewMeasures'];
type Kind = 'poll' | 'board' | 'map';

/** One poll, board or map as the overview shows it: its counts per day under each measure. */
interface Subject {
  kind: Kind;
  id: string;
  title: string;
  measures: readonly Measure[];
  days: ({ date: string } & Partial<Record<Measure, number>>)[];
  totals: Partial<Record<Measure, number>>;
}

const measuresOf: Record<Kind, readonly Measure[]> = { poll: ['ballots'], board: ['ideas', 'supports', 'comments'], map: ['reports'] };
/** Each measure's own line: a dash pattern, so lines differ without colour too (forced colours draw them all in one). */
const dashes: Record<Measure, number[] | undefined> = { ballots: undefined, ideas: undefined, supports: [8, 4], comments: [2, 3], reports: undefined };
const sectionOf: Record<Kind, 'polls' | 'boards' | 'maps'> = { poll: 'polls', board: 'boards', map: 'maps' };

function subjectsOf(overview: ParticipationOverview): Subject[] {
  return [
    ...overview.polls.map((poll): Subject => ({ kind: 'poll', id: poll.id, title: poll.question, measures: measuresOf.poll, days: poll.days, totals: poll.totals })),
    ...overview.boards.map((board): Subject => ({ kind: 'board', id: board.id, title: board.title, measures: measuresOf.board, days: board.days, totals: board.totals })),
    ...overview.maps.map((map): Subject => ({ kind: 'map', id: map.id, title: map.title, measures: measuresOf.map, days: map.days, totals: map.totals })),
  ];
}

/**
 * uPlot makes an `Intl.NumberFormat(navigator.language)` as its module loads. A language Intl refuses
 * (WebKitGTK in a C locale says `C`) would throw there and the chart would never load, so such a
 * language is replaced by the console's own before the chunk is imported.
 */
function ensureIntlLanguage(fallback: string): void {
  try {
    new Intl.NumberFormat(navigator.language);
  } catch {
    Object.defineProperty(navigator, 'language', { value: fallback, configurable: true });
  }
}

/** The first day of a period of `days` days up to today (UTC, as the server counts). */
const periodStart = (days: number, now = new Date()): string => new Date(now.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);

/**
 * `<inspraak-console-overview>`: the console's first screen, for every role. What is open now, what
 * waits for a moderator and which answers are owed (each linked to the screen where staff act on
 * it), then per poll, board and map the participation per day over a period the staff member picks:
 * a line chart (uPlot, a chunk loaded with the first chart) and the same numbers as a table, which
 * is what assistive technology reads (the chart is hidden from it).
 */
export class ConsoleOverviewScreen extends LitElement {
  static override styles = [
    sharedStyles,
    consoleStyles,
    css`
      .figures {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
        gap: 0.75em;
        list-style: none;
        padding: 0;
        margin: 0 0 1.5em;
      }
      .figures li {
        padding: 0.75em 1em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .figures strong {
        display: block;
        font-size: 1.75em;
        line-height: 1.2;
      }
      .figures a {
        display: inline-flex;
        align-items: center;
        min-block-size: var(--_target);
      }
      fieldset.period {
        border: 0;
        padding: 0;
        margin: 0 0 1em;
      }
      fieldset.period .check {
        display: inline-flex;
        margin-inline-end: 1.5em;
      }
      .subject {
        margin-block-end: 2em;
      }
      .subject h2 a {
        color: inherit;
      }
      /* The chart: its legend and canvas for the eye; the table below holds the same numbers for everyone. */
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1.25em;
        list-style: none;
        padding: 0;
        margin: 0 0 0.25em;
      }
      .legend li::before {
        content: '';
        display: inline-block;
        inline-size: 1.5em;
        border-block-start: 3px solid currentColor;
        vertical-align: middle;
        margin-inline-end: 0.4em;
      }
      .legend .supports::before {
        border-block-start-style: dashed;
      }
      .legend .comments::before {
        border-block-start-style: dotted;
      }
      /* The series' colours, read by the chart from these elements (so themes and forced colours reach the canvas). */
      .ballots,
      .ideas,
      .reports {
        color: var(--inspraak-console-chart-1, var(--_accent));
      }
      .supports {
        color: var(--inspraak-console-chart-2, var(--_success));
      }
      .comments {
        color: var(--inspraak-console-chart-3, #8a3ffc);
      }
      .grid-line {
        color: var(--_border);
      }
      .plot {
        block-size: 12.5em;
        margin-block-end: 0.75em;
      }
      /* uPlot's own layout (its stylesheet's rules that apply here: no legend, no cursor, no title). */
      .uplot,
      .uplot * {
        box-sizing: border-box;
      }
      .u-wrap {
        position: relative;
        user-select: none;
      }
      .u-over,
      .u-under {
        position: absolute;
      }
      .u-under {
        overflow: hidden;
      }
      .uplot canvas {
        display: block;
        position: relative;
        inline-size: 100%;
        block-size: 100%;
      }
      .u-axis {
        position: absolute;
      }
      .u-select,
      .u-cursor-x,
      .u-cursor-y,
      .u-cursor-pt,
      .u-legend {
        display: none;
      }
      .days {
        max-block-size: 20em;
        overflow-y: auto;
      }
      .days table {
        min-inline-size: 0;
      }
      .days thead th {
        position: sticky;
        inset-block-start: 0;
        background: var(--_background);
      }
      td.count,
      th.count {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      tfoot th,
      tfoot td {
        font-weight: 700;
      }
      @media (forced-colors: active) {
        .ballots,
        .ideas,
        .reports,
        .supports,
        .comments {
          color: CanvasText;
        }
        .grid-line {
          color: GrayText;
        }
      }
    `,
  ];

  static override properties = {
    context: { attribute: false },
    period: { state: true },
    overview: { state: true },
    loadError: { state: true },
    chartsFailed: { state: true },
  };

  context!: ConsoleContext;
  period: Period = 30;
  overview: ParticipationOverview | undefined;
  loadError = '';
  /** The chart library could not be loaded: the tables stand alone. */
  chartsFailed = false;

  #charts: (() => void)[] = [];
  #request = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#removeCharts();
  }

  async load(): Promise<void> {
    const request = ++this.#request;
    this.loadError = '';
    try {
      const overview = await this.context.client.admin.overview.get({ from: periodStart(this.period) });
      // A quicker answer for a period picked later wins.
      if (request === this.#request) this.overview = overview;
    } catch (error) {
      if (request === this.#request) this.loadError = failureText(this.context.texts, error);
    }
  }

  async #choosePeriod(event: Event): Promise<void> {
    this.period = Number((event.target as HTMLInputElement).value) as Period;
    await this.load();
    if (this.overview) this.context.announce(this.#periodShown(this.overview));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('overview') && this.overview) void this.#drawCharts();
  }

  #removeCharts(): void {
    for (const remove of this.#charts.splice(0)) remove();
  }

  /** Each subject's chart, with the colours and font of the elements around it. */
  async #drawCharts(): Promise<void> {
    const overview = this.overview;
    if (!overview) return;
    ensureIntlLanguage(this.context.language);
    let drawParticipationChart: typeof import('./participation-chart.ts').drawParticipationChart;
    try {
      ({ drawParticipationChart } = await import('./participation-chart.ts'));
    } catch {
      // Without the chart (its chunk did not load) the tables still hold every number.
      this.chartsFailed = true;
      return;
    }
    if (overview !== this.overview || !this.isConnected) return;
    this.#removeCharts();
    const style = getComputedStyle(this);
    const colorOf = (selector: string) => getComputedStyle(this.renderRoot.querySelector(selector) ?? this).color;
    for (const subject of subjectsOf(overview)) {
      const figure = this.renderRoot.querySelector<HTMLElement>(`[data-chart="${subject.kind}-${subject.id}"]`);
      const plot = figure?.querySelector<HTMLElement>('.plot');
      if (!figure || !plot) continue;
      const series: ChartSeries[] = subject.measures.map((measure) => ({
        label: this.context.texts.overviewMeasures[measure],
        values: subject.days.map((day) => day[measure] ?? 0),
        color: colorOf(`[data-chart="${subject.kind}-${subject.id}"] .legend .${measure}`),
        ...(dashes[measure] && { dash: dashes[measure] }),
      }));
      this.#charts.push(
        drawParticipationChart(plot, {
          labels: subject.days.map((day) => dayName(day.date, this.context.language, 'short')),
          series,
          textColor: style.color,
          gridColor: colorOf('.grid-line'),
          font: `${style.fontSize} ${style.fontFamily}`,
          height: plot.clientHeight || 200,
        }),
      );
    }
  }

  /** The days shown, in words: on the screen, and said when another period is picked. */
  #periodShown({ from, to }: ParticipationOverview): string {
    const { texts, language } = this.context;
    return fill(texts.overviewShown, { from: dayName(from, language), to: dayName(to, language) });
  }

  override render() {
    const { texts } = this.context;
    return html`
      <h1 tabindex="-1">${texts.overview}</h1>
      <p>${texts.overviewIntro}</p>
      ${this.loadError
        ? html`<div class="error" role="alert"><p>${this.loadError}</p></div>
            <button class="secondary" type="button" @click=${() => void this.load()}>${texts.retry}</button>`
        : this.overview
          ? this.#renderOverview(this.overview)
          : html`<p>${texts.loading}</p>`}
      <span class="grid-line" hidden></span>
    `;
  }

  #renderOverview(overview: ParticipationOverview) {
    const { texts } = this.context;
    const subjects = subjectsOf(overview);
    return html`
      <h2>${texts.overviewNow}</h2>
      ${this.#renderFigures(overview)}
      <h2 id="participation-heading">${texts.overviewParticipation}</h2>
      <fieldset class="period">
        <legend>${texts.overviewPeriod}</legend>
        ${overviewPeriods.map(
          (days) => html`<div class="check">
            <input type="radio" id="period-${days}" name="period" value=${days} .checked=${this.period === days} @change=${this.#choosePeriod} />
            <label for="period-${days}">${fill(texts.overviewLastDays, { count: days })}</label>
          </div>`,
        )}
      </fieldset>
      <p>${this.#periodShown(overview)}</p>
      ${subjects.length === 0 ? html`<p>${texts.overviewEmpty}</p>` : subjects.map((subject) => this.#renderSubject(subject))}
    `;
  }

  #renderFigures(overview: ParticipationOverview) {
    const { texts, language, site } = this.context;
    const figure = (count: number, label: { one: string; other: string }, link?: { section: 'moderation' | 'answers' | 'polls' | 'boards' | 'maps'; text: string }) => {
      // The label's words only (no `{count}` in them): the number stands out above them.
      return html`<li>
        <strong>${count.toLocaleString(language)}</strong> ${plural(label, count, language)}
        ${link && mayUse(site.role, link.section) ? html`<br /><a href="#/${link.section}">${link.text}</a>` : nothing}
      </li>`;
    };
    return html`<ul class="figures">
      ${figure(overview.open.polls, texts.overviewOpenPolls, { section: 'polls', text: texts.polls })}
      ${figure(overview.open.boards, texts.overviewOpenBoards, { section: 'boards', text: texts.boards })}
      ${figure(overview.open.maps, texts.overviewMaps, { section: 'maps', text: texts.maps })}
      ${figure(overview.open.moderationQueue, texts.overviewQueue, { section: 'moderation', text: texts.overviewToModeration })}
      ${figure(overview.answers.due, texts.overviewAnswersDue, { section: 'answers', text: texts.overviewToAnswers })}
      ${figure(overview.answers.overdue, texts.overviewOverdue, { section: 'answers', text: texts.overviewToAnswers })}
    </ul>`;
  }

  #renderSubject(subject: Subject) {
    const { texts, language, site } = this.context;
    const key = `${subject.kind}-${subject.id}`;
    const section = sectionOf[subject.kind];
    const title = `${texts.auditSubjects[subject.kind]}: ${subject.title}`;
    return html`<section class="subject" aria-labelledby="heading-${key}">
      <h2 id="heading-${key}">
        ${mayUse(site.role, section) ? html`<a href="#/${section}/${encodeURIComponent(subject.id)}">${title}</a>` : title}
      </h2>
      ${this.chartsFailed
        ? nothing
        : html`<div class="chart" data-chart=${key} aria-hidden="true">
            <ul class="legend">
              ${subject.measures.map((measure) => html`<li class=${measure}>${texts.overviewMeasures[measure]}</li>`)}
            </ul>
            <div class="plot"></div>
          </div>`}
      <div class="table-scroll days" role="region" aria-labelledby="caption-${key}" tabindex="0">
        <table>
          <caption id="caption-${key}">${fill(texts.overviewCaption, { kind: texts.auditSubjects[subject.kind], title: subject.title })}</caption>
          <thead>
            <tr>
              <th scope="col">${texts.overviewDay}</th>
              ${subject.measures.map((measure) => html`<th scope="col" class="count">${texts.overviewMeasures[measure]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${subject.days.map(
              (day) => html`<tr>
                <th scope="row"><time datetime=${day.date}>${dayName(day.date, language)}</time></th>
                ${subject.measures.map((measure) => html`<td class="count">${(day[measure] ?? 0).toLocaleString(language)}</td>`)}
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${texts.overviewTotal}</th>
              ${subject.measures.map((measure) => html`<td class="count">${(subject.totals[measure] ?? 0).toLocaleString(language)}</td>`)}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>`;
  }
}
