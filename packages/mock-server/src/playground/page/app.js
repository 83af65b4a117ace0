// The playground's script: plain ES module, no build step, no network but the mock itself.
// It reads and drives the conversation loop through its control routes (/__caac-mock/loop/...).
const API = '/__caac-mock/loop';
const $ = (id) => document.getElementById(id);
const state = { tenant: '', channelId: 0, memberId: 0, conversations: null, journalAfter: 0 };

async function call(method, path, body) {
  const response = await fetch(API + path, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = response.status === 204 ? null : await response.json();
  if (!response.ok) throw new Error(data?.error?.message ?? `HTTP ${response.status}`);
  return data;
}

function element(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(child);
  return node;
}

function fillSelect(select, options, selected) {
  select.replaceChildren(
    ...options.map(([value, label]) =>
      element('option', { value: String(value), textContent: label }),
    ),
  );
  if (options.some(([value]) => String(value) === String(selected)))
    select.value = String(selected);
}

async function loadTenants(preferred) {
  const { tenants } = await call('GET', '/tenants');
  fillSelect(
    $('tenant'),
    tenants.map((t) => [t.tenant, `${t.name} (${t.tenant.slice(7, 15)})`]),
    preferred ?? state.tenant,
  );
  state.tenant = $('tenant').value;
  const current = tenants.find((t) => t.tenant === state.tenant);
  showAgent(current?.agent ?? null);
  await loadConversations();
}

function showAgent(agent) {
  $('agent-status').textContent = agent
    ? `Answers ${agent.channels === 'all' ? 'every channel' : `channels ${agent.channels.join(', ')}`}; deadline ${agent.deadlineMs} ms; token set.`
    : 'No agent configured: member messages are stored, nobody answers.';
  if (agent) {
    $('agent-url').value = agent.url;
    $('agent-prompt').value = agent.prompt ?? '';
    $('agent-deadline').value = agent.deadlineMs;
  }
}

async function loadConversations() {
  if (!state.tenant) return;
  state.conversations = await call(
    'GET',
    `/conversations?tenant=${encodeURIComponent(state.tenant)}`,
  );
  const channels = state.conversations.channels;
  fillSelect(
    $('channel'),
    channels.map((c) => [c.id, `${c.name}${c.answeredByAgent ? ' · agent' : ''}`]),
    state.channelId,
  );
  state.channelId = Number($('channel').value);
  const members = channels.find((c) => c.id === state.channelId)?.members ?? [];
  fillSelect(
    $('member'),
    members.map((m) => [m.id, m.display_name]),
    state.memberId,
  );
  state.memberId = Number($('member').value);
  const member = members.find((m) => m.id === state.memberId);
  $('member-state').textContent = member
    ? `assign_type ${member.assign_type} · processing_state ${member.processing_state}`
    : '';
  await loadMessages();
}

async function loadMessages() {
  if (!state.memberId) return $('messages').replaceChildren();
  const { messages } = await call(
    'GET',
    `/messages?tenant=${encodeURIComponent(state.tenant)}&memberId=${state.memberId}`,
  );
  $('messages').replaceChildren(
    ...messages.map((m) =>
      element(
        'li',
        { className: m.sender_type, title: m.uuid },
        m.text ?? `[${m.type}]`,
        element('small', {
          textContent: `${m.sender_type} · ${new Date(m.created_at).toLocaleTimeString()}`,
        }),
      ),
    ),
    ...notices
      .filter((n) => n.memberId === state.memberId && n.tenant === state.tenant)
      .map((n) => n.node),
  );
}

// Handover, failure and skip notices are not messages of the conversation; kept here, per member.
const notices = [];
function notice(event, className, text) {
  const node = element('li', { className: `notice ${className}`, textContent: text });
  node.dataset.testid = className;
  notices.push({ tenant: event.tenant, memberId: event.memberId, node });
}

function showTurn(turn) {
  const { outcome, exchange } = turn;
  const summary =
    outcome.kind === 'failed'
      ? `failed: ${outcome.reason}, ${outcome.detail}`
      : outcome.kind === 'handover'
        ? `handover${outcome.text ? `, "${outcome.text}"` : ''}`
        : `reply, "${outcome.text}"`;
  const item = element(
    'li',
    {},
    element('span', {
      className: `kind-${outcome.kind}`,
      textContent: `Turn ${turn.id} · member ${turn.memberId} · ${exchange.status ?? 'no answer'} in ${exchange.durationMs.toFixed(1)} ms · ${summary}`,
    }),
    element(
      'details',
      {},
      element('summary', { textContent: `POST ${exchange.url} (sent ${exchange.sentAt})` }),
      element('pre', { textContent: JSON.stringify(exchange.request, null, 2) }),
      element('p', { textContent: `Answer (HTTP ${exchange.status ?? 'none'}):` }),
      element('pre', { textContent: exchange.answer || '(empty)' }),
    ),
  );
  item.dataset.testid = `turn-${outcome.kind}`;
  $('turns').prepend(item);
}

async function onEvent(event) {
  if (event.type === 'turn') {
    const { turn } = event;
    showTurn(turn);
    if (turn.outcome.kind === 'handover') {
      const h = turn.handover;
      const to = h.userId ? `user ${h.userId}` : h.teamId ? `team ${h.teamId}` : 'any person';
      notice(
        event,
        'handover',
        `Handed over to ${to} (assign_type ${h.assignType}, processing_state ${h.processingState})`,
      );
    }
    if (turn.outcome.kind === 'failed') {
      notice(event, 'failed', `Agent turn failed (${turn.outcome.reason}): ${turn.outcome.detail}`);
    }
  }
  if (event.type === 'skipped') notice(event, 'skipped', `No agent turn: ${event.reason}`);
  if (event.tenant === state.tenant) {
    if (event.type === 'turn') await loadConversations();
    else if (event.memberId === state.memberId) await loadMessages();
  }
  await loadJournal();
}

async function loadJournal() {
  const { entries } = await call('GET', `/journal?after=${state.journalAfter}`);
  for (const entry of entries) {
    state.journalAfter = entry.id;
    $('journal').tBodies[0].prepend(
      element(
        'tr',
        {},
        element('td', { textContent: entry.id }),
        element('td', { className: 'url', textContent: `${entry.method} ${entry.url}` }),
        element('td', { textContent: entry.operationId ?? '' }),
        element('td', { textContent: entry.status }),
        element('td', { textContent: entry.durationMs.toFixed(1) }),
      ),
    );
  }
}

function listen() {
  const source = new EventSource(`${API}/events`);
  let queue = Promise.resolve();
  source.onopen = () => {
    $('connection').textContent = 'live';
    $('connection').className = 'badge live';
  };
  source.onerror = () => {
    $('connection').textContent = 'reconnecting…';
    $('connection').className = 'badge';
  };
  for (const type of ['message', 'turn-started', 'turn', 'skipped']) {
    source.addEventListener(type, (message) => {
      // One event at a time, in order, so the screen follows the loop step by step.
      queue = queue.then(() => onEvent(JSON.parse(message.data))).catch(console.error);
    });
  }
}

$('tenant').addEventListener('change', () => loadTenants($('tenant').value));
$('channel').addEventListener('change', () => {
  state.channelId = Number($('channel').value);
  state.memberId = 0;
  loadConversations();
});
$('member').addEventListener('change', () => {
  state.memberId = Number($('member').value);
  loadConversations();
});
$('add-tenant').addEventListener('submit', async (event) => {
  event.preventDefault();
  const { tenant } = await call('POST', '/tenants', { apiKey: $('api-key').value });
  $('api-key').value = '';
  await loadTenants(tenant);
});
$('agent-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const token = $('agent-token').value;
  try {
    if (!token)
      throw new Error('enter the bearer token to save the agent (it is never shown again)');
    const { agent } = await call('PUT', '/agent', {
      tenant: state.tenant,
      url: $('agent-url').value,
      token,
      deadlineMs: Number($('agent-deadline').value),
      ...($('agent-prompt').value ? { prompt: $('agent-prompt').value } : {}),
    });
    $('agent-token').value = '';
    showAgent(agent);
    await loadConversations();
  } catch (error) {
    $('agent-status').textContent = error.message;
  }
});
$('say').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = $('text').value;
  $('text').value = '';
  try {
    await call('POST', '/messages', {
      tenant: state.tenant,
      channelId: state.channelId,
      memberId: state.memberId,
      text,
      wait: false,
    });
  } catch (error) {
    notice({ tenant: state.tenant, memberId: state.memberId }, 'failed', error.message);
    await loadMessages();
  }
});

listen();
// The partner app's API calls raise no loop event: poll the journal (the page is loopback only).
setInterval(() => loadJournal().catch(() => {}), 1000);
loadTenants()
  .then(loadJournal)
  .catch((error) => {
    $('connection').textContent = error.message;
  });
