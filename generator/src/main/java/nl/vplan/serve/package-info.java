/**
 * The preview ({@code vplan serve}): a Javalin server on 127.0.0.1 that renders the sites in memory
 * through the same {@code pipeline.Stages} as a build, watches {@code content/} ({@code ContentWatcher}) and makes open
 * pages reload (server-sent events). In: the content folder and templates; out: HTTP responses, a red
 * overlay with file and line for a mistake, a PDF of the current document on request. It writes files
 * for one request only: "Opslaan" on a school's fill-in page ({@code FillInSaves}, through {@code fill}).
 */
package nl.vplan.serve;
