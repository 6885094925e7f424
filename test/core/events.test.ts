import { expect } from '@open-wc/testing';
import { CONSENT_CHANGE, CONSENT_READY, dispatchConsentEvent } from '../../src/core/events.js';

describe('consent events', () => {
  it('reach a listener on document from inside a shadow root, detail typed by the event name', async () => {
    const host = document.createElement('div');
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    document.body.append(host);
    const heard: string[] = [];
    const onChange = (event: DocumentEventMap['consent-change']) => heard.push(`${event.type}:${event.detail.source}:${event.detail.changed.join()}`);
    const onReady = (event: DocumentEventMap['consent-ready']) => heard.push(`${event.type}:${event.detail.decided}`);
    document.addEventListener('consent-change', onChange);
    document.addEventListener('consent-ready', onReady);
    dispatchConsentEvent(inner, CONSENT_READY, { state: { service: true }, decided: false, gpc: false });
    dispatchConsentEvent(inner, CONSENT_CHANGE, { state: { service: true, analytics: true }, changed: ['analytics'], source: 'banner' });
    // @ts-expect-error: consent-ready's detail has no `source`; the name decides the detail's type.
    dispatchConsentEvent(inner, CONSENT_READY, { state: {}, changed: [], source: 'banner' });
    document.removeEventListener('consent-change', onChange);
    document.removeEventListener('consent-ready', onReady);
    host.remove();
    expect(heard).to.deep.equal(['consent-ready:false', 'consent-change:banner:analytics', 'consent-ready:undefined']);
  });
});
