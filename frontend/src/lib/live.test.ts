import type { IMessage } from '@stomp/stompjs';
import { describe, expect, it, vi } from 'vitest';
import { FakeStomp } from '@/test/fake-stomp';
import { LiveConnection, webSocketUrl, type LiveStatus, type Resync } from './live';

function setup(token: string | null = 'tok') {
  let client: FakeStomp | undefined;
  const live = new LiveConnection({
    url: () => 'ws://test/ws',
    token: async () => token,
    createClient: (config) => (client = new FakeStomp(config)),
    now: () => new Date('2026-11-21T10:00:00Z'),
  });
  const statuses: LiveStatus[] = [];
  live.onStatus((s) => statuses.push(s));
  const resyncs: Resync[] = [];
  live.onResync((r) => resyncs.push(r));
  live.start();
  return { live, client: () => client!, statuses, resyncs };
}

const message = (seq: number, type = 'activity.capacity', at = `2026-11-21T10:00:${String(seq).padStart(2, '0')}Z`) =>
  ({ seq, at, type, data: { activityId: 'a1', spacesLeft: 0 } });

describe('LiveConnection', () => {
  it('connects with the CSRF token in the CONNECT headers and says it is live', async () => {
    const { client, statuses } = setup('secret');
    expect(client().config.brokerURL).toBe('ws://test/ws');
    await client().connect();
    expect(client().connectHeaders).toEqual({ 'X-XSRF-TOKEN': 'secret' });
    expect(statuses).toEqual(['connecting', 'live']);
  });

  it('subscribes on connect and hands parsed messages to every handler of the destination', async () => {
    const { live, client } = setup();
    const first = vi.fn();
    const second = vi.fn();
    live.subscribe('/topic/localities.DDICS', first);
    live.subscribe('/topic/localities.DDICS', second);
    await client().connect();
    expect(client().subscriptions.map((s) => s.destination)).toEqual(['/topic/localities.DDICS']);
    client().send('/topic/localities.DDICS', message(1));
    expect(first).toHaveBeenCalledWith(message(1), '/topic/localities.DDICS');
    expect(second).toHaveBeenCalledOnce();
    expect(live.lastAt).toBe(message(1).at);
  });

  it('subscribes at once when already connected, and unsubscribes when the last handler leaves', async () => {
    const { live, client } = setup();
    await client().connect();
    const handler = vi.fn();
    const stop = live.subscribe('/user/queue/referrals', handler);
    expect(client().subscriptions).toHaveLength(1);
    stop();
    expect(client().subscriptions[0].active).toBe(false);
    client().send('/user/queue/referrals', message(1, 'referral.made'));
    expect(handler).not.toHaveBeenCalled();
  });

  it('after a dropped connection subscribes again and asks views to catch up since the last message', async () => {
    const { live, client, statuses, resyncs } = setup();
    const handler = vi.fn();
    live.subscribe('/user/queue/referrals', handler);
    await client().connect();
    client().send('/user/queue/referrals', message(4, 'referral.status'));
    client().drop();
    expect(statuses.at(-1)).toBe('reconnecting');
    await client().connect();
    expect(statuses.at(-1)).toBe('live');
    expect(resyncs).toEqual([{ reason: 'reconnected', since: message(4).at }]);
    expect(client().subscriptions.filter((s) => s.active).map((s) => s.destination)).toEqual(['/user/queue/referrals']);
    client().send('/user/queue/referrals', message(1, 'referral.status'));
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('catches up from when the connection dropped when no message had arrived', async () => {
    const { client, resyncs } = setup();
    await client().connect();
    client().drop();
    await client().connect();
    expect(resyncs).toEqual([{ reason: 'reconnected', since: '2026-11-21T10:00:00.000Z' }]);
  });

  it('does not ask to catch up on the first connect', async () => {
    const { client, resyncs } = setup();
    await client().connect();
    expect(resyncs).toEqual([]);
  });

  it('spots a missed message by a gap in a destination’s sequence numbers', async () => {
    const { live, client, resyncs } = setup();
    live.subscribe('/topic/network', vi.fn());
    await client().connect();
    client().send('/topic/network', message(1));
    client().send('/topic/network', message(2));
    expect(resyncs).toEqual([]);
    client().send('/topic/network', message(5));
    expect(resyncs).toEqual([{ reason: 'missed', since: message(2).at, destination: '/topic/network' }]);
  });

  it('keeps the newest commit time even when messages arrive out of order across destinations', async () => {
    const { live, client } = setup();
    live.subscribe('/a', vi.fn());
    live.subscribe('/b', vi.fn());
    await client().connect();
    client().send('/a', message(1, 'x', '2026-11-21T10:00:09.500Z'));
    client().send('/b', message(1, 'x', '2026-11-21T10:00:09Z'));
    expect(live.lastAt).toBe('2026-11-21T10:00:09.500Z');
  });

  it('ignores a body that is not JSON and a handler that throws does not stop the others', async () => {
    const { live, client } = setup();
    const good = vi.fn();
    live.subscribe('/t', () => { throw new Error('boom'); });
    live.subscribe('/t', good);
    await client().connect();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    client().subscriptions[0].callback({ body: 'not json' } as IMessage);
    client().send('/t', message(1));
    expect(good).toHaveBeenCalledOnce();
    spy.mockRestore();
  });

  it('starts a new connection on restart (the server reads who we are at the handshake)', async () => {
    const { live, client, statuses } = setup();
    await client().connect();
    const old = client();
    await live.restart();
    expect(old.active).toBe(false);
    expect(client()).not.toBe(old);
    expect(statuses.slice(-2)).toEqual(['offline', 'connecting']);
  });

  it('connects without the header when there is no token', async () => {
    const { client } = setup(null);
    await client().connect();
    expect(client().connectHeaders).toEqual({});
  });
});

describe('webSocketUrl', () => {
  it('uses wss on https and ws on http, on the page’s own host', () => {
    expect(webSocketUrl({ protocol: 'https:', host: 'hedgerow.example' })).toBe('wss://hedgerow.example/ws');
    expect(webSocketUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/ws');
  });
});
