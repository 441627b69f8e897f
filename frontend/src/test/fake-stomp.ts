import type { IMessage, StompConfig } from '@stomp/stompjs';
import { LiveConnection, type StompLike } from '@/lib/live';

/** A STOMP client a test drives: it connects, drops and delivers frames when told. */
export class FakeStomp implements StompLike {
  connected = false;
  connectHeaders: Record<string, string> = {};
  active = false;
  readonly subscriptions: { destination: string; callback: (m: IMessage) => void; active: boolean }[] = [];
  constructor(readonly config: StompConfig) {}
  activate() { this.active = true; }
  async deactivate() { this.active = false; this.connected = false; }
  subscribe(destination: string, callback: (m: IMessage) => void) {
    const subscription = { destination, callback, active: true };
    this.subscriptions.push(subscription);
    return { unsubscribe: () => { subscription.active = false; } };
  }
  async connect() {
    await this.config.beforeConnect?.(this as never);
    this.connected = true;
    this.config.onConnect?.({} as never);
  }
  drop() {
    this.connected = false;
    this.subscriptions.forEach((s) => { s.active = false; });
    this.config.onWebSocketClose?.({} as never);
  }
  send(destination: string, body: unknown) {
    this.subscriptions.filter((s) => s.active && s.destination === destination)
      .forEach((s) => s.callback({ body: JSON.stringify(body) } as IMessage));
  }
}

/** A live connection over a FakeStomp, and the way to reach the fake client it made. */
export function fakeLive() {
  let client: FakeStomp | undefined;
  const live = new LiveConnection({
    url: () => 'ws://test/ws',
    token: async () => 'tok',
    createClient: (config) => (client = new FakeStomp(config)),
  });
  return { live, stomp: () => client! };
}
