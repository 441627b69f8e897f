// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertPasskey, base64urlToBuffer, bufferToBase64url } from './passkeys';

const bytes = (...values: number[]) => new Uint8Array(values).buffer;

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('passkeys through Spring Security’s JSON endpoints', () => {
  it('turns base64url into bytes and back, without padding', () => {
    const buffer = bytes(0xfb, 0xff, 0x01);
    expect(bufferToBase64url(buffer)).toBe('-_8B');
    expect([...new Uint8Array(base64urlToBuffer('-_8B'))]).toEqual([0xfb, 0xff, 0x01]);
  });

  it('asks for options, lets the browser answer, and posts the assertion with the CSRF token', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const posted: { url: string; token: string | null; body: unknown }[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      posted.push({ url, token: new Headers(init.headers).get('X-XSRF-TOKEN'), body: init.body ? JSON.parse(init.body as string) : undefined });
      const answer = url === '/webauthn/authenticate/options'
        ? { challenge: '-_8B', rpId: 'localhost', allowCredentials: [{ id: 'AQI', type: 'public-key' }] }
        : { username: 'amira', passkeyStep: null };
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }));
    const get = vi.fn(async () => ({
      id: 'AQI', rawId: bytes(1, 2), type: 'public-key', authenticatorAttachment: 'platform',
      getClientExtensionResults: () => ({}),
      response: { authenticatorData: bytes(3), clientDataJSON: bytes(4), signature: bytes(5), userHandle: bytes(6) },
    }));
    vi.stubGlobal('navigator', { credentials: { get } });

    const session = await assertPasskey();

    expect(session.username).toBe('amira');
    const asked = (get.mock.calls[0] as unknown as [CredentialRequestOptions])[0].publicKey!;
    expect([...new Uint8Array(asked.challenge as ArrayBuffer)]).toEqual([0xfb, 0xff, 0x01]);
    expect([...new Uint8Array(asked.allowCredentials![0].id as ArrayBuffer)]).toEqual([1, 2]);
    expect(posted.map((p) => [p.url, p.token])).toEqual([['/webauthn/authenticate/options', 'tok'], ['/login/webauthn', 'tok']]);
    expect(posted[1].body).toMatchObject({
      id: 'AQI', rawId: 'AQI', type: 'public-key',
      response: { authenticatorData: 'Aw', clientDataJSON: 'BA', signature: 'BQ', userHandle: 'Bg' },
    });
  });

  it('turns a refusal into the server’s problem', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ title: 'Passkey not accepted', detail: 'Nothing was changed.' }),
      { status: 401, headers: { 'Content-Type': 'application/problem+json' } })));
    await expect(assertPasskey()).rejects.toMatchObject({ status: 401, message: 'Nothing was changed.' });
  });
});
