import { LitElement, nothing, html } from 'lit';
import { localize } from '../../core/localized-text.js';
import { categoryText } from '../shared/category-text.js';
import { PageLanguageController } from '../shared/page-language.js';
import { renderSwitch } from '../shared/switch.js';
import { consentDisclosureStyles } from './consent-disclosure.styles.js';

/**
 * The external transmission table (外部送信ポリシー, 電気通信事業法 第27条の12):
 * one row per recipient from the `vendors` config, with the information
 * sent, the purpose, the category and a switch that changes that category;
 * and, when any recipient has one (`optOutUrl`), a column linking each
 * recipient's own opt-out page, which stops what the site's switch cannot:
 * the recipient's use of what it has already received.
 *
 * @tagname consent-disclosure
 * @csspart table - The table.
 * @csspart switch - A row's opt-out switch.
 * @csspart note - The line under the table saying that its switches act per category.
 * @cssprop --consent-header-bg - Background of the header row.
 */
class ConsentDisclosureElement extends LitElement {
    constructor() {
        super(...arguments);
        this.pageLanguage = new PageLanguageController(this, () => this.manager?.config);
    }
    connectedCallback() {
        super.connectedCallback();
        this.subscribe();
    }
    disconnectedCallback() {
        super.disconnectedCallback();
        this.unsubscribe?.();
    }
    willUpdate(changed) {
        if (changed.has('manager'))
            this.subscribe();
    }
    subscribe() {
        this.unsubscribe?.();
        this.unsubscribe = this.manager?.onChange(() => this.requestUpdate());
    }
    /** Also waits for the page language's texts when they had to be loaded first. */
    getUpdateComplete() {
        return this.pageLanguage.afterLoading(() => super.getUpdateComplete());
    }
    render() {
        const manager = this.manager;
        const current = manager && this.pageLanguage.current;
        if (!manager || !current)
            return nothing;
        const { language: lang, strings } = current;
        const columns = strings.disclosureColumns;
        const vendors = manager.config.vendors;
        const vendorOptOut = vendors.some((vendor) => vendor.optOutUrl);
        if (!vendors.length)
            return html `<p class="empty" lang=${lang}>${strings.disclosureEmpty}</p>`;
        // The table is a focusable region of its own, so that a keyboard can scroll it when it is wider than a phone.
        return html `
      <div class="wrapper" role="region" tabindex="0" aria-label=${strings.disclosureTableLabel} lang=${lang}>
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${columns.recipient}</th>
              <th scope="col">${columns.data}</th>
              <th scope="col">${columns.purpose}</th>
              <th scope="col">${columns.category}</th>
              <th scope="col">${columns.optOut}</th>
              ${vendorOptOut ? html `<th scope="col">${columns.vendorOptOut}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${vendors.map((vendor) => {
            const category = manager.config.categories.find((c) => c.id === vendor.category);
            const categoryTitle = categoryText(category, strings, lang).title;
            const name = localize(vendor.name, lang) ?? vendor.id;
            const on = manager.isGranted(category.id);
            return html `
                <tr data-vendor=${vendor.id}>
                  <th scope="row">
                    ${name}${vendor.policyUrl
                ? html `<br /><a href=${vendor.policyUrl} rel="noopener" target="_blank">${strings.policyLink}</a>`
                : nothing}
                  </th>
                  <td>${localize(vendor.data, lang) ?? ''}</td>
                  <td>${localize(vendor.purpose, lang) ?? ''}</td>
                  <td class="category">${categoryTitle}</td>
                  <td>
                    ${renderSwitch({
                on,
                locked: category.required,
                categoryId: category.id,
                strings,
                onToggle: () => !category.required && manager.set({ [category.id]: !on }, 'preferences'),
                label: `${categoryTitle}（${name}）`,
            })}
                  </td>
                  ${vendorOptOut
                ? html `<td class="vendor-opt-out">
                        ${vendor.optOutUrl
                    ? html `<a href=${vendor.optOutUrl} rel="noopener" target="_blank">${strings.disclosureVendorOptOutLink}</a>`
                    : strings.disclosureNoVendorOptOut}
                      </td>`
                : nothing}
                </tr>
              `;
        })}
          </tbody>
        </table>
      </div>
      <p part="note" class="note" lang=${lang}>${strings.disclosureNote}</p>
    `;
    }
}
ConsentDisclosureElement.styles = consentDisclosureStyles;
ConsentDisclosureElement.properties = {
    manager: { attribute: false },
};

export { ConsentDisclosureElement };
