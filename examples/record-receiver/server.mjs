// Run: node examples/record-receiver/server.mjs [file]  (then set recordEndpoint to http://localhost:8787/consent-records)
import { createServer } from 'node:http';
import { createRecordReceiver } from './receiver.mjs';

const file = process.argv[2] ?? 'consent-records.jsonl';
const receive = await createRecordReceiver({ file });
const port = Number(process.env.PORT ?? 8787);

createServer((request, response) => {
  if (new URL(request.url, 'http://localhost').pathname === '/consent-records') return receive(request, response);
  response.writeHead(404).end();
}).listen(port, '127.0.0.1', () => console.log(`Appending consent records to ${file}; POST to http://localhost:${port}/consent-records`));
