/** Every visible string of the admin page; each language file must satisfy it, so a missing key fails the build. */
export interface AdminStrings {
  /** The page's `<title>` and heading. */
  title: string;
  languageSwitch: string;
  signInTitle: string;
  signInIntro: string;
  tokenLabel: string;
  signIn: string;
  signOut: string;
  tokenRefused: string;
  /** The service answered 404/403: no CONSENT_ADMIN_TOKEN is configured. */
  adminOff: string;
  /** The service could not be reached or answered an error; `status` is the HTTP status or a network message. */
  requestFailed: (status: string) => string;
  loading: string;
  refresh: string;
  rangeLabel: string;
  from: string;
  to: string;
  apply: string;
  overviewTitle: string;
  totalDecisions: string;
  acceptAll: string;
  rejectAll: string;
  custom: string;
  /** Under the chart: what a day and a rate are. */
  chartNote: string;
  /** The chart's accessible name. */
  chartLabel: string;
  chartEmpty: string;
  dataTableSummary: string;
  day: string;
  decisions: string;
  categoriesTitle: string;
  categoriesNote: string;
  category: string;
  granted: string;
  refused: string;
  grantRate: string;
  /** The per-category chart over time: its heading, the note under it, its accessible name, its table. */
  categoryChartTitle: string;
  categoryChartNote: string;
  categoryChartLabel: string;
  categoryTableSummary: string;
  /** A cell of that table: the granted share of the day's decisions about a category, with the counts. */
  grantedOfDecisions: (share: number, granted: number, total: number) => string;
  /** A cell for a day without decisions about the category. */
  noDecisions: string;
  sourcesTitle: string;
  revisionsTitle: string;
  revision: string;
  source: string;
  lookupTitle: string;
  lookupIntro: string;
  consentIdLabel: string;
  /** Under the consent id field: what an id looks like. */
  consentIdHint: string;
  lookup: string;
  /** No records for the id; `id` is what was typed. */
  lookupNone: (id: string) => string;
  /** How many records were found. */
  lookupFound: (count: number) => string;
  receivedAt: string;
  decidedAt: string;
  language: string;
  choices: string;
  country: string;
  recordId: string;
  exportTitle: string;
  exportIntro: string;
  exportCsv: string;
  exportNdjson: string;
  /** Said once a download started; `file` is its name. */
  exportDone: (file: string) => string;
  suppressionsTitle: string;
  suppressionsIntro: string;
  recipient: string;
  since: string;
  show: string;
  suppressionsNone: string;
  suppressionsCsv: string;
  /** A category's name: the built-in ones translated, a site's own shown by id. */
  categoryName: (id: string) => string;
  /** Where a decision was made (the record's `source`). */
  sourceName: (id: string) => string;
  /** A percentage for the page's locale. */
  percent: (value: number) => string;
  /** A count for the page's locale. */
  count: (value: number) => string;
  /** A date and time for the page's locale, from an ISO string. */
  dateTime: (iso: string) => string;
}
