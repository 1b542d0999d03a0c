/**
 * Runs the stages in order for a {@code BuildRequest}: load → check → resolve → convert → compose →
 * assemble → publish, the schools side by side ({@code Parallel}), skipping schools whose inputs did not
 * change ({@code SchoolInputs}). {@code SiteRenderer} is the part shared with the preview: check through
 * compose for one school, giving a {@code compose.SchoolSite}. Out: the exit status and the problems;
 * nothing is written unless every school succeeded.
 */
package nl.vplan.pipeline;
