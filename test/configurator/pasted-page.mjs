// For test/configurator/: a "blank page" on the test server that a test fills with what the configurator
// copied (PUT /configurator-pasted/<name>, the HTML as the body), then loads as a real page
// (GET /configurator-pasted/<name>), as a site owner pastes the tag and the 外部送信 HTML into their CMS.
const pages = new Map();

export async function pastedPages(context, next) {
  const match = /^\/configurator-pasted\/([\w-]+)$/.exec(context.path);
  if (!match) return next();
  if (context.method === 'PUT') {
    let body = '';
    for await (const chunk of context.req) body += chunk;
    pages.set(match[1], body);
    context.status = 204;
    return;
  }
  const page = pages.get(match[1]);
  if (page === undefined) {
    context.status = 404;
    return;
  }
  context.type = 'text/html; charset=utf-8';
  context.body = page;
}
