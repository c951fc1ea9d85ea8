// The built bot as App Service runs it after `atk deploy` or `az deployment`: Production, MicrosoftAppType=UserAssignedMSI,
// and the platform's managed-identity endpoint (IDENTITY_ENDPOINT / IDENTITY_HEADER), here a loopback stand-in. The
// channel's OpenID metadata is a loopback stand-in too. /readyz must be 200, with the connector token from the identity.
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';
import { startBot } from './lib/bot.mjs';

const running = [];
afterEach(async (t) => {
  for (const item of running.splice(0)) {
    if (!t.passed && item.describe) console.error(item.describe());
    await item.stop();
  }
});

/** A loopback HTTP server answering with `handler(request, url)` → { status, body }; records each request. */
async function serve(handler) {
  const requests = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    requests.push({ method: request.method, url, headers: request.headers });
    const { status, body } = handler(request, url);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const stop = () => new Promise((resolve) => server.close(resolve));
  running.push({ stop });
  return { base, requests };
}

test('Production with UserAssignedMSI and a loopback identity endpoint: /readyz 200, token for the connector resource and client id', async () => {
  const clientId = randomUUID();
  const header = randomBytes(16).toString('hex');
  const identity = await serve((request, url) => {
    if (request.headers['x-identity-header'] !== header) return { status: 401, body: { error: 'no header' } };
    const expires = Math.floor(Date.now() / 1000) + 3600;
    return {
      status: 200,
      body: { access_token: 'mi-token-e2e', expires_on: String(expires), resource: url.searchParams.get('resource'), token_type: 'Bearer' },
    };
  });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'e2e-key', use: 'sig', endorsements: ['msteams'] };
  const openId = await serve((request, url) => (url.pathname === '/keys'
    ? { status: 200, body: { keys: [jwk] } }
    : { status: 200, body: { issuer: 'https://api.botframework.com', jwks_uri: `${openId.base}/keys`, id_token_signing_alg_values_supported: ['RS256'] } }));

  const store = join(tmpdir(), `cooperationbot-e2e-msi-${clientId}.db`);
  const bot = await startBot({
    env: {
      ASPNETCORE_ENVIRONMENT: 'Production',
      DOTNET_ENVIRONMENT: 'Production',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppId: clientId,
      MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
      IDENTITY_ENDPOINT: `${identity.base}/msi/token`,
      IDENTITY_HEADER: header,
      Bot__OpenIdMetadataUrl: `${openId.base}/openid`,
      Bot__BriefingSigningKey: randomBytes(32).toString('base64'),
      ConnectionStrings__Store: `Data Source=${store}`,
    },
  });
  running.push(bot);
  running.push({ stop: async () => ['', '-shm', '-wal'].forEach((end) => rmSync(store + end, { force: true })) });

  let ready;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const response = await fetch(`${bot.url}/readyz`, { signal: AbortSignal.timeout(10_000) });
    ready = { status: response.status, body: await response.json() };
    if (ready.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  assert.equal(ready.status, 200, JSON.stringify(ready.body));
  assert.equal(ready.body.status, 'Healthy');
  const tokenRequest = identity.requests.find((r) => r.url.pathname === '/msi/token' && r.headers['x-identity-header'] === header);
  assert.ok(tokenRequest, 'the bot asked the identity endpoint');
  assert.equal(tokenRequest.url.searchParams.get('resource'), 'https://api.botframework.com');
  assert.equal(tokenRequest.url.searchParams.get('client_id'), clientId);
  assert.ok(openId.requests.some((r) => r.url.pathname === '/keys'), 'the bot fetched the channel signing keys');
});
