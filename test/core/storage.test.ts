import { expect } from '@open-wc/testing';
import { createCookieStorage, createMemoryStorage } from '../../src/core/storage.js';
import { clearCookies, readCookie } from '../helpers.js';

describe('storage', () => {
  beforeEach(clearCookies);
  afterEach(clearCookies);

  it('round-trips the value through a first-party cookie, unencoded', async () => {
    const storage = createCookieStorage({ name: 'consent_test' });
    const value = '1|1|1764497075|k3j9f0a2x1c8q7zm|analytics+marketing';
    expect(await storage.write(value, 365), 'the cookie stuck').to.equal(true);
    expect(readCookie('consent_test')).to.equal(value);
    expect(createCookieStorage({ name: 'consent_test' }).read()).to.equal(value);
    storage.clear();
    expect(readCookie('consent_test')).to.equal(undefined);
  });

  it('keeps memory storage to itself', () => {
    const storage = createMemoryStorage();
    storage.write('1|1|1764497075|k3j9f0a2x1c8q7zm|', 365);
    expect(storage.read()).to.equal('1|1|1764497075|k3j9f0a2x1c8q7zm|');
    expect(document.cookie).to.equal('');
  });
});
