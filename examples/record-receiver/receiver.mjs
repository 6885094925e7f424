// A reference receiver for consent records: validates each POSTed record
// against the package's JSON Schema and appends it, one JSON line per record,
// to a file the site keeps as evidence. A plain Node `http` handler: mount it
// at the URL you give as `recordEndpoint`. Needs `ajv` (npm install ajv).
import { appendFile, readFile } from 'node:fs/promises';
import Ajv from 'ajv/dist/2020.js';

const schemaUrl = new URL('../../schema/consent-record.schema.json', import.meta.url);
const MAX_BODY_BYTES = 4096;

export async function createRecordReceiver({ file }) {
  const schema = JSON.parse(await readFile(schemaUrl, 'utf8'));
  const ajv = new Ajv({ allErrors: true });
  // The records carry UTC times as Date.prototype.toISOString() writes them.
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);
  const validate = ajv.compile(schema);

  return async function receiveRecord(request, response) {
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    let body = '';
    for await (const chunk of request) {
      body += chunk;
      if (body.length > MAX_BODY_BYTES) {
        response.writeHead(413).end();
        return;
      }
    }
    let record;
    try {
      record = JSON.parse(body);
    } catch {
      response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not JSON' }));
      return;
    }
    if (!validate(record)) {
      response.writeHead(422, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: validate.errors }));
      return;
    }
    // What the server saw, next to what the browser said: the browser's clock and claims are not proof alone.
    await appendFile(file, `${JSON.stringify({ receivedAt: new Date().toISOString(), record })}\n`);
    response.writeHead(204).end();
  };
}
