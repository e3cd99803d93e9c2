// The overview's charts, with Chart.js on canvas. Each chart's data also stands inside its canvas
// as a table (the canvas's fallback content), so a screen reader, or a person who copies it, has
// the same figures the picture shows. Only this page imports Chart.js.
import { BarController, BarElement, CategoryScale, Chart, ChartConfiguration, Legend, LinearScale, Tooltip } from "chart.js";
import { el } from "../../hosts/browser/dom";
import { Overview, OverviewRow, RateKey } from "../../checks/overview";
import { FILE_VERDICTS, FileVerdictKind, UNREADABLE, VERDICTS } from "../../catalogue/verdict-messages";
import { OVERVIEW_TEXT as T } from "../../catalogue/overview-messages";
import { departmentName } from "./names";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const VERDICT_COLOURS: Readonly<Record<FileVerdictKind, string>> = { [VERDICTS.publishable]: "#107c10", [VERDICTS.hasErrors]: "#c50f1f", [VERDICTS.notFilled]: "#8a8886", [UNREADABLE]: "#3b3a39" };
const RANKED = "#0f6cbd";
const OUTLIER = "#c50f1f";
const UNRANKED = "#c8c6c4";
const LAST_YEAR = "#8a8886";

type BarConfig = ChartConfiguration<"bar", number[], string>;

/** The chart's data as a table: a row per label, a column per data set. */
function dataTable(config: BarConfig): HTMLTableElement {
  const { labels = [], datasets } = config.data;
  return el(
    "table",
    {},
    el("thead", {}, el("tr", {}, el("th", {}, ""), ...datasets.map((set) => el("th", {}, set.label ?? "")))),
    el("tbody", {}, ...labels.map((label, i) => el("tr", {}, el("th", {}, label), ...datasets.map((set) => el("td", {}, String(set.data[i])))))),
  );
}

function chartFigure(key: string, title: string, config: BarConfig, height: number, charts: Chart[], note?: string): HTMLElement {
  const canvas = el("canvas", { role: "img", "aria-label": title }, dataTable(config));
  const figure = el("figure", { className: "chart", "data-chart": key }, el("figcaption", {}, title), el("div", { className: "chart-box" }, canvas), note ? el("p", { className: "hint" }, note) : null);
  (figure.querySelector(".chart-box") as HTMLElement).style.height = `${height}px`;
  // Drawn once the figure is in the page, when the canvas has its size.
  queueMicrotask(() => charts.push(new Chart(canvas, { ...config, options: { animation: false, responsive: true, maintainAspectRatio: false, ...config.options } })));
  return figure;
}


/** One bar per department that has the rate: ranked ones first, highest first, then the few-case ones. */
function rateChart(overview: Overview, key: RateKey, title: string, charts: Chart[]): HTMLElement {
  const rows = overview.rows
    .filter((row) => row.rates[key].value !== null)
    .sort((a, b) => Number(b.rates[key].ranked) - Number(a.rates[key].ranked) || b.rates[key].value! - a.rates[key].value!);
  const colour = (row: OverviewRow) => (row.rates[key].outlier ? OUTLIER : row.rates[key].ranked ? RANKED : UNRANKED);
  const config: BarConfig = {
    type: "bar",
    data: {
      labels: rows.map(departmentName),
      datasets: [{ label: title, data: rows.map((row) => row.rates[key].value!), backgroundColor: rows.map(colour) }],
    },
    options: { indexAxis: "y", plugins: { legend: { display: false } }, scales: { x: { min: 0, max: 100 }, y: { ticks: { autoSkip: false, font: { size: 11 } } } } },
  };
  return chartFigure(key, title, config, Math.max(160, rows.length * 16 + 48), charts, `${T.ranked}：蓝色；${T.outliers}：红色；${T.unranked}：灰色。`);
}

/** Every chart of the overview; `charts` collects the Chart.js instances, for the page to destroy. */
export function overviewCharts(overview: Overview, charts: Chart[]): HTMLElement {
  const verdicts: BarConfig = {
    type: "bar",
    data: {
      labels: [...FILE_VERDICTS],
      datasets: [{ label: T.chartVerdicts, data: FILE_VERDICTS.map((kind) => overview.verdicts[kind]), backgroundColor: FILE_VERDICTS.map((kind) => VERDICT_COLOURS[kind]) }],
    },
    options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
  const totals = overview.totals;
  const figureLabels = [T.columns.received, T.columns.handled, T.columns.forward, T.columns.review, T.columns.litigation];
  const keys = ["received", "handled", "forward", "review", "litigation"] as const;
  const totalsChart =
    totals && overview.year !== null
      ? chartFigure(
          "totals",
          T.chartTotals(totals.departments),
          {
            type: "bar",
            data: {
              labels: figureLabels,
              datasets: [
                { label: T.lastYear(overview.year - 1), data: keys.map((k) => totals.previous[k] ?? 0), backgroundColor: LAST_YEAR },
                { label: T.thisYear(overview.year), data: keys.map((k) => totals.current[k] ?? 0), backgroundColor: RANKED },
              ],
            },
            options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
          },
          260,
          charts,
        )
      : el("figure", { className: "chart", "data-chart": "totals" }, el("figcaption", {}, T.chartTotals(0)), el("p", { className: "hint" }, T.noPrevious));
  return el(
    "div",
    { className: "charts" },
    chartFigure("verdicts", T.chartVerdicts, verdicts, 260, charts),
    totalsChart,
    rateChart(overview, "disclosure", T.chartDisclosure, charts),
    rateChart(overview, "correction", T.chartCorrection, charts),
  );
}
