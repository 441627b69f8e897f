/**
 * Passkeys (WebAuthn) through Spring Security's JSON endpoints, which are not part of the REST contract:
 * POST /webauthn/register/options then /webauthn/register to add one, POST /webauthn/authenticate/options
 * then /login/webauthn to sign in with one. The browser's navigator.credentials does the ceremony; this turns
 * the server's JSON (bytes as base64url) into what the browser takes and the browser's answer back into JSON,
 * as Spring Security's own webauthn script does. Every POST carries the CSRF token like the app's other calls.
 */
import { ApiError, csrfToken, ensureCsrfToken, type Problem } from './api-client';
import type { Session } from './types';

export function base64urlToBuffer(text: string): ArrayBuffer {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

export function bufferToBase64url(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

interface CredentialDescriptorJson { id: string; type: string; transports?: string[] }

/** Spring's creation and request options as JSON: bytes as base64url, the rest as the browser takes it. */
interface CreationOptionsJson {
  challenge: string;
  user: { id: string; name: string; displayName: string };
  excludeCredentials?: CredentialDescriptorJson[];
  [other: string]: unknown;
}

interface RequestOptionsJson {
  challenge: string;
  allowCredentials?: CredentialDescriptorJson[];
  [other: string]: unknown;
}

async function post<T>(path: string, body?: unknown): Promise<T> {
  await ensureCsrfToken();
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json, application/problem+json',
      'Content-Type': 'application/json',
      'X-XSRF-TOKEN': csrfToken() ?? '',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let problem: Problem = { status: response.status, title: 'Passkey not accepted', detail: 'The passkey was not accepted. Try again.' };
    try {
      problem = { ...(await response.json()), status: response.status };
    } catch {
      // no problem document: keep the generic one
    }
    throw new ApiError(problem);
  }
  return (await response.json()) as T;
}

function descriptors(list: CredentialDescriptorJson[] | undefined): PublicKeyCredentialDescriptor[] | undefined {
  return list?.map((d) => ({ ...d, type: 'public-key', id: base64urlToBuffer(d.id), transports: d.transports as AuthenticatorTransport[] | undefined }));
}

/** Adds a passkey for the signed-in person (or, in the passkey step, with their one-time grace). */
export async function registerPasskey(label: string): Promise<void> {
  const options = await post<CreationOptionsJson>('/webauthn/register/options');
  const credential = (await navigator.credentials.create({
    publicKey: {
      ...options,
      challenge: base64urlToBuffer(options.challenge),
      user: { ...options.user, id: base64urlToBuffer(options.user.id) },
      excludeCredentials: descriptors(options.excludeCredentials),
    } as unknown as PublicKeyCredentialCreationOptions,
  })) as PublicKeyCredential | null;
  if (!credential) throw new ApiError({ status: 0, title: 'No passkey made', detail: 'The browser made no passkey.' });
  const response = credential.response as AuthenticatorAttestationResponse;
  await post('/webauthn/register', {
    publicKey: {
      label,
      credential: {
        id: credential.id,
        rawId: bufferToBase64url(credential.rawId),
        type: credential.type,
        authenticatorAttachment: credential.authenticatorAttachment,
        clientExtensionResults: credential.getClientExtensionResults(),
        response: {
          attestationObject: bufferToBase64url(response.attestationObject),
          clientDataJSON: bufferToBase64url(response.clientDataJSON),
          transports: response.getTransports?.() ?? [],
        },
      },
    },
  });
}

/** Signs in with a passkey, or confirms a password sign-in with one: the session as the server now has it. */
export async function assertPasskey(): Promise<Session> {
  const options = await post<RequestOptionsJson>('/webauthn/authenticate/options');
  const credential = (await navigator.credentials.get({
    publicKey: {
      ...options,
      challenge: base64urlToBuffer(options.challenge),
      allowCredentials: descriptors(options.allowCredentials),
    } as unknown as PublicKeyCredentialRequestOptions,
  })) as PublicKeyCredential | null;
  if (!credential) throw new ApiError({ status: 0, title: 'No passkey used', detail: 'The browser used no passkey.' });
  const response = credential.response as AuthenticatorAssertionResponse;
  return post<Session>('/login/webauthn', {
    id: credential.id,
    rawId: bufferToBase64url(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment,
    clientExtensionResults: credential.getClientExtensionResults(),
    response: {
      authenticatorData: bufferToBase64url(response.authenticatorData),
      clientDataJSON: bufferToBase64url(response.clientDataJSON),
      signature: bufferToBase64url(response.signature),
      userHandle: response.userHandle ? bufferToBase64url(response.userHandle) : null,
    },
  });
}
