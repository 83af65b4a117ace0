import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../../src/index.js';
import { type ExampleAgent, startExampleAgent } from '../loop/example-agents.js';

const CHROMIUM = process.env.CAAC_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(import.meta.dirname, '..', '..', 'test-artifacts');
const TOKEN = 'playground-token-c2d8';

describe('the playground in headless Chromium', () => {
  let agent: ExampleAgent;
  let mock: MockServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `No Chromium at ${CHROMIUM}: the playground test needs a real browser. Install it with \`apt-get install chromium\` (Debian/Ubuntu) or point CAAC_CHROMIUM at a Chromium binary.`,
      );
    }
    agent = await startExampleAgent('node-http', TOKEN);
    mock = await startMockServer({
      stateful: true,
      agent: { url: agent.url, token: TOKEN, handoverTo: { userId: 678 } },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${mock.url}/__caac-mock/playground`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await mock?.close();
    await agent?.close();
  });

  it('loads, connects live and lists the seeded tenant, channel and member', async () => {
    await expect
      .poll(() => page.getByTestId('connection').textContent(), { timeout: 15_000 })
      .toBe('live');
    expect(await page.getByTestId('tenant').locator('option').allTextContents()).toEqual([
      expect.stringContaining('晨光選物'),
    ]);
    expect(await page.getByTestId('member').locator('option:checked').textContent()).toBe('陳小美');
    await expect.poll(() => page.locator('#messages li.member').count()).toBe(1);
  });

  it('shows the agent reply to a typed message, with the exact request in the turn log', async () => {
    await page.getByTestId('text').fill('Where is my order?');
    await page.getByTestId('send').click();
    const reply = page.locator('#messages li.bot', { hasText: 'You wrote: "Where is my order?"' });
    await reply.waitFor({ timeout: 15_000 });
    const turn = page.getByTestId('turn-reply').first();
    await turn.locator('details').evaluate((details) => {
      (details as HTMLDetailsElement).open = true;
    });
    const sent = JSON.parse((await turn.locator('pre').first().textContent()) ?? '');
    expect(sent).toMatchObject({ version: '1.0', conversation_id: 557118 });
    expect(sent.messages.at(-1)).toMatchObject({
      sender_type: 'member',
      text: 'Where is my order?',
    });
    expect(await turn.textContent()).toMatch(/200 in [\d.]+ ms/);
  });

  it('shows a handover as one, and the member state changes', async () => {
    await page.getByTestId('text').fill('Can I talk to a human?');
    await page.getByTestId('send').click();
    const handover = page.getByTestId('handover');
    await handover.waitFor({ timeout: 15_000 });
    expect(await handover.textContent()).toBe(
      'Handed over to user 678 (assign_type manual, processing_state processing)',
    );
    await expect
      .poll(() => page.getByTestId('member-state').textContent())
      .toBe('assign_type manual · processing_state processing');
    expect(await page.locator('#messages').textContent()).not.toContain('<HUMAN_HANDOVER>');
  });

  it('shows the API calls of the partner app in the journal', async () => {
    // Without declared keys the playground's tenant is the key "playground".
    const response = await fetch(`${mock.url}/caac/v1/channels/1024/members/557118/assignment`, {
      headers: { apikey: 'playground' },
    });
    expect(await response.json()).toMatchObject({ assign_type: 'manual' });
    const row = page.getByTestId('journal').locator('tr', { hasText: 'getMemberAssignment' });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain(
      'GET /caac/v1/channels/1024/members/557118/assignment',
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground.png'), fullPage: true });
  });
});
