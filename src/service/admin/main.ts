// The admin page's entry: registers its three elements (the page is <consent-admin> in index.html).
// The guard must run before uPlot loads (imports run in order).
import './language-guard.js';
import { ConsentAdminElement } from './consent-admin.js';
import { CategoryChartElement } from './category-chart.js';
import { RateChartElement } from './rate-chart.js';

customElements.define('consent-rate-chart', RateChartElement);
customElements.define('consent-category-chart', CategoryChartElement);
customElements.define('consent-admin', ConsentAdminElement);
