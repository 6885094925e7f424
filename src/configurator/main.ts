// The configurator page's entry: registers <consent-configurator> with the CDN tag recorded at build time.
import { CDN_SCRIPT } from 'virtual:consent-banner-release';
import { ConsentConfigurator } from './configurator-app.js';

class ConfiguratorPage extends ConsentConfigurator {
  override release = { cdn: CDN_SCRIPT };
}
customElements.define('consent-configurator', ConfiguratorPage);
