/**
 * The app's one STOMP connection (plain WebSocket at /ws). Views subscribe to destinations; the
 * connection subscribes them again after every reconnect, and tells views to catch up ("resync") when
 * it comes back after a drop or when a destination's sequence numbers show a message was missed.
 */
import { Client, type IMessage, type StompConfig } from '@stomp/stompjs';

export type LiveStatus = 'offline' | 'connecting' | 'live' | 'reconnecting';

export interface LiveMessage<T = Record<string, unknown>> {
  seq: number;
  at: string;
  type: string;
  data: T;
}

export type LiveHandler = (message: LiveMessage, destination: string) => void;

/** Why views should refetch, and the commit time of the last message seen (for `changedSince`). */
export interface Resync {
  reason: 'reconnected' | 'missed';
  since: string | null;
  destination?: string;
}

/** The part of a STOMP client the connection uses (so tests can drive a fake one). */
export interface StompLike {
  activate(): void;
  deactivate(): Promise<void>;
  subscribe(destination: string, callback: (message: IMessage) => void): { unsubscribe(): void };
  readonly connected: boolean;
  connectHeaders: Record<string, string>;
}

export type ClientFactory = (config: StompConfig) => StompLike;

export interface LiveOptions {
  url: () => string;
  /** The CSRF token the CONNECT frame must carry (fetched if the cookie is not set yet). */
  token: () => Promise<string | null>;
  createClient?: ClientFactory;
  reconnectDelay?: number;
  now?: () => Date;
}

interface Subscription {
  destination: string;
  handlers: Set<LiveHandler>;
  stomp?: { unsubscribe(): void };
}

export class LiveConnection {
  private readonly options: Required<LiveOptions>;
  private client: StompLike | null = null;
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly statusListeners = new Set<(status: LiveStatus) => void>();
  private readonly resyncListeners = new Set<(resync: Resync) => void>();
  private readonly lastSeq = new Map<string, number>();
  private everConnected = false;
  private lostSince: Date | null = null;
  private statusValue: LiveStatus = 'offline';
  private lastAtValue: string | null = null;

  constructor(options: LiveOptions) {
    this.options = {
      createClient: (config) => new Client(config),
      reconnectDelay: 2000,
      now: () => new Date(),
      ...options,
    };
  }

  get status(): LiveStatus {
    return this.statusValue;
  }

  /** Commit time of the newest message seen. */
  get lastAt(): string | null {
    return this.lastAtValue;
  }

  start(): void {
    if (this.client) return;
    this.everConnected = false;
    this.lastSeq.clear();
    this.setStatus('connecting');
    const client = this.options.createClient({
      brokerURL: this.options.url(),
      reconnectDelay: this.options.reconnectDelay,
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000,
      beforeConnect: async () => {
        const token = await this.options.token();
        client.connectHeaders = token ? { 'X-XSRF-TOKEN': token } : {};
      },
      onConnect: () => this.connected(client),
      onWebSocketClose: () => this.dropped(client),
    });
    this.client = client;
    client.activate();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = null;
    for (const subscription of this.subscriptions.values()) subscription.stomp = undefined;
    this.setStatus('offline');
    if (client) await client.deactivate();
  }

  /** A new connection, e.g. after signing in or out: the server reads who we are at the handshake. */
  async restart(): Promise<void> {
    await this.stop();
    this.start();
  }

  subscribe(destination: string, handler: LiveHandler): () => void {
    let subscription = this.subscriptions.get(destination);
    if (!subscription) {
      subscription = { destination, handlers: new Set() };
      this.subscriptions.set(destination, subscription);
      if (this.client?.connected) this.subscribeOnServer(this.client, subscription);
    }
    subscription.handlers.add(handler);
    return () => {
      const current = this.subscriptions.get(destination);
      if (!current) return;
      current.handlers.delete(handler);
      if (current.handlers.size === 0) {
        current.stomp?.unsubscribe();
        this.subscriptions.delete(destination);
        this.lastSeq.delete(destination);
      }
    };
  }

  onStatus(listener: (status: LiveStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  onResync(listener: (resync: Resync) => void): () => void {
    this.resyncListeners.add(listener);
    return () => this.resyncListeners.delete(listener);
  }

  private connected(client: StompLike): void {
    if (client !== this.client) return;
    this.lastSeq.clear();
    for (const subscription of this.subscriptions.values()) this.subscribeOnServer(client, subscription);
    this.setStatus('live');
    if (this.everConnected) {
      const since = this.lastAtValue ?? this.lostSince?.toISOString() ?? null;
      this.emitResync({ reason: 'reconnected', since });
    }
    this.everConnected = true;
    this.lostSince = null;
  }

  private dropped(client: StompLike): void {
    if (client !== this.client) return;
    for (const subscription of this.subscriptions.values()) subscription.stomp = undefined;
    if (this.everConnected && this.lostSince === null) this.lostSince = this.options.now();
    this.setStatus(this.everConnected ? 'reconnecting' : 'connecting');
  }

  private subscribeOnServer(client: StompLike, subscription: Subscription): void {
    subscription.stomp = client.subscribe(subscription.destination, (frame) =>
      this.deliver(subscription.destination, frame.body));
  }

  /** Parses and hands a message to the destination's handlers; spots missed messages by `seq`. */
  private deliver(destination: string, body: string): void {
    let message: LiveMessage;
    try {
      message = JSON.parse(body) as LiveMessage;
    } catch {
      return;
    }
    const previous = this.lastSeq.get(destination);
    if (typeof message.seq === 'number') {
      if (previous !== undefined && message.seq > previous + 1) {
        this.emitResync({ reason: 'missed', since: this.lastAtValue, destination });
      }
      this.lastSeq.set(destination, message.seq);
    }
    if (message.at && (this.lastAtValue === null || Date.parse(message.at) > Date.parse(this.lastAtValue))) {
      this.lastAtValue = message.at;
    }
    const subscription = this.subscriptions.get(destination);
    if (!subscription) return;
    for (const handler of [...subscription.handlers]) {
      try {
        handler(message, destination);
      } catch (error) {
        console.error('Live handler failed', error);
      }
    }
  }

  private emitResync(resync: Resync): void {
    for (const listener of [...this.resyncListeners]) listener(resync);
  }

  private setStatus(status: LiveStatus): void {
    if (status === this.statusValue) return;
    this.statusValue = status;
    for (const listener of [...this.statusListeners]) listener(status);
  }
}

/** A locality's topic: news of the activities and posts in it and in every locality within it. */
export function localityTopic(code: string): string {
  return `/topic/localities.${code}`;
}

/** ws://host/ws or wss://host/ws for the page's own origin. */
export function webSocketUrl(location: { protocol: string; host: string } = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

/**
 * The topics that together hear every activity and post message anywhere: those of the top localities
 * (kind ICS), each of which hears everything within it.
 */
export function countyTopics(localities: readonly { kind: string; code: string }[]): string[] {
  return localities.filter((l) => l.kind === 'ICS').map((l) => localityTopic(l.code));
}
