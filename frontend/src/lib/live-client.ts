import { ensureCsrfToken } from './api-client';
import { LiveConnection, webSocketUrl } from './live';

/** The one live connection of the app. */
export const live = new LiveConnection({
  url: () => webSocketUrl(),
  token: () => ensureCsrfToken(),
});
