// The reference bot of the load comparison (issue 8): the official Bot Framework SDK for JavaScript, CloudAdapter
// with no app id (anonymous, as our bot in Development), an ActivityHandler that echoes each message's text.
// Node's own http server with the smallest request/response shim CloudAdapter needs (it wants a parsed body and
// status/header/send/end), so no web framework adds to its cost.
//   node index.js [--port 3979]
'use strict';
const http = require('node:http');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const portIndex = process.argv.indexOf('--port');
const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : 3979;

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`turn error: ${error.message}`);
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }
}
const bot = new EchoBot();

function shim(nodeResponse) {
  let status = 200;
  const headers = {};
  return {
    status(code) { status = code; },
    header(name, value) { headers[name] = value; },
    send(body) {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      headers['Content-Type'] = headers['Content-Type'] || 'application/json';
      nodeResponse.writeHead(status, headers);
      nodeResponse.end(text);
    },
    end() {
      if (!nodeResponse.writableEnded) {
        nodeResponse.writeHead(status, headers);
        nodeResponse.end();
      }
    },
  };
}

const server = http.createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/api/messages') {
    response.writeHead(404).end();
    return;
  }
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      response.writeHead(400).end();
      return;
    }
    const req = { body, headers: request.headers, method: request.method };
    adapter.process(req, shim(response), (context) => bot.run(context)).catch((error) => {
      if (!response.writableEnded) {
        response.writeHead(500).end();
      }
      console.error(`process error: ${error.message}`);
    });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => console.log(`echo bot listening on http://127.0.0.1:${port}/api/messages`));
