/**
 * The web app: serves the built single-page app (frontend/, built into {@code static/}) at {@code /}, hands
 * {@code index.html} to every client route so that a bookmarked or reloaded page works, and gives the app
 * its few settings ({@code /config.json}). It knows nothing of the features: the app talks to them over
 * the API like any other client.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web app")
@org.jspecify.annotations.NullMarked
package org.hedgerow.web;
